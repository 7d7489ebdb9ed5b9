// Shapes shared by the trace path modules: who sends, where a packet goes, and what a partial
// trace has found so far. Assembling the final TraceResult is aggregate.ts's job.
import type { Cluster, Node, Pod, Protocol } from '../model/cluster';
import type { PolicyEndpoint } from '../model/policy';
import type { TraceEndpoint, TraceHop, Verdict } from '../model/query';
import type { ClusterIndex } from './indexes';

/** The client of a trace: a pod, or an address outside the cluster. */
export interface Client {
  kind: 'pod' | 'external';
  pod?: Pod;
  node?: Node;
  ip: string;
  /** How NetworkPolicy sees this client when its address is kept (hostNetwork pods: their node). */
  policy: PolicyEndpoint;
  /** `shop/web (10.244.0.5)` or `external client 203.0.113.10`. */
  label: string;
}

/** One way the packet's source may look when it reaches an endpoint (after SNAT, §7). */
export interface SourceView {
  policy: PolicyEndpoint;
  /** Plain words, e.g. `node-1's address 192.168.0.11`. */
  label: string;
}

/** A packet's destination after DNAT: an address, and the pod or node behind it when known. */
export interface Destination {
  ip: string;
  port: number;
  pod?: Pod;
  node?: string;
  label: string;
}

/** What a trace path has found: hops so far, per-endpoint results, and an early stop. */
export interface Outcome {
  hops: TraceHop[];
  endpoints: TraceEndpoint[];
  /** Set when the path ends before any endpoint: no Service port, no endpoints, DNS blocked… */
  stop?: { verdict: Verdict; summary: string };
  notes: string[];
}

/** What every path module needs. */
export interface TraceContext {
  cluster: Cluster;
  index: ClusterIndex;
  protocol: Protocol;
  enforcing: boolean;
}

export function emptyOutcome(): Outcome {
  return { hops: [], endpoints: [], notes: [] };
}

export function stopped(
  hops: TraceHop[],
  verdict: Verdict,
  summary: string,
  notes: string[] = [],
): Outcome {
  return { hops, endpoints: [], stop: { verdict, summary }, notes };
}

/** Appends `b` to `a` (hops, endpoints, notes); `b`'s stop wins when set. */
export function joinOutcome(a: Outcome, b: Outcome): Outcome {
  return {
    hops: [...a.hops, ...b.hops],
    endpoints: [...a.endpoints, ...b.endpoints],
    stop: b.stop ?? a.stop,
    notes: [...a.notes, ...b.notes],
  };
}
