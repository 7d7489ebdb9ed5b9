// What the analysis found, at a glance (pure): the counts the summary strip shows beside the graph,
// and how many boxes the default (folded) graph would draw, for the large-input decision. Built-in
// objects follow the "show cluster add-ons" setting, as the status line's counts do. Rendering and
// the large-input threshold live in ui/overview.
import type { Cluster, Diagnostic, Pod, ServiceType } from '../engine/index';
import { builtinPodRefs, isBuiltin, shownNamespaces } from './builtins';

export interface PodCounts {
  total: number;
  running: number;
  pending: number;
  /** Running but not ready. */
  notReady: number;
}

export interface ClusterSummary {
  namespaces: number;
  nodes: number;
  /** The nodes were made up by the engine (no Node objects in the input). */
  syntheticNodes: boolean;
  workloads: number;
  pods: PodCounts;
  services: { total: number; headless: number; byType: Record<ServiceType, number> };
  ingresses: number;
  policies: number;
  /** Pods selected by at least one policy of that direction. */
  isolated: { ingress: number; egress: number };
  diagnostics: { error: number; warning: number; info: number };
  /** Boxes the default graph draws: namespaces, workloads, bare pods, Services, Ingresses. */
  graphNodes: number;
}

function countPods(pods: readonly Pod[]): PodCounts {
  const c = { total: pods.length, running: 0, pending: 0, notReady: 0 };
  for (const p of pods) {
    if (p.phase === 'Pending') c.pending += 1;
    else if (p.ready) c.running += 1;
    else c.notReady += 1;
  }
  return c;
}

function countIsolated(cluster: Cluster, shown: Set<string>) {
  const ingress = new Set<string>();
  const egress = new Set<string>();
  for (const policy of cluster.policies) {
    const into = [
      policy.policyTypes.includes('Ingress') && ingress,
      policy.policyTypes.includes('Egress') && egress,
    ].filter((s) => s !== false);
    for (const ref of policy.selectedPods) if (shown.has(ref)) into.forEach((s) => s.add(ref));
  }
  return { ingress: ingress.size, egress: egress.size };
}

function countDiagnostics(lists: readonly (readonly Diagnostic[])[]) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const list of lists) for (const d of list) c[d.severity] += 1;
  return c;
}

const EMPTY_TYPES: Record<ServiceType, number> = {
  ClusterIP: 0,
  NodePort: 0,
  LoadBalancer: 0,
  ExternalName: 0,
};

/** The summary of `cluster` (null: nothing analysed yet), with engine problems counted too. */
export function summarize(
  cluster: Cluster | null,
  engineDiagnostics: readonly Diagnostic[],
  showBuiltins: boolean,
): ClusterSummary {
  const diagnostics = countDiagnostics([cluster?.diagnostics ?? [], engineDiagnostics]);
  if (!cluster) return { ...emptySummary(), diagnostics };
  const keep = (o: object) => showBuiltins || !isBuiltin(o);
  const hidden = showBuiltins ? new Set<string>() : builtinPodRefs(cluster);
  const pods = cluster.pods.filter((p) => !hidden.has(p.ref));
  const workloads = cluster.workloads.filter(keep);
  const owners = new Set(workloads.map((w) => `${w.kind}/${w.namespace}/${w.name}`));
  const bare = pods.filter(
    (p) => !p.owner || !owners.has(`${p.owner.kind}/${p.namespace}/${p.owner.name}`),
  );
  const services = cluster.services.filter(keep);
  const byType = { ...EMPTY_TYPES };
  for (const s of services) byType[s.type] += 1;
  const namespaces = shownNamespaces(cluster, showBuiltins).length;
  return {
    namespaces,
    nodes: cluster.nodes.length,
    syntheticNodes: cluster.nodes.length > 0 && cluster.nodes.every((n) => n.synthetic),
    workloads: workloads.length,
    pods: countPods(pods),
    services: {
      total: services.length,
      headless: services.filter((s) => s.headless).length,
      byType,
    },
    ingresses: cluster.ingresses.length,
    policies: cluster.policies.length,
    isolated: countIsolated(cluster, new Set(pods.map((p) => p.ref))),
    diagnostics,
    graphNodes:
      namespaces + workloads.length + bare.length + services.length + cluster.ingresses.length,
  };
}

function emptySummary(): ClusterSummary {
  return {
    namespaces: 0,
    nodes: 0,
    syntheticNodes: false,
    workloads: 0,
    pods: { total: 0, running: 0, pending: 0, notReady: 0 },
    services: { total: 0, headless: 0, byType: { ...EMPTY_TYPES } },
    ingresses: 0,
    policies: 0,
    isolated: { ingress: 0, egress: 0 },
    diagnostics: { error: 0, warning: 0, info: 0 },
    graphNodes: 0,
  };
}

/** Remembers the last call: the same arguments (by identity) give the same object back. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (last && args.length === last.args.length && args.every((a, i) => a === last!.args[i])) {
      return last.value;
    }
    last = { args, value: fn(...args) };
    return last.value;
  };
}
