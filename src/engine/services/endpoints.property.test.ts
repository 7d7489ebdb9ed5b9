import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeEndpoints } from './endpoints';
import { makePod } from './testSupport';
import type { Pod, Service } from '../model/cluster';

const labelsArb = fc.dictionary(
  fc.constantFrom('app', 'tier', 'v'),
  fc.constantFrom('x', 'y', ''),
  {
    maxKeys: 3,
  },
);
const nsArb = fc.constantFrom('a', 'b');

function literalService(
  namespace: string,
  name: string,
  selector: Record<string, string>,
): Service {
  return {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIP: '10.96.1.1',
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: Object.keys(selector).length > 0 ? selector : null,
    ports: [
      { name: '', port: 80, protocol: 'TCP', targetPort: 8080, source: { file: 't', line: 1 } },
    ],
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    endpoints: [],
    dnsNames: [],
    source: { file: 't', line: 1 },
  };
}

/** §3.9 by definition: every same-namespace pod with an IP whose labels contain the selector. */
function bruteForce(s: Service, pods: readonly Pod[]): string[] {
  if (!s.selector) return [];
  const sel = Object.entries(s.selector);
  return pods
    .filter((p) => p.namespace === s.namespace && p.ip !== undefined)
    .filter((p) =>
      sel.every(([k, v]) => Object.prototype.hasOwnProperty.call(p.labels, k) && p.labels[k] === v),
    )
    .map((p) => p.ref);
}

describe('§3.9 indexed endpoint computation', () => {
  it('§3.9 equals the brute-force definition on generated pods and Services', () => {
    const podArb = fc.record({ ns: nsArb, labels: labelsArb, ip: fc.boolean() });
    const svcArb = fc.record({ ns: nsArb, selector: labelsArb });
    fc.assert(
      fc.property(
        fc.array(podArb, { maxLength: 30 }),
        fc.array(svcArb, { maxLength: 10 }),
        (ps, ss) => {
          const pods = ps.map((p, i) =>
            makePod(
              `${p.ns}/p${i}`,
              p.labels,
              p.ip ? { ip: `10.244.0.${i + 2}` } : { ip: undefined },
            ),
          );
          const services = ss.map((s, i) => literalService(s.ns, `s${i}`, s.selector));
          computeEndpoints(services, pods, [], []);
          for (const s of services) {
            expect(s.endpoints.map((e) => e.pod)).toEqual(bruteForce(s, pods));
            expect(s.endpoints.every((e) => e.ports[0]?.port === 8080)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
