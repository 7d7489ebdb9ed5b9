import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cluster } from '../model/cluster';
import type { Ingress } from '../model/ingress';
import { answer, fake, resetFakes } from './testFakes';
import { shopCluster, testEndpoints, testPod, testPort, testService } from './testCluster';
import { traceConnection } from './trace';

vi.mock('../policy/verdict', async () => ({
  evaluateConnection: (await import('./testFakes')).fakeEvaluate,
}));
vi.mock('../dns/resolver', async () => ({
  resolveName: (await import('./testFakes')).fakeResolve,
}));

beforeEach(resetFakes);
const at = (line: number) => ({ file: 'ing.yaml', line });
const podOf = (e: { kind: string; pod?: string }) => (e.kind === 'pod' ? e.pod : undefined);

const site: Ingress = {
  namespace: 'shop',
  name: 'site',
  className: 'nginx',
  served: true,
  tls: [{ hosts: ['shop.example.com'], secretName: 'cert', source: at(6) }],
  rules: [
    {
      host: 'shop.example.com',
      paths: [
        {
          path: '/api',
          pathType: 'Prefix',
          backend: { service: { name: 'api', port: { number: 80 } }, source: at(12) },
          source: at(11),
        },
      ],
      source: at(8),
    },
  ],
  annotations: {},
  order: 0,
  source: at(1),
};

/** §7.3: controller pods in ingress-nginx behind a LoadBalancer Service on 80/443. */
function withController(): Cluster {
  const ctl = [
    testPod('ingress-nginx/controller-0', '10.244.2.40', 'node-3', {
      'app.kubernetes.io/name': 'ingress-nginx',
      'app.kubernetes.io/component': 'controller',
    }),
  ];
  const svc = testService(
    'ingress-nginx/ingress-nginx-controller',
    '10.96.0.80',
    [
      testPort(80, 80, { name: 'http', nodePort: 31080 }),
      testPort(443, 443, { name: 'https', nodePort: 31443 }),
    ],
    testEndpoints(ctl, [
      { name: 'http', port: 80 },
      { name: 'https', port: 443 },
    ]),
    {
      type: 'LoadBalancer',
      loadBalancerIP: '198.51.100.20',
      externalTrafficPolicy: 'Local',
      selector: { 'app.kubernetes.io/name': 'ingress-nginx' },
    },
  );
  return shopCluster({ pods: ctl, services: [svc], ingresses: [site] });
}

describe('§7.3 the ingress controller path', () => {
  it('§7.3 admitting the ingress-nginx namespace on 8080 allows https://shop.example.com/api', () => {
    fake.ingress = (src, dst, port) =>
      podOf(dst)?.startsWith('shop/api')
        ? {
            allowed: podOf(src)?.startsWith('ingress-nginx/') === true && port === 8080,
            policies: ['api-from-ingress'],
            line: 30,
          }
        : undefined;
    const r = traceConnection(withController(), {
      from: 'external',
      to: 'https://shop.example.com/api/orders',
    });
    expect(r.verdict).toBe('allowed');
    expect(r.hops.map((h) => h.kind)).toEqual([
      'source',
      'load-balancer',
      'snat',
      'ingress',
      'delivery',
      'ingress-routing',
      'service',
      'egress',
      'ingress',
      'delivery',
      'egress',
      'ingress',
      'delivery',
    ]);
    expect(r.hops[5]).toMatchObject({
      kind: 'ingress-routing',
      verdict: 'allowed',
      source: at(11),
    });
    expect(r.endpoints.map((e) => [e.pod, e.port, e.verdict])).toEqual([
      ['shop/api-0', 8080, 'allowed'],
      ['shop/api-1', 8080, 'allowed'],
    ]);
    // The client reaches the controller on its https port; the backends see the controller pod.
    expect(
      fake.calls.map((c) => [c.src.kind === 'pod' ? c.src.pod : c.src.ip, podOf(c.dst), c.port]),
    ).toEqual([
      ['203.0.113.10', 'ingress-nginx/controller-0', 443],
      ['ingress-nginx/controller-0', 'shop/api-0', 8080],
      ['ingress-nginx/controller-0', 'shop/api-1', 8080],
    ]);
  });

  it('§7.3 a rule admitting only the external client IP does not help: the source at the pod is the controller', () => {
    fake.ingress = (src, dst) =>
      podOf(dst)?.startsWith('shop/api')
        ? { allowed: src.ip === '203.0.113.10', policies: ['api-from-client'] }
        : undefined;
    const r = traceConnection(withController(), {
      from: 'external',
      to: 'https://shop.example.com/api',
    });
    expect([r.verdict, r.endpoints.map((e) => e.deniedBy)]).toEqual([
      'denied',
      [
        { direction: 'ingress', namespace: 'shop', policies: ['api-from-client'] },
        { direction: 'ingress', namespace: 'shop', policies: ['api-from-client'] },
      ],
    ]);
  });

  it('§7.3 the controller namespace egress policy governs controller → backend', () => {
    fake.egress = (src) =>
      podOf(src)?.startsWith('ingress-nginx/')
        ? { allowed: false, policies: ['ctl-egress'] }
        : undefined;
    const r = traceConnection(withController(), {
      from: 'external',
      to: 'https://shop.example.com/api',
    });
    expect(r.endpoints.map((e) => e.deniedBy?.namespace + ':' + e.deniedBy?.direction)).toEqual([
      'ingress-nginx:egress',
      'ingress-nginx:egress',
    ]);
  });

  it('§5.5 no rule matches → controller 404 → unreachable; the client still reached the controller', () => {
    const r = traceConnection(withController(), {
      from: 'external',
      to: 'http://other.example.com/',
    });
    expect([r.verdict, r.hops.at(-1)?.kind, r.hops.at(-1)?.verdict]).toEqual([
      'unreachable',
      'ingress-routing',
      'unreachable',
    ]);
    expect(r.summary).toContain("the controller's default backend returns 404");
  });

  it('§7.3 no controller pods: an ASSUMED controller in ingress-nginx is the source the backends see', () => {
    fake.ingress = (src, dst, port, _p, cluster) => {
      if (!podOf(dst)?.startsWith('shop/api')) return undefined;
      const srcPod = cluster.pods.find((p) => p.ref === podOf(src));
      return {
        allowed: srcPod?.namespace === 'ingress-nginx' && port === 8080,
        policies: ['api-from-ingress'],
      };
    };
    const c = shopCluster({ ingresses: [site] });
    const r = traceConnection(c, { from: 'external', to: 'https://shop.example.com/api' });
    expect(r.verdict).toBe('allowed');
    expect(fake.calls[0].src).toEqual({
      kind: 'pod',
      pod: 'ingress-nginx/ingress-nginx-controller-assumed',
      ip: '10.244.255.254',
    });
    expect(fake.calls[0].pods).toBe(c.pods.length + 1);
    expect(r.notes?.[0]).toMatch(
      /^no ingress controller pods in the manifests: ASSUMED an ingress-nginx controller/,
    );
  });

  it('§5.7 plain http to a TLS host notes the 308 redirect', () => {
    const r = traceConnection(withController(), {
      from: 'external',
      to: 'http://shop.example.com/api',
    });
    expect(r.notes?.some((n) => n.includes('308 redirect'))).toBe(true);
  });
});

