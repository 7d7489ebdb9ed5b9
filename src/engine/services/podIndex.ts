// Pods indexed by namespace and by label pair, so selecting a Service's pods costs the shortest
// posting list among its selector's pairs instead of a scan of every pod (SEMANTICS.md §3.9).
// Matching itself is topology/selectors.ts's mapMatches.
import type { Labels } from '../model/labels';
import type { Pod } from '../model/cluster';
import { mapMatches } from '../topology/selectors';

export interface PodIndex {
  byNamespace: Map<string, Pod[]>;
  /** `namespace \0 key \0 value` → pods carrying that label, in input order. */
  byLabel: Map<string, Pod[]>;
}

const NONE: readonly Pod[] = [];

function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

function push<K>(map: Map<K, Pod[]>, key: K, pod: Pod): void {
  const list = map.get(key);
  if (list) list.push(pod);
  else map.set(key, [pod]);
}

export function indexPods(pods: readonly Pod[]): PodIndex {
  const index: PodIndex = { byNamespace: new Map(), byLabel: new Map() };
  for (const pod of pods) {
    push(index.byNamespace, pod.namespace, pod);
    for (const [k, v] of Object.entries(pod.labels)) {
      push(index.byLabel, labelKey(pod.namespace, k, v), pod);
    }
  }
  return index;
}

/** Pods of `namespace` whose labels contain every pair of `selector` (an empty map: none). */
export function selectPods(index: PodIndex, namespace: string, selector: Labels): Pod[] {
  let shortest: readonly Pod[] | undefined;
  for (const [k, v] of Object.entries(selector)) {
    const list = index.byLabel.get(labelKey(namespace, k, v)) ?? NONE;
    if (!shortest || list.length < shortest.length) shortest = list;
    if (list.length === 0) break;
  }
  return (shortest ?? NONE).filter((p) => mapMatches(selector, p.labels));
}
