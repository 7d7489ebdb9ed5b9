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
