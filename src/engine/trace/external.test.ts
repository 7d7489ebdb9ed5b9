import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Service } from '../model/cluster';
import { cidrContains } from '../net/ip';
import { fake, resetFakes } from './testFakes';
import { shopCluster, testEndpoints, testPod, testPort, testService } from './testCluster';
import { traceConnection } from './trace';

vi.mock('../policy/verdict', async () => ({
  evaluateConnection: (await import('./testFakes')).fakeEvaluate,
}));
vi.mock('../dns/resolver', async () => ({
  resolveName: (await import('./testFakes')).fakeResolve,
}));

beforeEach(resetFakes);
const podOf = (e: { kind: string; pod?: string }) => (e.kind === 'pod' ? e.pod : undefined);

/** §7.1: shop/web NodePort 80 → 8080, nodePort 30080; the only web pod runs on node-2. */
function nodePortWorld(etp: 'Cluster' | 'Local', extra: Partial<Service> = {}) {
  const pod = testPod('shop/webnp-0', '10.244.1.30', 'node-2', { app: 'webnp' });
  const svc = testService(
    'shop/web',
    '10.96.0.60',
    [testPort(80, 8080, { nodePort: 30080 })],
    testEndpoints([pod], [{ name: '', port: 8080 }]),
    { type: 'NodePort', externalTrafficPolicy: etp, ...extra },
  );
  // The pod admits only the external client's range by ipBlock; its own node is always allowed (§6.8).
  fake.ingress = (src, dst) =>
    podOf(dst) === 'shop/webnp-0'
      ? {
          allowed: src.kind !== 'pod' && cidrContains('203.0.113.0/24', src.ip),
          policies: ['web-in'],
          line: 20,
        }
      : undefined;
  return shopCluster({ pods: [pod], services: [svc] });
}

describe('§7.1 NodePort (all four cells)', () => {
  it('§7.1 Cluster, external → node-1:30080: source becomes node-1, which the ipBlock does not cover → denied', () => {
    const r = traceConnection(nodePortWorld('Cluster'), {
      from: 'external',
      to: '192.168.0.11:30080',
    });
    expect(r.verdict).toBe('denied');
    expect(fake.calls.map((c) => c.src)).toEqual([
      { kind: 'node', node: 'node-1', ip: '192.168.0.11' },
    ]);
    expect(r.hops.map((h) => h.kind)).toEqual(['source', 'node-port', 'snat', 'ingress']);
    expect(r.hops[1].source).toEqual({ file: 't.yaml', line: 5 });
  });

  it('§7.1 Cluster, external → node-2:30080: source is node-2 itself (own node) → allowed', () => {
    const r = traceConnection(nodePortWorld('Cluster'), {
      from: 'external',
      to: '192.168.0.12:30080',
    });
    expect([r.verdict, fake.calls[0].src]).toEqual([
      'allowed',
      { kind: 'node', node: 'node-2', ip: '10.244.1.1' },
    ]);
  });

  it('§7.1 Local, external → node-1:30080: no local endpoint → dropped, unreachable', () => {
    const r = traceConnection(nodePortWorld('Local'), {
      from: 'external',
      to: '192.168.0.11:30080',
    });
    expect([r.verdict, r.hops[1].kind, r.hops[1].verdict]).toEqual([
      'unreachable',
      'node-port',
      'unreachable',
    ]);
    expect(r.summary).toContain(
      'externalTrafficPolicy Local and no endpoint of Service shop/web on node-1',
    );
  });

  it('§7.1 Local, external → node-2:30080: the client IP is kept and the ipBlock admits it', () => {
    const r = traceConnection(nodePortWorld('Local'), {
      from: 'external',
      to: '192.168.0.12:30080',
    });
    expect([r.verdict, fake.calls[0].src]).toEqual([
      'allowed',
      { kind: 'external', ip: '203.0.113.10' },
    ]);
  });

  it('§7.1 the ClusterIP stays valid at the same time (pod → 10.96.0.60:80 → 8080)', () => {
    const r = traceConnection(nodePortWorld('Cluster'), {
      from: 'shop/web-0',
      to: '10.96.0.60:80',
    });
    expect(r.endpoints.map((e) => [e.port, e.verdict])).toEqual([[8080, 'denied']]);
  });
});