describe('§3.6 ExternalName', () => {
  const ext = testService('shop/billing-db', null, [testPort(5432, 5432)], [], {
    type: 'ExternalName',
    externalName: 'db.example.net',
  });
  const c = () => shopCluster({ services: [ext] });
  it('§3.6 not isolated for egress: allowed wherever the CNAME points', () => {
    fake.dns.set(
      'billing-db',
      answer('billing-db', 'billing-db.shop.svc.cluster.local', 'CNAME', ['db.example.net.']),
    );
    const r = traceConnection(c(), { from: 'shop/web-0', to: 'billing-db' });
    expect([r.verdict, r.hops.map((h) => h.kind)]).toEqual([
      'allowed',
      ['source', 'dns', 'dns', 'service', 'egress'],
    ]);
    expect(r.hops[3].detail).toContain('Service shop/billing-db is ExternalName → db.example.net');
  });
  it('§6.9 isolated for egress with no ipBlock anywhere: denied, an external address needs an ipBlock', () => {
    fake.dns.set(
      'billing-db',
      answer('billing-db', 'billing-db.shop.svc.cluster.local', 'CNAME', ['db.example.net.']),
    );
    fake.egress = (src, dst) =>
      podOf(src) === 'shop/web-0'
        ? { allowed: dst.kind === 'pod', policies: ['web-out'] }
        : undefined;
    const r = traceConnection(c(), { from: 'shop/web-0', to: 'billing-db' });
    expect(r.verdict).toBe('denied');
  });
});

describe('CLI contract shape', () => {
  it('CLI-CONTRACT trace: verdict, hops {kind, detail, verdict, source?}, endpoints {pod, ip, port, verdict, deniedBy}', () => {
    fake.dns.set('api', answer('api', 'api.shop.svc.cluster.local', 'A', ['10.96.0.12']));
    fake.ingress = (_s, dst) =>
      podOf(dst) === 'shop/api-1' ? { allowed: false, policies: ['deny-all'], line: 3 } : undefined;
    const r = traceConnection(shopCluster(), { from: 'shop/web-0', to: 'api', port: 80 });
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['endpoints', 'hops', 'summary', 'verdict']);
    expect(json.verdict).toBe('partial');
    for (const h of r.hops) {
      expect([
        'source',
        'dns',
        'ingress-routing',
        'service',
        'node-port',
        'load-balancer',
        'snat',
        'egress',
        'ingress',
        'delivery',
      ]).toContain(h.kind);
      expect(typeof h.detail).toBe('string');
      expect(['allowed', 'denied', 'unreachable', 'info']).toContain(h.verdict);
    }
    expect(r.endpoints[1]).toEqual({
      pod: 'shop/api-1',
      ip: '10.244.2.5',
      port: 8080,
      node: 'node-3',
      verdict: 'denied',
      deniedBy: { direction: 'ingress', namespace: 'shop', policies: ['deny-all'] },
      nearestMiss: 'no rule of deny-all admits it',
    });
  });
});
