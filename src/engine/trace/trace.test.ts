import { beforeEach, describe, expect, it, vi } from 'vitest';
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
const kinds = (r: { hops: { kind: string; verdict: string }[] }) =>
  r.hops.map((h) => `${h.kind}:${h.verdict}`);
const podOf = (e: { kind: string; pod?: string }) => (e.kind === 'pod' ? e.pod : undefined);

describe('pod → Service (§3.10, §6.9)', () => {
  it('§6.9 DNAT: a policy naming the Service port 80 denies at egress, the backends listen on 8080', () => {
    fake.dns.set('api', answer('api', 'api.shop.svc.cluster.local', 'A', ['10.96.0.12']));
    fake.egress = (src, dst, port, proto) =>
      podOf(src) === 'shop/web-0' && !(proto === 'UDP' && port === 53)
        ? {
            allowed: port === 80,
            policies: ['web-to-api'],
            line: 42,
            miss: 'rule 1 allows port 80, the packet is on 8080',
          }
        : undefined;
    const r = traceConnection(shopCluster(), { from: 'shop/web-0', to: 'api', port: 80 });
    expect(r.verdict).toBe('denied');
    expect(kinds(r)).toEqual([
      'source:info',
      'dns:allowed',
      'dns:allowed',
      'service:info',
      'snat:info',
      'egress:denied',
      'egress:denied',
    ]);
    expect(r.endpoints).toEqual([
      {
        pod: 'shop/api-0',
        ip: '10.244.1.5',
        port: 8080,
        node: 'node-2',
        verdict: 'denied',
        deniedBy: { direction: 'egress', namespace: 'shop', policies: ['web-to-api'] },
        nearestMiss: 'rule 1 allows port 80, the packet is on 8080',
      },
      {
        pod: 'shop/api-1',
        ip: '10.244.2.5',
        port: 8080,
        node: 'node-3',
        verdict: 'denied',
        deniedBy: { direction: 'egress', namespace: 'shop', policies: ['web-to-api'] },
        nearestMiss: 'rule 1 allows port 80, the packet is on 8080',
      },
    ]);
    expect(r.hops[5].source).toEqual({ file: 't.yaml', line: 42 });
    expect(fake.calls.filter((c) => c.proto === 'TCP').map((c) => [podOf(c.dst), c.port])).toEqual([
      ['shop/api-0', 8080],
      ['shop/api-1', 8080],
    ]);
  });

  it('§6.10 the DNS pitfall: egress isolation without a DNS rule denies at the DNS hop', () => {
    fake.dns.set('api', answer('api', 'api.shop.svc.cluster.local', 'A', ['10.96.0.12']));
    fake.egress = (src, dst) =>
      podOf(src) === 'shop/web-0'
        ? {
            allowed: podOf(dst)?.startsWith('shop/api') ?? false,
            policies: ['web-egress'],
            line: 7,
          }
        : undefined;
    const r = traceConnection(shopCluster(), { from: 'shop/web-0', to: 'api', port: 80 });
    expect(r.verdict).toBe('denied');
    expect(kinds(r)).toEqual(['source:info', 'dns:denied']);
    expect(r.hops[1].source).toEqual({ file: 't.yaml', line: 7 });
    expect(r.hops[1].detail).toContain('denied at egress by web-egress');
    expect(r.endpoints).toEqual([]);
    expect(fake.calls.map((c) => [podOf(c.dst), c.port, c.proto])).toEqual([
      ['kube-system/coredns-0', 53, 'UDP'],
      ['kube-system/coredns-1', 53, 'UDP'],
    ]);
  });

  it('§3.10 internalTrafficPolicy Local: no endpoint on the client node → unreachable; on node-2 → that pod', () => {
    const cachePod = testPod('shop/cache-0', '10.244.1.9', 'node-2', { app: 'cache' });
    const client2 = testPod('shop/tool-0', '10.244.1.10', 'node-2', { app: 'tool' });
    const cache = testService(
      'shop/cache',
      '10.96.0.40',
      [testPort(6379, 6379)],
      testEndpoints([cachePod], [{ name: '', port: 6379 }]),
      { internalTrafficPolicy: 'Local' },
    );
    const c = shopCluster({ pods: [cachePod, client2], services: [cache] });
    const r1 = traceConnection(c, { from: 'shop/web-0', to: '10.96.0.40:6379' });
    expect([r1.verdict, r1.summary]).toEqual([
      'unreachable',
      'shop/web-0 → 10.96.0.40:6379 is unreachable: Service shop/cache has internalTrafficPolicy Local and no endpoint on node-1: the connection is dropped',
    ]);
    const r2 = traceConnection(c, { from: 'shop/tool-0', to: '10.96.0.40:6379' });
    expect([r2.verdict, r2.endpoints.map((e) => e.pod)]).toEqual(['allowed', ['shop/cache-0']]);
  });

  it('§3.8 a named targetPort resolving differently per pod gives partial', () => {
    const v1 = testPod('shop/web-v1', '10.244.1.20', 'node-2', { app: 'site' });
    const v2 = testPod('shop/web-v2', '10.244.2.20', 'node-3', { app: 'site' });
    const site = testService(
      'shop/site',
      '10.96.0.50',
      [testPort(80, 'http', { name: 'main' })],
      testEndpoints([v1, v2], [{ name: 'main', port: (p) => (p.name === 'web-v1' ? 8080 : 9090) }]),
    );
    fake.ingress = (_s, dst, port) =>
      podOf(dst)?.startsWith('shop/web-v')
        ? { allowed: port === 8080, policies: ['site-in'], line: 9 }
        : undefined;
    const r = traceConnection(shopCluster({ pods: [v1, v2], services: [site] }), {
      from: 'shop/web-0',
      to: '10.96.0.50',
      port: 80,
    });
    expect(r.verdict).toBe('partial');
    expect(r.endpoints.map((e) => [e.pod, e.port, e.verdict, e.deniedBy?.direction])).toEqual([
      ['shop/web-v1', 8080, 'allowed', undefined],
      ['shop/web-v2', 9090, 'denied', 'ingress'],
    ]);
    expect(r.summary).toBe(
      'shop/web-0 → 10.96.0.50 port 80 is partial: 1 of 2 endpoints allowed (shop/web-v1); denied: shop/web-v2 at ingress by site-in (shop): no rule of site-in admits it.',
    );
  });

  it('§3.10 a Service port must match number and protocol; no port → unreachable at the Service line', () => {
    const r = traceConnection(shopCluster(), {
      from: 'shop/web-0',
      to: '10.96.0.12',
      port: 80,
      protocol: 'UDP',
    });
    expect(r.verdict).toBe('unreachable');
    expect(r.hops[1]).toEqual({
      kind: 'service',
      detail:
        'Service shop/api has no port 80/UDP (its ports: 80/TCP); 10.96.0.12:80 is not forwarded',
      verdict: 'unreachable',
      source: { file: 't.yaml', line: 3 },
    });
  });

  it('§3.10.5 hairpin: a pod reaching itself through its Service is seen from its node (bridge address)', () => {
    traceConnection(shopCluster(), { from: 'shop/api-0', to: '10.96.0.12:80' });
    expect(fake.calls[0].src).toEqual({ kind: 'node', node: 'node-2', ip: '10.244.1.1' });
    expect(fake.calls[1].src).toEqual({ kind: 'pod', pod: 'shop/api-0', ip: '10.244.1.5' });
  });

  it('headless: DNS returns the pod IPs and the client connects to each directly on its port', () => {
    const h = testService(
      'shop/api-h',
      'None',
      [testPort(8080, 8080)],
      testEndpoints(
        shopCluster().pods.filter((p) => p.labels.app === 'api'),
        [{ name: '', port: 8080 }],
      ),
    );
    fake.dns.set(
      'api-h',
      answer('api-h', 'api-h.shop.svc.cluster.local', 'A', ['10.244.1.5', '10.244.2.5']),
    );
    const r = traceConnection(shopCluster({ services: [h] }), { from: 'shop/web-0', to: 'api-h' });
    expect([r.verdict, r.endpoints.map((e) => `${e.pod}:${e.port}`)]).toEqual([
      'allowed',
      ['shop/api-0:8080', 'shop/api-1:8080'],
    ]);
  });
});
