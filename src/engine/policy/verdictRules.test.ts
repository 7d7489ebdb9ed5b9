import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model/cluster';
import type { TestPod } from './testCluster';
import { testCluster } from './testCluster';
import { allowed, ext, policy, SHOP, verdict } from './verdictTestKit';

describe('§6.3 policyTypes defaulting and its traps', () => {
  const web = (spec: string) =>
    testCluster({
      pods: [...SHOP, { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.0.9' }],
      policies: policy('p', `podSelector: {matchLabels: {app: web}}\n${spec}`),
    });
  const row = (c: Cluster) => [
    allowed(c, 'shop/front', 'shop/web', 80),
    allowed(c, 'shop/web', 'shop/front', 80),
    allowed(c, 'shop/web', 'shop/db', 80),
  ];
  it('§6.3 only podSelector → deny all ingress, egress untouched', () => {
    expect(row(web(''))).toEqual([false, true, true]);
  });
  it('§6.3 egress rules without policyTypes also isolate ingress', () => {
    const c = web('egress:\n- to: [{podSelector: {matchLabels: {app: db}}}]');
    expect(c.policies[0].policyTypes).toEqual(['Ingress', 'Egress']);
    expect(row(c)).toEqual([false, false, true]);
  });
  it('§6.3 egress: [] without policyTypes does not restrict egress', () => {
    const c = web('egress: []');
    expect(c.policies[0].policyTypes).toEqual(['Ingress']);
    expect(row(c)).toEqual([false, true, true]);
  });
  it('§6.3 policyTypes [Egress] denies all egress, ingress untouched; ingress rules ignored', () => {
    const c = web('policyTypes: [Egress]\ningress: [{}]');
    expect(row(c)).toEqual([true, false, false]);
  });
  it('§6.3 policyTypes [Ingress, Egress] with no rules denies both', () => {
    expect(row(web('policyTypes: [Ingress, Egress]'))).toEqual([false, false, false]);
  });
});

describe('§6.5 peers', () => {
  const pods: TestPod[] = [
    { ref: 'srv/s', labels: { app: 's' }, ip: '10.244.0.20' },
    { ref: 'srv/client', labels: { role: 'client' }, ip: '10.244.0.21' },
    { ref: 'a/client', labels: { role: 'client' }, ip: '10.244.0.22' },
    { ref: 'a/other', labels: { role: 'other' }, ip: '10.244.0.23' },
  ];
  const namespaces = { a: { team: 'a' } };
  const probe = (c: Cluster) =>
    ['srv/client', 'a/client', 'a/other'].map((s) => allowed(c, s, 'srv/s', 80));
  it('§6.5 one element: namespaceSelector AND podSelector', () => {
    const c = testCluster({
      pods,
      namespaces,
      policies: policy(
        'and',
        'podSelector: {matchLabels: {app: s}}\ningress:\n- from:\n  - namespaceSelector: {matchLabels: {team: a}}\n    podSelector: {matchLabels: {role: client}}',
        'srv',
      ),
    });
    expect(probe(c)).toEqual([false, true, false]);
  });
  it('§6.5 two elements: namespaceSelector OR podSelector (own namespace)', () => {
    const c = testCluster({
      pods,
      namespaces,
      policies: policy(
        'or',
        'podSelector: {matchLabels: {app: s}}\ningress:\n- from:\n  - namespaceSelector: {matchLabels: {team: a}}\n  - podSelector: {matchLabels: {role: client}}',
        'srv',
      ),
    });
    expect(probe(c)).toEqual([true, true, true]);
  });
  it('§6.5 ipBlock except excludes only from that peer; another rule may still allow', () => {
    const egressPods: TestPod[] = [
      { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.2.7' },
      { ref: 'shop/db', labels: { app: 'db' }, ip: '10.244.1.6' },
      { ref: 'shop/src', labels: { app: 'src' }, ip: '10.244.0.5' },
    ];
    const c = testCluster({
      pods: egressPods,
      policies: policy(
        'out',
        'podSelector: {matchLabels: {app: src}}\npolicyTypes: [Egress]\negress:\n- to:\n  - ipBlock: {cidr: 10.0.0.0/8, except: [10.244.0.0/16]}\n- to:\n  - podSelector: {matchLabels: {app: db}}',
      ),
    });
    expect([
      allowed(c, 'shop/src', ext('10.1.2.3'), 80),
      allowed(c, 'shop/src', 'shop/db', 80),
      allowed(c, 'shop/src', 'shop/web', 80),
    ]).toEqual([true, true, false]);
    expect(verdict(c, 'shop/src', 'shop/db', 80).egress.allowedBy?.rule).toBe(1);
  });
  it('§6.5 an ipBlock covering a pod IP matches it, and the verdict is flagged', () => {
    const c = testCluster({
      pods: SHOP,
      policies: policy(
        'blk',
        'podSelector: {matchLabels: {app: db}}\ningress:\n- from: [{ipBlock: {cidr: 10.244.0.0/24}}]',
      ),
    });
    const v = verdict(c, 'shop/front', 'shop/db', 5432);
    expect([v.allowed, v.ingress.ipBlockCoversPod]).toEqual([true, true]);
    expect(allowed(c, 'other/front', 'shop/db', 5432)).toBe(false);
  });
});

describe('§6.6 named ports on egress resolve on each destination pod', () => {
  const pods: TestPod[] = [
    { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.0.2' },
    { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3', ports: [['metrics', 9100]] },
    { ref: 'shop/db', labels: { app: 'db' }, ip: '10.244.0.4', ports: [['metrics', 9187]] },
  ];
  const c = testCluster({
    pods,
    policies: policy(
      'web-out',
      'podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress:\n- ports: [{port: metrics}]',
    ),
  });
  it('§6.6 web → api:9100 and web → db:9187 allowed; web → db:9100 and external:9100 denied', () => {
    expect([
      allowed(c, 'shop/web', 'shop/api', 9100),
      allowed(c, 'shop/web', 'shop/db', 9187),
      allowed(c, 'shop/web', 'shop/db', 9100),
      allowed(c, 'shop/web', ext('203.0.113.5'), 9100),
    ]).toEqual([true, true, false, false]);
    expect(verdict(c, 'shop/web', 'shop/db', 9100).egress.nearestMiss).toBe(
      'rule 1 of web-out admits this destination, but on port metrics (metrics is 9187 on shop/db); the packet goes to port 9100',
    );
  });
});

describe('§6.8 special traffic and §6.1 plugins', () => {
  const pods: TestPod[] = [
    ...SHOP,
    {
      ref: 'kube-system/agent',
      labels: { app: 'agent' },
      ip: '192.168.0.2',
      node: 'node-2',
      hostNetwork: true,
    },
  ];
  const deny =
    policy('deny', 'podSelector: {}\npolicyTypes: [Ingress, Egress]') +
    policy('deny', 'podSelector: {}\npolicyTypes: [Ingress, Egress]', 'kube-system');
  const c = testCluster({ pods, policies: deny });
  it('§6.8 a pod can always reach itself', () => {
    expect(verdict(c, 'shop/db', 'shop/db', 5432).reason).toBe(
      'allowed: a pod can always reach itself; a pod can always reach itself',
    );
  });
  it('§6.8 a hostNetwork pod acts as its node: own-node pods accept it, others do not', () => {
    expect([
      allowed(c, 'kube-system/agent', 'shop/db', 5432),
      allowed(c, 'kube-system/agent', 'shop/api', 8080),
    ]).toEqual([true, false]);
  });
  it('§6.8 policies do not protect a hostNetwork pod; egress to the own node is allowed', () => {
    expect(verdict(c, 'shop/db', 'kube-system/agent', 80).allowed).toBe(true);
    expect(verdict(c, 'shop/api', 'kube-system/agent', 80).egress.allowed).toBe(false);
  });
  it('§6.1 a non-enforcing plugin allows everything and says why', () => {
    const flannel = testCluster({ pods, policies: deny, cni: 'flannel' });
    const v = verdict(flannel, 'shop/api', 'shop/db', 1);
    expect([v.allowed, v.egress.reason]).toEqual([
      true,
      'the network plugin flannel does not enforce NetworkPolicy',
    ]);
  });
});

describe('§6.9 Service ports and DNAT', () => {
  const pods: TestPod[] = [
    { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.0.2' },
    { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3', ports: [['http', 8080]] },
  ];
  it('§6.9 a rule on the Service port 80 does not admit the targetPort 8080', () => {
    const c = testCluster({
      pods,
      policies: policy(
        'web-to-api',
        'podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress:\n- to: [{podSelector: {matchLabels: {app: api}}}]\n  ports: [{port: 80}]',
      ),
    });
    expect([
      allowed(c, 'shop/web', 'shop/api', 8080),
      allowed(c, 'shop/web', 'shop/api', 80),
    ]).toEqual([false, true]);
  });
});
