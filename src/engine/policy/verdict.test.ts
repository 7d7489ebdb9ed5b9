import { describe, expect, it } from 'vitest';
import type { PolicyEndpoint } from '../model/policy';
import type { TestPod } from './testCluster';
import { testCluster } from './testCluster';
import { allowed, ext, policy, SHOP, verdict } from './verdictTestKit';

const EXAMPLE_A = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-in, namespace: shop}
spec: {podSelector: {}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-front, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: front}}}]
    ports: [{port: 8080}]
`;

describe('§6.11 (a) default deny plus an allow rule', () => {
  const c = testCluster({ pods: SHOP, policies: EXAMPLE_A });
  it('§6.11a shop/front → shop/api :8080 allowed (union of both policies)', () => {
    const v = verdict(c, 'shop/front', 'shop/api', 8080);
    expect(v.allowed).toBe(true);
    expect(v.ingress.isolatingPolicies).toEqual(['api-from-front', 'deny-in']);
    expect(v.ingress.allowedBy).toEqual({
      policy: 'api-from-front',
      rule: 0,
      source: { file: 'policies.yaml', line: 13 },
    });
    expect(v.ingress.reason).toBe('rule 1 of api-from-front admits this source');
  });
  it('§6.11a shop/front → shop/api :9090 denied at ingress, nearest miss names the port', () => {
    const v = verdict(c, 'shop/front', 'shop/api', 9090);
    expect(v.allowed).toBe(false);
    expect(v.ingress.allowed).toBe(false);
    expect(v.ingress.nearestMiss).toBe(
      'rule 1 of api-from-front admits this source, but on port 8080; the packet goes to port 9090',
    );
  });
  it('§6.11a shop/front → shop/db :5432 denied (deny-in has no rule)', () => {
    const v = verdict(c, 'shop/front', 'shop/db', 5432);
    expect(v.allowed).toBe(false);
    expect(v.ingress.isolatingPolicies).toEqual(['deny-in']);
    expect(v.ingress.nearestMiss).toBe('deny-in has no ingress rules: it only isolates the pod');
    expect(v.ingress.decidedAt).toEqual({ file: 'policies.yaml', line: 2 });
  });
  it('§6.11a other/front → shop/api :8080 denied (podSelector alone = same namespace)', () => {
    const v = verdict(c, 'other/front', 'shop/api', 8080);
    expect(v.allowed).toBe(false);
    expect(v.ingress.nearestMiss).toBe(
      "rule 1 of api-from-front admits pods {app=front} in namespace shop; podSelector alone means the policy's own namespace (shop); this source is in other",
    );
  });
  it('§6.11a shop/api → shop/front :80 denied (front isolated by deny-in)', () => {
    expect(allowed(c, 'shop/api', 'shop/front', 80)).toBe(false);
  });
  it('§6.11a shop/api → 203.0.113.9 :443 allowed (nobody isolated for egress)', () => {
    const v = verdict(c, 'shop/api', ext('203.0.113.9'), 443);
    expect(v.allowed).toBe(true);
    expect(v.egress.reason).toBe('the source pod is not isolated for egress');
  });
  it("§6.11a kubelet on api's node → shop/api :8080 allowed (own node)", () => {
    const node: PolicyEndpoint = { kind: 'node', node: 'node-1', ip: '192.168.0.1' };
    expect(verdict(c, node, 'shop/api', 8080).ingress.reason).toBe(
      "traffic from the pod's own node is always allowed (§6.8)",
    );
    expect(allowed(c, node, 'shop/db', 5432)).toBe(false);
  });
  it('§6.8 the bridge .1 address of the node pod CIDR counts as the own node', () => {
    expect(allowed(c, ext('10.244.0.1'), 'shop/api', 9999)).toBe(true);
    expect(allowed(c, ext('10.244.1.1'), 'shop/api', 9999)).toBe(false);
  });
  it('§6.7 nearest miss prefers the right namespace with wrong labels', () => {
    const v = verdict(c, 'shop/db', 'shop/api', 8080);
    expect(v.ingress.nearestMiss).toBe(
      'rule 1 of api-from-front admits pods {app=front} in namespace shop; this source has {app=db}',
    );
  });
});

describe('§6.11 (b) allow-all variants', () => {
  const outside = { kind: 'external' as const, ip: '203.0.113.9' };
  it('§6.11b ingress: [{}] admits all sources and ports', () => {
    const c = testCluster({
      pods: SHOP,
      policies: policy('all', 'podSelector: {}\ningress: [{}]'),
    });
    expect([
      allowed(c, 'other/front', 'shop/db', 1),
      allowed(c, outside, 'shop/db', 65535, 'UDP'),
    ]).toEqual([true, true]);
  });
  it('§6.11b from podSelector {} admits only pods of this namespace', () => {
    const c = testCluster({
      pods: SHOP,
      policies: policy('ns', 'podSelector: {}\ningress: [{from: [{podSelector: {}}]}]'),
    });
    expect([
      allowed(c, 'shop/front', 'shop/db', 1),
      allowed(c, 'other/front', 'shop/db', 1),
      allowed(c, outside, 'shop/db', 1),
    ]).toEqual([true, false, false]);
  });
  it('§6.11b from namespaceSelector {} admits all pods but no external address', () => {
    const c = testCluster({
      pods: SHOP,
      policies: policy('pods', 'podSelector: {}\ningress: [{from: [{namespaceSelector: {}}]}]'),
    });
    expect([allowed(c, 'other/front', 'shop/db', 1), allowed(c, outside, 'shop/db', 1)]).toEqual([
      true,
      false,
    ]);
  });
});

describe('§6.11 (c) and §6.6 protocols', () => {
  const c = testCluster({
    pods: SHOP,
    policies: policy('dns', 'podSelector: {}\ningress:\n- ports: [{port: 53}]'),
  });
  it('§6.11c ports [{port: 53}] allows TCP/53 only; UDP/53 is denied', () => {
    expect(allowed(c, 'shop/front', 'shop/db', 53, 'TCP')).toBe(true);
    const v = verdict(c, 'shop/front', 'shop/db', 53, 'UDP');
    expect(v.allowed).toBe(false);
    expect(v.ingress.nearestMiss).toBe(
      'rule 1 of dns admits this source, but only over TCP 53; the packet is UDP 53',
    );
  });
  it('Appendix A ports: [{}] allows every TCP port and no UDP', () => {
    const c2 = testCluster({
      pods: SHOP,
      policies: policy('tcp', 'podSelector: {}\ningress:\n- ports: [{}]'),
    });
    expect([
      allowed(c2, 'shop/front', 'shop/db', 1),
      allowed(c2, 'shop/front', 'shop/db', 9, 'UDP'),
    ]).toEqual([true, false]);
  });
  it('§6.6 endPort range is inclusive', () => {
    const c3 = testCluster({
      pods: SHOP,
      policies: policy(
        'range',
        'podSelector: {}\ningress:\n- ports: [{protocol: TCP, port: 32000, endPort: 32768}]',
      ),
    });
    expect(
      [31999, 32000, 32768, 32769].map((p) => allowed(c3, 'shop/front', 'shop/db', p)),
    ).toEqual([false, true, true, false]);
  });
});

describe('§6.11 (d) both ends must agree', () => {
  const pods: TestPod[] = [
    { ref: 'a/x', labels: { app: 'x' }, ip: '10.244.0.10' },
    { ref: 'b/y', labels: { app: 'y' }, ip: '10.244.0.11' },
    { ref: 'c/z', labels: { app: 'z' }, ip: '10.244.0.12' },
  ];
  const c = testCluster({
    pods,
    policies:
      policy(
        'x-out',
        'podSelector: {matchLabels: {app: x}}\npolicyTypes: [Egress]\negress:\n- to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: b}}, podSelector: {matchLabels: {app: y}}}]',
        'a',
      ) +
      policy(
        'y-in',
        'podSelector: {matchLabels: {app: y}}\ningress:\n- from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: c}}}]',
        'b',
      ),
  });
  it('§6.11d a/x → b/y denied at ingress although egress allows it', () => {
    const v = verdict(c, 'a/x', 'b/y', 80);
    expect([v.egress.allowed, v.ingress.allowed]).toEqual([true, false]);
    expect(v.reason.startsWith('denied at ingress')).toBe(true);
  });
  it('§6.11d c/z → b/y allowed; a/x → c/z denied at egress', () => {
    expect(allowed(c, 'c/z', 'b/y', 80)).toBe(true);
    expect(verdict(c, 'a/x', 'c/z', 80).egress.allowed).toBe(false);
  });
});
