// Deterministic stand-ins for what a real cluster randomises: name suffixes, template hashes and
// UIDs, all derived with FNV-1a from stable identities. Nothing here depends on input order.
// Which identity feeds which hash is decided by the callers (names.ts, schedule.ts).

/** The alphabet Kubernetes uses for random name suffixes (no vowels, no look-alikes). */
export const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** 32-bit FNV-1a of a string's UTF-16 code units, as an unsigned integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** JSON with object keys sorted, so equal objects hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Maps each character of a string onto the suffix alphabet, as apimachinery's
 * `rand.SafeEncodeString` does with the decimal form of a template hash.
 */
export function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += SUFFIX_ALPHABET[text.charCodeAt(i) % SUFFIX_ALPHABET.length];
  }
  return out;
}

/** `pod-template-hash` / `controller-revision-hash` of a pod template: FNV-1a, safe-encoded. */
export function templateHash(template: unknown): string {
  return safeEncode(String(canonicalHash(template)));
}

/** FNV-1a step over `text`'s code units, continuing from `h`. */
function feed(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether JSON.stringify would escape code unit `c` (quotes, backslash, controls, surrogates). */
function escapes(c: number): boolean {
  return c < 0x20 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff);
}

/** `"text"` as JSON.stringify spells it; one pass unless something needs escaping. */
function feedString(h: number, text: string): number {
  let g = Math.imul(h ^ 34, 0x01000193); // '"'
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (escapes(c)) return feed(h, JSON.stringify(text));
    g = Math.imul(g ^ c, 0x01000193);
  }
  return Math.imul(g ^ 34, 0x01000193);
}

/** Decimal digits of a safe integer, as String() and JSON.stringify write it (-0 as "0"). */
function feedInteger(h: number, n: number): number {
  if (n < 0) {
    h = Math.imul(h ^ 45, 0x01000193); // '-'
    n = -n;
  }
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div /= 10) {
    const digit = Math.floor(n / div) % 10;
    h = Math.imul(h ^ (48 + digit), 0x01000193);
  }
  return h;
}

/** Own keys whose value is not undefined, sorted by code unit (as canonicalJson orders them). */
function sortedKeys(o: Record<string, unknown>): string[] {
  const keys = Object.keys(o);
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (o[keys[i]] !== undefined) keys[n++] = keys[i];
  keys.length = n;
  // Insertion sort: objects are small and YAML keys often arrive sorted already.
  for (let i = 1; i < n; i++) {
    const k = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > k) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = k;
  }
  return keys;
}

function feedValue(h: number, value: unknown): number {
  if (typeof value === 'string') return feedString(h, value);
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e15)
    return feedInteger(h, value);
  if (Array.isArray(value)) {
    h = Math.imul(h ^ 91, 0x01000193); // '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) h = Math.imul(h ^ 44, 0x01000193); // ','
      h = feedValue(h, value[i]);
    }
    return Math.imul(h ^ 93, 0x01000193); // ']'
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = sortedKeys(o);
    h = Math.imul(h ^ 123, 0x01000193); // '{'
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) h = Math.imul(h ^ 44, 0x01000193);
      h = Math.imul(feedString(h, keys[i]) ^ 58, 0x01000193); // ':'
      h = feedValue(h, o[keys[i]]);
    }
    return Math.imul(h ^ 125, 0x01000193); // '}'
  }
  return feed(h, JSON.stringify(value) ?? 'null');
}

/**
 * fnv1a(canonicalJson(value)) without building the JSON: pod templates carry env lists, probes
 * and volumes, and building their JSON was a large share of workload expansion's time and
 * garbage. canonicalJson stays the reference (hash.test.ts checks that the two agree).
 */
export function canonicalHash(value: unknown): number {
  return feedValue(0x811c9dc5, value) >>> 0;
}

/** Five suffix characters drawn deterministically from `seed`. */
export function suffix5(seed: string): string {
  let h = fnv1a(seed);
  let out = '';
  for (let i = 0; i < 5; i++) {
    // Re-mix per character so the five characters use the whole 32-bit hash, not its low bits.
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    out += SUFFIX_ALPHABET[h % SUFFIX_ALPHABET.length];
  }
  return out;
}

/** A UUID-shaped identifier derived from `seed` (stands in for metadata.uid). */
export function stableUid(seed: string): string {
  const hex = [0, 1, 2, 3].map((i) => fnv1a(`${i}:${seed}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