describe('§7.2 LoadBalancer', () => {
  const lb = (ranges: string[], etp: 'Cluster' | 'Local' = 'Cluster') =>
    nodePortWorld(etp, {
      type: 'LoadBalancer',
      loadBalancerIP: '198.51.100.7',
      loadBalancerSourceRanges: ranges,
    });

  it('§3.5 loadBalancerSourceRanges: a client outside the ranges is dropped at the load balancer', () => {
    const r = traceConnection(lb(['10.0.0.0/8']), { from: 'external', to: '198.51.100.7:80' });
    expect([r.verdict, r.hops.map((h) => `${h.kind}:${h.verdict}`)]).toEqual([
      'denied',
      ['source:info', 'load-balancer:denied'],
    ]);
    expect(r.summary).toContain('203.0.113.10 is outside loadBalancerSourceRanges (10.0.0.0/8)');
  });

  it('§7.2 Cluster: inside the ranges, the LB may pick any node; allowed only if every node is', () => {
    const r = traceConnection(lb(['203.0.113.0/24']), { from: 'external', to: '198.51.100.7:80' });
    expect(r.verdict).toBe('denied');
    expect(fake.calls.map((c) => (c.src.kind === 'node' ? c.src.node : c.src.kind))).toEqual([
      'node-1',
      'node-2',
      'node-3',
    ]);
    expect(r.endpoints[0].nearestMiss).toMatch(/^from node-1's address 192.168.0.11/);
  });

  it('§7.2 Local: the client IP is kept (VIP mode) and the ipBlock admits it', () => {
    const r = traceConnection(lb(['203.0.113.0/24'], 'Local'), {
      from: 'external',
      to: '198.51.100.7',
    });
    expect([r.verdict, fake.calls.map((c) => c.src)]).toEqual([
      'allowed',
      [{ kind: 'external', ip: '203.0.113.10' }],
    ]);
  });

  it('§3.10.5 pod → LB IP with Cluster is masqueraded to the client node; with Local the pod IP is kept', () => {
    traceConnection(lb([]), { from: 'shop/web-0', to: '198.51.100.7:80' });
    expect(fake.calls[0].src).toEqual({ kind: 'node', node: 'node-1', ip: '192.168.0.11' });
    resetFakes();
    traceConnection(lb([], 'Local'), { from: 'shop/web-0', to: '198.51.100.7:80' });
    expect(fake.calls[0].src).toEqual({ kind: 'pod', pod: 'shop/web-0', ip: '10.244.0.5' });
  });
});

describe('§3.10.5 SNAT from pods and host network', () => {
  it('§7 hostNetwork source → ClusterIP: the source is its node, never a pod', () => {
    const hn = testPod(
      'shop/agent',
      '192.168.0.11',
      'node-1',
      { app: 'agent' },
      { hostNetwork: true },
    );
    traceConnection(shopCluster({ pods: [hn] }), { from: 'shop/agent', to: '10.96.0.12:80' });
    expect(fake.calls.map((c) => c.src)).toEqual([
      { kind: 'node', node: 'node-1', ip: '192.168.0.11' },
      { kind: 'node', node: 'node-1', ip: '192.168.0.11' },
    ]);
  });

  it('§3.10.5 pod → node port with Cluster: masqueraded to the receiving node', () => {
    traceConnection(nodePortWorld('Cluster'), { from: 'shop/web-0', to: '192.168.0.13:30080' });
    expect(fake.calls.map((c) => c.src)).toEqual([
      { kind: 'node', node: 'node-3', ip: '192.168.0.13' },
    ]);
  });

  it('§3.11 external → externalIP:port is forwarded like a node port (any node may receive it)', () => {
    const c = nodePortWorld('Cluster', { type: 'ClusterIP', externalIPs: ['192.0.2.50'] });
    const r = traceConnection(c, { from: 'external', to: '192.0.2.50:80' });
    expect([r.verdict, fake.calls.length]).toEqual(['denied', 3]);
  });
});

describe('trace edges', () => {
  it('from external, a cluster DNS name does not resolve → unreachable with a clear summary', () => {
    const r = traceConnection(shopCluster(), { from: 'external', to: 'api.shop', port: 80 });
    expect(r.verdict).toBe('unreachable');
    expect(r.summary).toContain('clients outside the cluster cannot ask');
  });

  it('external → a ClusterIP is unreachable: it is virtual', () => {
    expect(traceConnection(shopCluster(), { from: 'external', to: '10.96.0.12:80' }).verdict).toBe(
      'unreachable',
    );
  });

  it('bad queries come back with error and unreachable, never a throw', () => {
    const c = shopCluster();
    expect(traceConnection(c, { from: 'shop/nope', to: '10.96.0.12:80' })).toEqual({
      verdict: 'unreachable',
      summary:
        'shop/nope → 10.96.0.12:80: unknown pod "shop/nope" (use namespace/name, namespace/<workload> or external)',
      hops: [],
      endpoints: [],
      error: 'unknown pod "shop/nope" (use namespace/name, namespace/<workload> or external)',
    });
    expect(traceConnection(c, { from: 'external:999.1.1.1', to: 'x' }).error).toBe(
      '"999.1.1.1" is not an IP address (use external or external:IP)',
    );
    expect(traceConnection(c, { from: 'shop/web-0', to: 'a b' }).error).toBe(
      '"a b" is not a pod, IP, DNS name or http(s) URL',
    );
    expect(traceConnection(c, { from: 'shop/web-0', to: '10.96.0.12:80', port: 81 }).error).toBe(
      'the target says port 80 but --port says 81',
    );
    expect(traceConnection(c, { from: 'shop/web-0', to: 'shop/ghost' }).error).toContain(
      'unknown pod "shop/ghost"',
    );
  });

  it('§6.1 a non-enforcing plugin: every verdict allowed, and the trace says why', () => {
    fake.ingress = () => ({ allowed: false, policies: ['deny-all'] });
    const c = { ...shopCluster(), settings: { ...shopCluster().settings, cni: 'flannel' } };
    const r = traceConnection(c, { from: 'shop/web-0', to: '10.96.0.12:80' });
    expect(r.verdict).toBe('allowed');
    expect(fake.calls).toEqual([]);
    expect(r.hops[0].detail).toContain('"flannel" does not enforce NetworkPolicy');
  });

  it('pod → pod straight to its IP, port required unless a single container port', () => {
    const c = shopCluster();
    c.pods[3].ports = [{ name: 'http', containerPort: 8080, protocol: 'TCP', container: 'c' }];
    const r = traceConnection(c, { from: 'shop/web-0', to: 'shop/api-0' });
    expect([r.verdict, r.endpoints[0].port, r.hops.map((h) => h.kind)]).toEqual([
      'allowed',
      8080,
      ['source', 'service', 'egress', 'ingress', 'delivery'],
    ]);
    expect(traceConnection(c, { from: 'shop/web-0', to: 'shop/api-1' }).summary).toContain(
      'a port is needed to reach pod shop/api-1',
    );
  });

  it('§3.7 a Service without selector pointing outside: egress to that external IP', () => {
    const legacy = testService(
      'shop/legacy',
      '10.96.0.70',
      [testPort(80, 9376, { name: 'http' })],
      [{ ip: '192.0.2.42', ready: true, ports: [{ name: 'http', port: 9376, protocol: 'TCP' }] }],
      { selector: null },
    );
    fake.egress = (src, dst) =>
      src.kind === 'pod' ? { allowed: dst.kind === 'external', policies: ['out'] } : undefined;
    const r = traceConnection(shopCluster({ services: [legacy] }), {
      from: 'shop/web-0',
      to: '10.96.0.70:80',
    });
    expect([r.verdict, r.endpoints]).toEqual([
      'allowed',
      [{ ip: '192.0.2.42', port: 9376, verdict: 'allowed' }],
    ]);
  });
});
