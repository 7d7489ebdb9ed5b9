// Whether NetworkPolicy lets one connection through, with the reason and the deciding line
// (SEMANTICS.md §6.7, §6.8). STUB: the policy owner replaces this body.
import type { Cluster, Protocol } from '../model/cluster';
import type { ConnectionVerdict, PolicyEndpoint } from '../model/policy';

/** The verdict for `src` opening a connection to `dst` on `port`/`protocol` (post-DNAT). */
export function evaluateConnection(
  cluster: Cluster,
  src: PolicyEndpoint,
  dst: PolicyEndpoint,
  port: number,
  protocol: Protocol,
): ConnectionVerdict {
  void cluster;
  void port;
  void protocol;
  const open = (direction: 'egress' | 'ingress') => ({
    direction,
    allowed: true,
    isolatingPolicies: [],
    reason: 'not implemented yet',
  });
  void src;
  void dst;
  return {
    allowed: true,
    reason: 'not implemented yet',
    egress: open('egress'),
    ingress: open('ingress'),
  };
}
