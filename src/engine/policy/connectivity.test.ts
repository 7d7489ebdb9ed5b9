// The policy view's answer on small clusters: only pairs policy decides are listed, port by port
// with allowed / partial / denied; untouched pairs are counted; the plugin setting and the group
// limit are honoured. Cross-checked against the pod matrix on the same cluster.
import { describe, expect, it } from 'vitest';
import { computeConnectivity } from './connectivity';
import { computeMatrix } from './matrix';
import { testCluster, type TestPod } from './testCluster';

const web = (i: number, extra: Record<string, string> = {}): TestPod => ({
  ref: `shop/web-${i}`,
  ip: `10.244.0.${10 + i}`,
  labels: { app: 'web', ...extra },
  owner: { kind: 'Deployment', name: 'web' },
  ports: [['http', 8080]],
});
const api: TestPod = {
  ref: 'shop/api-1',
  ip: '10.244.0.20',
  labels: { app: 'api' },
  owner: { kind: 'Deployment', name: 'api' },
  ports: [
    ['http', 9090],
    ['metrics', 9100],
    ['dns', 53, 'UDP'],
  ],
};
const debug: TestPod = { ref: 'tools/debug', ip: '10.244.0.30', labels: { run: 'debug' } };

const API_FROM_WEB = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-from-web, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: web } } }]
      ports: [{ port: 9090 }]
`;

describe('computeConnectivity', () => {
  it('lists only what policy decides, port by port, and counts the rest', () => {
    const c = testCluster({ pods: [web(1), web(2), api, debug], policies: API_FROM_WEB });
    const r = computeConnectivity(c);
    expect(r.enforcing).toBe(true);
    expect(r.groups.map((g) => g.id)).toEqual([
      'pod:tools/debug',
      'wl:Deployment/shop/api',
      'wl:Deployment/shop/web',
    ]);
    const apiGroup = r.groups.find((g) => g.name === 'api')!;
    expect(apiGroup.isolated).toEqual({ ingress: true, egress: false });
    expect(apiGroup.ports.map((p) => `${p.protocol} ${p.port}`)).toEqual([
      'TCP 9090',
      'TCP 9100',
      'UDP 53',
    ]);
    expect(r.links).toEqual([
      {
        from: 'pod:tools/debug',
        to: 'wl:Deployment/shop/api',
        allowed: [],
        partial: [],
        denied: apiGroup.ports,
      },
      {
        from: 'wl:Deployment/shop/web',
        to: 'wl:Deployment/shop/api',
        allowed: [{ port: 9090, protocol: 'TCP' }],
        partial: [],
        denied: [
          { port: 9100, protocol: 'TCP' },
          { port: 53, protocol: 'UDP' },
        ],
      },
    ]);
    // 3 groups: 6 ordered pairs, 2 decided (into the isolated api), 4 untouched.
    expect(r.open).toEqual(['pod:tools/debug', 'wl:Deployment/shop/web']);
    expect(r.openPairs).toBe(4);
    expect(r.deniedPairs).toBe(1); // debug → api, denied on every port
  });

  it('says partial when only some pods of a workload are admitted, as the matrix does', () => {
    const policy = API_FROM_WEB.replace('{ app: web }', '{ app: web, canary: "yes" }');
    const c = testCluster({ pods: [web(1, { canary: 'yes' }), web(2), api], policies: policy });
    const link = computeConnectivity(c).links.find((l) => l.from === 'wl:Deployment/shop/web')!;
    expect(link.partial).toEqual([{ port: 9090, protocol: 'TCP' }]);
    const m = computeMatrix(c, { port: 9090 }).matrix;
    expect([m['shop/web-1']['shop/api-1'], m['shop/web-2']['shop/api-1']]).toEqual([true, false]);
  });

  it('decides egress at the source: an egress-isolated pod reaches only what it is allowed', () => {
    const egress = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web-egress, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  policyTypes: [Egress]
  egress:
    - to: [{ podSelector: { matchLabels: { app: api } } }]
      ports: [{ port: 9090 }]
`;
    const r = computeConnectivity(testCluster({ pods: [web(1), api, debug], policies: egress }));
    expect(r.links.map((l) => [l.from, l.to, l.allowed.map((p) => p.port)])).toEqual([
      ['wl:Deployment/shop/web', 'wl:Deployment/shop/api', [9090]],
    ]);
    // debug declares no port: named in the notes, not silently dropped.
    expect(r.notes.join()).toContain('tools/debug');
  });

  it('decides nothing when the plugin ignores policy', () => {
    const c = testCluster({ pods: [web(1), api], policies: API_FROM_WEB, cni: 'flannel' });
    const r = computeConnectivity(c);
    expect(r.enforcing).toBe(false);
    expect(r.links).toEqual([]);
    expect(r.openPairs).toBe(2);
    expect(r.notes[0]).toContain('flannel does not enforce NetworkPolicy');
  });

  it('refuses politely past the group limit and leaves Pending pods out', () => {
    const pending: TestPod = { ref: 'shop/pending', labels: {} };
    const c = testCluster({ pods: [web(1), api, debug, pending], policies: API_FROM_WEB });
    expect(computeConnectivity(c).groups.map((g) => g.id)).not.toContain('pod:shop/pending');
    const r = computeConnectivity(c, { maxGroups: 2 });
    expect(r.error).toBe('3 workloads and pods: more than 2 to answer for');
    expect(r.links).toEqual([]);
  });
});
