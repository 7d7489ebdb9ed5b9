// Which objects the cluster brings by itself (CoreDNS, kube-dns, the `kubernetes` Service) rather
// than the user's text. The engine marks them `builtin: true`; older results may lack the field,
// so it is read defensively. Pure: used by selectors (counts) and by the graph (what to hide).
import type { Cluster, Namespace, Pod } from '../engine/index';

/** True when the engine marked the object as one the cluster defines itself. */
export function isBuiltin(obj: object): boolean {
  return (obj as { builtin?: unknown }).builtin === true;
}

/** Pods that are built in: marked so, or owned by a built-in workload. */
export function builtinPodRefs(cluster: Pick<Cluster, 'pods' | 'workloads'>): Set<string> {
  const builtinOwners = new Set(
    cluster.workloads.filter(isBuiltin).map((w) => `${w.kind}/${w.namespace}/${w.name}`),
  );
  const refs = new Set<string>();
  for (const pod of cluster.pods) {
    const owner = pod.owner && `${pod.owner.kind}/${pod.namespace}/${pod.owner.name}`;
    if (isBuiltin(pod) || (owner && builtinOwners.has(owner))) refs.add(pod.ref);
  }
  return refs;
}

/** Namespaces worth showing: written by the user, or holding at least one shown object. */
export function shownNamespaces(
  cluster: Pick<Cluster, 'namespaces' | 'pods' | 'workloads' | 'services'>,
  showBuiltins: boolean,
): Namespace[] {
  const hiddenPods = showBuiltins ? new Set<string>() : builtinPodRefs(cluster);
  const used = new Set<string>();
  const keep = (o: object) => showBuiltins || !isBuiltin(o);
  for (const w of cluster.workloads) if (keep(w)) used.add(w.namespace);
  for (const s of cluster.services) if (keep(s)) used.add(s.namespace);
  for (const p of cluster.pods as Pod[]) if (!hiddenPods.has(p.ref)) used.add(p.namespace);
  return cluster.namespaces.filter((ns) => ns.explicit || used.has(ns.name));
}

export interface ObjectCounts {
  namespaces: number;
  pods: number;
  services: number;
  policies: number;
}

/** What the status line counts: the objects shown (the user's own unless built-ins are on). */
export function countObjects(cluster: Cluster | null, showBuiltins: boolean): ObjectCounts {
  if (!cluster) return { namespaces: 0, pods: 0, services: 0, policies: 0 };
  const hiddenPods = showBuiltins ? new Set<string>() : builtinPodRefs(cluster);
  return {
    namespaces: shownNamespaces(cluster, showBuiltins).length,
    pods: cluster.pods.filter((p) => !hiddenPods.has(p.ref)).length,
    services: cluster.services.filter((s) => showBuiltins || !isBuiltin(s)).length,
    policies: cluster.policies.length,
  };
}
