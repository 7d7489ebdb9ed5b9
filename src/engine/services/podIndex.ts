// Pods indexed by namespace and by label pair, so selecting a Service's pods costs the shortest
// posting list among its selector's pairs instead of a scan of every pod (SEMANTICS.md §3.9).
// Matching itself is topology/selectors.ts's mapMatches.
import type { Labels } from '../model/labels';
import type { Pod } from '../model/cluster';
import { mapMatches } from '../topology/selectors';

export interface PodIndex {
  byNamespace: Map<string, Pod[]>;
  /** namespace → label key → label value → pods carrying that label, in input order. */
  byLabel: Map<string, Map<string, Map<string, Pod[]>>>;
}

const NONE: readonly Pod[] = [];

function push<K>(map: Map<K, Pod[]>, key: K, pod: Pod): void {
  const list = map.get(key);
  if (list) list.push(pod);
  else map.set(key, [pod]);
}

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

const newValueMap = () => new Map<string, Pod[]>();
const newKeyMap = () => new Map<string, Map<string, Pod[]>>();

// Nested maps rather than one `namespace\0key\0value` string per label: building and hashing
// those strings for every label of every pod and every selector pair was most of the cost.
export function indexPods(pods: readonly Pod[]): PodIndex {
  const index: PodIndex = { byNamespace: new Map(), byLabel: new Map() };
  for (const pod of pods) {
    push(index.byNamespace, pod.namespace, pod);
    const keys = child(index.byLabel, pod.namespace, newKeyMap);
    for (const k in pod.labels) push(child(keys, k, newValueMap), pod.labels[k], pod);
  }
  return index;
}

/** Pods of `namespace` whose labels contain every pair of `selector` (an empty map: none). */
export function selectPods(index: PodIndex, namespace: string, selector: Labels): Pod[] {
  const keys = index.byLabel.get(namespace);
  let shortest: readonly Pod[] | undefined;
  for (const k in selector) {
    const list = keys?.get(k)?.get(selector[k]) ?? NONE;
    if (!shortest || list.length < shortest.length) shortest = list;
    if (list.length === 0) break;
  }
  return (shortest ?? NONE).filter((p) => mapMatches(selector, p.labels));
}
