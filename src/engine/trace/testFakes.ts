// Test support only: stand-ins for evaluateConnection and resolveName (their owners write the
// real ones concurrently). Tests decide each side's verdict with a function; self and own-node
// traffic follow SEMANTICS.md §6.7 so that SNAT choices made by the trace are really exercised.
import type { Cluster, Protocol } from '../model/cluster';
import type { ConnectionVerdict, DirectionVerdict, PolicyEndpoint } from '../model/policy';
import type { DnsAnswer, DnsQuery } from '../model/query';

export interface Side {
  allowed: boolean;
  policies: string[];
  line?: number;
  miss?: string;
}
export type Rule = (
  src: PolicyEndpoint,
  dst: PolicyEndpoint,
  port: number,
  proto: Protocol,
  cluster: Cluster,
) => Side | undefined;
export interface Call {
  src: PolicyEndpoint;
  dst: PolicyEndpoint;
  port: number;
  proto: Protocol;
  pods: number;
}

export const fake = {
  egress: (() => undefined) as Rule,
  ingress: (() => undefined) as Rule,
  calls: [] as Call[],
  dns: new Map<string, DnsAnswer>(),
};

export function resetFakes(): void {
  fake.egress = () => undefined;
  fake.ingress = () => undefined;
  fake.calls = [];
  fake.dns = new Map();
}

function side(direction: 'egress' | 'ingress', s: Side | undefined): DirectionVerdict {
  if (!s)
    return {
      direction,
      allowed: true,
      isolatingPolicies: [],
      reason: `not isolated for ${direction}`,
    };
  const d: DirectionVerdict = {
    direction,
    allowed: s.allowed,
    isolatingPolicies: s.policies,
    reason: s.allowed
      ? `allowed by ${s.policies[0]}`
      : `no rule of ${s.policies.join(', ')} admits it`,
  };
  if (s.line !== undefined) d.decidedAt = { file: 't.yaml', line: s.line };
  if (s.miss) d.nearestMiss = s.miss;
  return d;
}

const podNode = (c: Cluster, ref: string) => c.pods.find((p) => p.ref === ref)?.node;

export function fakeEvaluate(
  cluster: Cluster,
  src: PolicyEndpoint,
  dst: PolicyEndpoint,
  port: number,
  proto: Protocol,
): ConnectionVerdict {
  fake.calls.push({ src, dst, port, proto, pods: cluster.pods.length });
  if (src.kind === 'pod' && dst.kind === 'pod' && src.pod === dst.pod) {
    const open = side('egress', undefined);
    return {
      allowed: true,
      reason: 'self',
      egress: open,
      ingress: { ...open, direction: 'ingress' },
    };
  }
  const egress = side(
    'egress',
    src.kind === 'pod' ? fake.egress(src, dst, port, proto, cluster) : undefined,
  );
  const ownNode =
    src.kind === 'node' && dst.kind === 'pod' && podNode(cluster, dst.pod) === src.node;
  const ingress = ownNode
    ? side('ingress', undefined)
    : side(
        'ingress',
        dst.kind === 'pod' ? fake.ingress(src, dst, port, proto, cluster) : undefined,
      );
  return { allowed: egress.allowed && ingress.allowed, reason: 'fake', egress, ingress };
}

export function fakeResolve(_cluster: Cluster, q: DnsQuery): DnsAnswer {
  const hit = fake.dns.get(q.name);
  if (hit) return hit;
  return {
    queries: [`${q.name}.`],
    steps: [],
    answer: null,
    rcode: 'NXDOMAIN',
    resolvConf: { nameservers: ['10.96.0.10'], searches: [], ndots: 5 },
    notes: [],
  };
}

/** A DnsAnswer for tests: `name` answered by `records` of `type`, asked of 10.96.0.10. */
export function answer(
  name: string,
  fqdn: string,
  type: 'A' | 'CNAME',
  records: string[],
): DnsAnswer {
  return {
    queries: [`${fqdn}.`],
    steps: [{ name: `${fqdn}.`, rcode: 'NOERROR', records }],
    answer: { name: `${fqdn}.`, type, records },
    rcode: 'NOERROR',
    resolvConf: { nameservers: ['10.96.0.10'], searches: ['shop.svc.cluster.local'], ndots: 5 },
    notes: [],
  };
}
