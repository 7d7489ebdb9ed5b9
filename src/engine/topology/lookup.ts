// Finding pods by the names users type: `ns/pod`, `ns/<workload>` (its first pod), or `pod`
// in `default`. Shared by trace, dns and the CLI so every front end accepts the same names.
import type { Cluster, Pod } from '../model/cluster';

/** The pod a user means by `ref`, or undefined. */
export function findPod(cluster: Cluster, ref: string): Pod | undefined {
  const [ns, name] = ref.includes('/') ? splitRef(ref) : ['default', ref];
  const exact = cluster.pods.find((p) => p.namespace === ns && p.name === name);
  if (exact) return exact;
  const workload = cluster.workloads.find((w) => w.namespace === ns && w.name === name);
  const first = workload?.pods[0];
  return first ? cluster.pods.find((p) => p.ref === first) : undefined;
}

function splitRef(ref: string): [string, string] {
  const i = ref.indexOf('/');
  return [ref.slice(0, i), ref.slice(i + 1)];
}
