// Adoption of bare pods (SEMANTICS.md §1.9): ReplicaSets (also a Deployment's), RCs, DaemonSets and
// StatefulSets take over controller-less Pods in their namespace that their selector matches.
// Pods are indexed by namespace and by label pair so a selector never scans unrelated pods.
import type { Pod, WorkloadKind } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import { selectorMatches } from './selectors';

/** Bare Pods that a controller may still adopt. */
export class AdoptablePods {
  private readonly byNamespace = new Map<string, Pod[]>();
  private readonly byPair = new Map<string, Pod[]>();
  private readonly adopted = new Set<Pod>();
  private readonly all = new Set<Pod>();

  constructor(pods: readonly Pod[]) {
    for (const pod of pods) {
      this.all.add(pod);
      push(this.byNamespace, pod.namespace, pod);
      for (const [k, v] of Object.entries(pod.labels))
        push(this.byPair, pairKey(pod.namespace, k, v), pod);
    }
  }

  /** Not yet adopted pods of `namespace` that `selector` matches, in name order. */
  matching(namespace: string, selector: LabelSelector): Pod[] {
    const first = Object.entries(selector.matchLabels)[0];
    // Any pod a selector with matchLabels selects carries its first pair: start from that bucket.
    const candidates = first
      ? (this.byPair.get(pairKey(namespace, first[0], first[1])) ?? [])
      : (this.byNamespace.get(namespace) ?? []);
    return candidates.filter((p) => !this.adopted.has(p) && selectorMatches(selector, p.labels));
  }

  /** Whether `pod` is a bare pod nobody adopted yet. */
  isAdoptable(pod: Pod): boolean {
    return this.all.has(pod) && !this.adopted.has(pod);
  }

  /** Records the adoption: the pod now belongs to `owner` through `controller`. */
  adopt(
    pods: readonly Pod[],
    owner: { kind: WorkloadKind; name: string },
    controller: { kind: string; name: string },
  ): void {
    for (const pod of pods) {
      this.adopted.add(pod);
      pod.owner = { ...owner };
      pod.controller = { ...controller };
    }
  }
}

function pairKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}=${value}`;
}

function push<K>(map: Map<K, Pod[]>, key: K, pod: Pod): void {
  const list = map.get(key);
  if (list) list.push(pod);
  else map.set(key, [pod]);
}
