import { describe, expect, it } from 'vitest';
import type { Cluster, Protocol } from '../model/cluster';
import type { PolicyEndpoint } from '../model/policy';
import { testCluster, type TestPod } from './testCluster';
import { evaluateConnection } from './verdict';

const pod = (c: Cluster, ref: string): PolicyEndpoint => ({
  kind: 'pod',
  pod: ref,
  ip: c.pods.find((p) => p.ref === ref)!.ip!,
});
const ext = (ip: string): PolicyEndpoint => ({ kind: 'external', ip });
const verdict = (
  c: Cluster,
  from: string | PolicyEndpoint,
  to: string | PolicyEndpoint,
  port: number,
  proto: Protocol = 'TCP',
) =>
  evaluateConnection(
    c,
    typeof from === 'string' ? pod(c, from) : from,
    typeof to === 'string' ? pod(c, to) : to,
    port,
    proto,
  );
const allowed = (
  c: Cluster,
  from: string | PolicyEndpoint,
  to: string | PolicyEndpoint,
  port: number,
  proto: Protocol = 'TCP',
) => verdict(c, from, to, port, proto).allowed;

const SHOP: TestPod[] = [
  { ref: 'shop/front', labels: { app: 'front' }, ip: '10.244.0.2', ports: [['http', 80]] },
  {
    ref: 'shop/api',
    labels: { app: 'api' },
    ip: '10.244.0.3',
    node: 'node-1',
    ports: [['http', 8080]],
  },
  {
    ref: 'shop/db',
    labels: { app: 'db' },
    ip: '10.244.1.4',
    node: 'node-2',
    ports: [['pg', 5432]],
  },
  { ref: 'other/front', labels: { app: 'front' }, ip: '10.244.1.5', node: 'node-2' },
];

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

const policy = (name: string, spec: string, ns = 'shop') =>
  `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n${spec
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

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
