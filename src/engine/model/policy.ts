// NetworkPolicy as the engine reads it (SEMANTICS.md §6), after defaulting and validation.
import type { LabelSelector } from './labels';
import type { PodRef, Protocol } from './cluster';
import type { SourceRef } from './source';

export type PolicyType = 'Ingress' | 'Egress';

export interface IpBlock {
  /** Normalised network address (host bits cleared). */
  cidr: string;
  except: string[];
}

/** One `from`/`to` element. Exactly one shape: selectors (one or both), or ipBlock. */
export interface PolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: IpBlock;
  source: SourceRef;
}

export interface PolicyPort {
  protocol: Protocol;
  /** Undefined: every port of the protocol. A string is a named port. */
  port?: number | string;
  endPort?: number;
  source: SourceRef;
}

export interface PolicyRule {
  /** 0-based position in spec.ingress / spec.egress. */
  index: number;
  /** Empty: any peer (no `from`/`to`, or an empty list). */
  peers: PolicyPeer[];
  /** Empty: any port. */
  ports: PolicyPort[];
  source: SourceRef;
}

export interface NetworkPolicy {
  namespace: string;
  name: string;
  podSelector: LabelSelector;
  /** Effective policyTypes after defaulting (§6.3). */
  policyTypes: PolicyType[];
  ingress: PolicyRule[];
  egress: PolicyRule[];
  /** Pods of its namespace that it selects. */
  selectedPods: PodRef[];
  source: SourceRef;
}

/** One end of a connection as NetworkPolicy sees it (after DNAT/SNAT, SEMANTICS.md §6.9, §7). */
export type PolicyEndpoint =
  | { kind: 'pod'; pod: PodRef; ip: string }
  | { kind: 'node'; node: string; ip: string }
  | { kind: 'external'; ip: string };

/** The verdict of one side (egress at the source, or ingress at the destination). */
export interface DirectionVerdict {
  direction: 'egress' | 'ingress';
  allowed: boolean;
  /** Names of the policies isolating the pod in this direction (empty: not isolated). */
  isolatingPolicies: string[];
  /** The first rule that admits the connection, when one does. */
  allowedBy?: { policy: string; rule: number; source: SourceRef };
  /** Why, in plain words: "not isolated for egress", "rule 1 of allow-api admits this source". */
  reason: string;
  /** When denied: the closest rule and what it would need, e.g. "… but on port 8080". */
  nearestMiss?: string;
  /** The line that decided: the admitting rule, or the isolating policy when denied. */
  decidedAt?: SourceRef;
  /** The verdict rests on an ipBlock that covers a pod IP (plugin-dependent, §6.5). */
  ipBlockCoversPod?: boolean;
}

/** Both sides of one connection: allowed only when both allow it (§6.2). */
export interface ConnectionVerdict {
  allowed: boolean;
  reason: string;
  egress: DirectionVerdict;
  ingress: DirectionVerdict;
}
