// Traffic policies, session affinity and LoadBalancer-only fields of a Service (SEMANTICS.md §3.1,
// §3.5, §8.3): defaults and validation decided from the object alone. The external address itself
// is chosen later, in loadBalancers.ts.
import type { Service } from '../model/cluster';
import { isIp, parseCidr } from '../net/ip';
import { canonicalIp } from './addressRange';
import { inNodePortRange } from './servicePorts';
import { isUnset, specField, type ServiceReader } from './serviceReader';
import type { ServiceDraft } from './serviceSpec';

const DEFAULT_AFFINITY_TIMEOUT = 10800;

function readPolicy(r: ServiceReader, key: string, allowed: string[]): string | undefined {
  const raw = specField(r.m, key);
  if (isUnset(raw)) return undefined;
  if (typeof raw === 'string' && allowed.includes(raw)) return raw;
  const msg = `${key} "${String(raw)}" must be one of ${allowed.join(', ')}`;
  const code =
    key === 'sessionAffinity'
      ? 'SERVICE_SESSION_AFFINITY_INVALID'
      : 'SERVICE_TRAFFIC_POLICY_INVALID';
  r.error(code, msg, ['spec', key]);
  return undefined;
}

/** Traffic policies, health-check node port and session affinity (§3.1, §8.3). */
export function readPolicies(r: ServiceReader, draft: ServiceDraft): void {
  const s = draft.service;
  const external =
    s.type === 'NodePort' ||
    s.type === 'LoadBalancer' ||
    (s.type === 'ClusterIP' && s.externalIPs.length > 0);
  const etp = readPolicy(r, 'externalTrafficPolicy', ['Cluster', 'Local']);
  if (etp !== undefined && !external) {
    const msg =
      'externalTrafficPolicy may only be set on externally accessible Services (NodePort, LoadBalancer, or with externalIPs)';
    r.error('SERVICE_TRAFFIC_POLICY_INVALID', msg, ['spec', 'externalTrafficPolicy']);
  }
  if (external) s.externalTrafficPolicy = (etp ?? 'Cluster') as 'Cluster' | 'Local';
  const itp = readPolicy(r, 'internalTrafficPolicy', ['Cluster', 'Local']);
  if (s.type !== 'ExternalName')
    s.internalTrafficPolicy = (itp ?? 'Cluster') as 'Cluster' | 'Local';
  const hc = specField(r.m, 'healthCheckNodePort');
  if (!isUnset(hc) && hc !== 0) {
    const path = ['spec', 'healthCheckNodePort'];
    if (s.type !== 'LoadBalancer' || s.externalTrafficPolicy !== 'Local') {
      const msg =
        'healthCheckNodePort may only be set when type is LoadBalancer and externalTrafficPolicy is Local';
      r.error('SERVICE_HEALTH_CHECK_NODE_PORT_INVALID', msg, path);
    } else if (typeof hc !== 'number' || !inNodePortRange(hc)) {
      r.error(
        'SERVICE_NODE_PORT_OUT_OF_RANGE',
        `healthCheckNodePort ${String(hc)} is not in the valid range 30000-32767`,
        path,
      );
    } else draft.requestedHealthCheckNodePort = hc;
  }
  readSessionAffinity(r, s);
  const td = specField(r.m, 'trafficDistribution');
  if (typeof td === 'string' && td !== '') s.trafficDistribution = td;
}

function readSessionAffinity(r: ServiceReader, s: Service): void {
  const affinity = readPolicy(r, 'sessionAffinity', ['None', 'ClientIP']) ?? 'None';
  s.sessionAffinity = affinity as 'None' | 'ClientIP';
  const config = specField(r.m, 'sessionAffinityConfig');
  const path = ['spec', 'sessionAffinityConfig'];
  if (affinity === 'None') {
    if (!isUnset(config)) {
      r.error(
        'SERVICE_SESSION_AFFINITY_INVALID',
        'sessionAffinityConfig must not be set when sessionAffinity is None',
        path,
      );
    }
    return;
  }
  const clientIP = (config as { clientIP?: { timeoutSeconds?: unknown } } | undefined)?.clientIP;
  const timeout = clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_TIMEOUT;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 86400) {
    const msg = `sessionAffinityConfig.clientIP.timeoutSeconds ${String(timeout)} must be between 1 and 86400`;
    r.error('SERVICE_SESSION_AFFINITY_INVALID', msg, [...path, 'clientIP', 'timeoutSeconds']);
  } else s.sessionAffinityTimeoutSeconds = timeout;
}

/** loadBalancerSourceRanges, allocateLoadBalancerNodePorts, loadBalancerClass, status IPs. */
export function readLoadBalancerFields(r: ServiceReader, draft: ServiceDraft): void {
  const s = draft.service;
  const isLB = s.type === 'LoadBalancer';
  const ranges = specField(r.m, 'loadBalancerSourceRanges');
  const forbid = (key: string) => {
    const msg = `${key} may only be used when type is LoadBalancer`;
    r.error('SERVICE_LOAD_BALANCER_FIELD_FORBIDDEN', msg, ['spec', key]);
  };
  if (Array.isArray(ranges) && ranges.length > 0) {
    if (!isLB) forbid('loadBalancerSourceRanges');
    ranges.forEach((c, i) => {
      const cidr = typeof c === 'string' ? c.trim() : '';
      if (parseCidr(cidr)) s.loadBalancerSourceRanges.push(cidr);
      else {
        const msg = `loadBalancerSourceRanges[${i}] "${String(c)}" must be a CIDR such as 203.0.113.0/24`;
        r.error('SERVICE_SOURCE_RANGE_INVALID', msg, ['spec', 'loadBalancerSourceRanges', i]);
      }
    });
  }
  const allocate = specField(r.m, 'allocateLoadBalancerNodePorts');
  if (allocate !== undefined && allocate !== null && !isLB) forbid('allocateLoadBalancerNodePorts');
  draft.allocateNodePorts = !(isLB && allocate === false);
  if (!isUnset(specField(r.m, 'loadBalancerClass')) && !isLB) forbid('loadBalancerClass');
  if (!isLB) return;
  const lbIP = specField(r.m, 'loadBalancerIP');
  if (typeof lbIP === 'string' && isIp(lbIP)) draft.specLoadBalancerIP = canonicalIp(lbIP);
  const status = r.m.raw.status as { loadBalancer?: { ingress?: unknown } } | undefined;
  const ingress = status?.loadBalancer?.ingress;
  for (const e of Array.isArray(ingress) ? ingress : []) {
    const ip = (e as { ip?: unknown } | null)?.ip;
    if (typeof ip === 'string' && isIp(ip)) draft.statusIPs.push(canonicalIp(ip));
  }
}
