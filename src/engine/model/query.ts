// Questions asked of a computed Cluster, and their answers (CLI-CONTRACT.md shapes).
import type { PodRef, Protocol } from './cluster';
import type { DnsType } from './dns';
import type { SourceRef } from './source';

export type Verdict = 'allowed' | 'partial' | 'denied' | 'unreachable';

export interface DnsQuery {
  /** Pod asking (`ns/name` or `ns/<workload>`). */
  from: string;
  name: string;
  type?: DnsType;
}

export interface DnsAnswer {
  /** Fully qualified names tried, in order (with trailing dots). */
  queries: string[];
  /**
   * Per query, what cluster DNS (or upstream) said. `records` are presentation lines
   * (`owner. TYPE data`, a followed CNAME first); for a HOSTS step, the matching /etc/hosts lines.
   */
  steps: {
    name: string;
    rcode: 'NOERROR' | 'NXDOMAIN' | 'UPSTREAM' | 'HOSTS';
    records: string[];
  }[];
  /** `source`: the object whose record answered (a Service's line), when one did. */
  answer: { name: string; type: DnsType; records: string[]; source?: SourceRef } | null;
  rcode: 'NOERROR' | 'NXDOMAIN';
  /** resolv.conf the pod sees (`options`: `name` or `name:value`, in file order). */
  resolvConf: { nameservers: string[]; searches: string[]; ndots: number; options?: string[] };
  notes: string[];
  error?: string;
}

export interface MatrixQuery {
  port: number | string;
  protocol?: Protocol;
}

export interface MatrixResult {
  port: number | string;
  protocol: Protocol;
  pods: PodRef[];
  matrix: Record<PodRef, Record<PodRef, boolean>>;
  notes: string[];
  error?: string;
}

/**
 * The `matrix` answer in compact form (computeClassMatrix): the pods fall into classes that every
 * verdict of the query treats alike, and one row of destination-class bits per source class
 * answers every ordered pair. Pod `pods[i]` reaches pod `pods[j]` exactly when `i === j` (a pod
 * can always reach itself) or bit `classOf[j]` of row `allowed[classOf[i]]` is set. A row is a
 * lowercase hex string of ⌈classes / 4⌉ digits; class `d` is bit value `1 << (d % 4)` of digit
 * `⌊d / 4⌋`. Plain JSON, so it crosses the worker boundary as is; expandMatrix turns it into
 * MatrixResult and matrixCell reads one pair.
 */
export interface ClassMatrix {
  port: number | string;
  protocol: Protocol;
  /** Pods with an IP, sorted (the MatrixResult `pods`). */
  pods: PodRef[];
  /** Per pod (same order as `pods`), its class. */
  classOf: number[];
  classes: number;
  /** Per source class, the destination classes it reaches (hex bits, see above). */
  allowed: string[];
  notes: string[];
  error?: string;
}

export interface TraceQuery {
  /** `ns/name`, `ns/<workload>`, `external` or `external:IP`. */
  from: string;
  /** Pod, IP, IP:port, DNS name or http(s) URL. */
  to: string;
  port?: number;
  protocol?: Protocol;
}

export type HopKind =
  | 'source'
  | 'dns'
  | 'ingress-routing'
  | 'service'
  | 'node-port'
  | 'load-balancer'
  | 'snat'
  | 'egress'
  | 'ingress'
  | 'delivery';

export interface TraceHop {
  kind: HopKind;
  detail: string;
  verdict: 'allowed' | 'denied' | 'unreachable' | 'info';
  source?: SourceRef;
  /** Endpoint the hop is about, when the path forks per endpoint. */
  endpoint?: PodRef | string;
}

export interface TraceEndpoint {
  pod?: PodRef;
  ip: string;
  port: number;
  verdict: 'allowed' | 'denied';
  deniedBy?: { direction: 'egress' | 'ingress'; namespace: string; policies: string[] };
  /** Plain-words nearest miss, when denied. */
  nearestMiss?: string;
  /** Node the endpoint runs on, when known. */
  node?: string;
  /** The verdict rests on an ipBlock covering a pod IP (plugin-dependent, §6.5). */
  pluginDependent?: boolean;
}

export interface TraceResult {
  verdict: Verdict;
  /** One sentence saying why, for people. */
  summary: string;
  hops: TraceHop[];
  endpoints: TraceEndpoint[];
  /** Assumptions the verdict rests on (assumed ingress controller, IMPL choices). */
  notes?: string[];
  error?: string;
}
