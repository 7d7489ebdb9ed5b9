// Finding the items with one key in a list the pipeline already sorted by that key (DNS records
// by name, NetworkPolicies by namespace) without indexing the whole list first: one binary search
// finds the run. A first trace on a large cluster used to pay tens of milliseconds building Maps
// of every record and policy. A list that is not sorted (hand-built clusters) gets that Map.

export type RunLookup<T> = (key: string) => T[] | undefined;

/** The items whose key is `key`, in list order (a fresh array), or undefined when none. */
export function createRunLookup<T>(items: readonly T[], keyOf: (t: T) => string): RunLookup<T> {
  let prev = '';
  for (const item of items) {
    const key = keyOf(item);
    if (key < prev) return mapRunLookup(items, keyOf);
    prev = key;
  }
  return (key) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyOf(items[mid]) < key) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < items.length && keyOf(items[end]) === key) end++;
    return end > lo ? items.slice(lo, end) : undefined;
  };
}

/** The plain index, and the reference the binary search must equal: every item under its key. */
export function mapRunLookup<T>(items: readonly T[], keyOf: (t: T) => string): RunLookup<T> {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  return (key) => byKey.get(key)?.slice();
}
