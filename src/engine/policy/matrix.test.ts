import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Protocol } from '../model/cluster';
import { computeClassMatrix, matrixCell } from './classMatrix';
import { computeMatrix, expandMatrix } from './matrix';
import { referenceMatrix } from './referenceMatrix';
import { testCluster, type TestPod } from './testCluster';
import { computeWorkloadMatrix } from './workloadMatrix';

const NAMESPACES = ['a', 'b', 'c'];
const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];
const label = fc.record(
  { app: fc.constantFrom('web', 'db', 'api'), tier: fc.constantFrom('x', 'y') },
  { requiredKeys: [] },
);

const selector = fc.record(
  {
    matchLabels: label,
    matchExpressions: fc.array(
      fc.oneof(
        fc.record({
          key: fc.constantFrom('app', 'tier', 'team'),
          operator: fc.constantFrom('In', 'NotIn'),
          values: fc.array(fc.constantFrom('web', 'db', 'x', 'y', 't1'), {
            minLength: 1,
            maxLength: 2,
          }),
        }),
        fc.record({
          key: fc.constantFrom('app', 'tier', 'team'),
          operator: fc.constantFrom('Exists', 'DoesNotExist'),
        }),
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

const BLOCKS: [string, string[]][] = [
  ['10.244.0.0/16', ['10.244.1.0/24']],
  ['10.244.0.0/24', ['10.244.0.0/25']],
  ['0.0.0.0/0', ['10.244.0.0/24']],
  ['10.244.1.0/25', []],
  ['192.168.0.0/24', ['192.168.0.2/32']],
  ['10.244.0.3/32', []],
];

const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ podSelector: selector, namespaceSelector: selector }),
  fc.constantFrom(...BLOCKS).map(([cidr, except]) => ({ ipBlock: { cidr, except } })),
  fc.constantFrom(...BLOCKS).map(([cidr, except]) => ({ ipBlock: { cidr, except } })),
);

const port = fc.oneof(
  fc.record({ protocol: fc.constantFrom(...PROTOCOLS) }, { requiredKeys: [] }),
  fc.record(
    { protocol: fc.constantFrom(...PROTOCOLS), port: fc.constantFrom(53, 80, 8080, 9100) },
    { requiredKeys: ['port'] },
  ),
  {
    arbitrary: fc.record(
      { protocol: fc.constantFrom(...PROTOCOLS), port: fc.constantFrom('http', 'metrics') },
      { requiredKeys: ['port'] },
    ),
    weight: 3,
  },
  fc.record({ port: fc.constantFrom(53, 80), endPort: fc.constantFrom(80, 8080, 9100) }),
);

const rules = (key: 'from' | 'to') =>
  fc.option(
    fc.array(
      fc.record(
        {
          [key]: fc.option(fc.array(peer, { maxLength: 2 }), { nil: undefined }),
          ports: fc.option(fc.array(port, { maxLength: 2 }), { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    {
      nil: undefined,
    },
  );

const policy = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  spec: fc.record(
    {
      podSelector: fc.oneof(fc.constant({}), selector),
      policyTypes: fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress'], []),
      ingress: rules('from'),
      egress: rules('to'),
    },
    { requiredKeys: [] },
  ),
});

const POD_IPS = ['10.244.0.2', '10.244.0.3', '10.244.0.130', '10.244.1.2', '10.244.1.200'];
const containerPort = fc.tuple(
  fc.constantFrom('http', 'metrics', undefined),
  fc.constantFrom(53, 80, 8080),
  fc.constantFrom<Protocol>('TCP', 'TCP', 'UDP'),
);
const pod = fc.record({
  ns: fc.constantFrom('a', 'a', 'b', 'c'),
  // Few label sets and ports, so pods often differ only by IP, node or hostNetwork.
  labels: fc.constantFrom({}, { app: 'web' }, { app: 'db', tier: 'x' }),
  kind: fc.constantFrom('pod', 'pod', 'pod', 'pod', 'hostNetwork', 'pending'),
  ip: fc.constantFrom(...POD_IPS),
  node: fc.constantFrom('node-1', 'node-2'),
  ports: fc.array(containerPort, { maxLength: 2 }),
});

const cluster = fc.record({
  pods: fc.array(pod, { minLength: 1, maxLength: 8 }),
  policies: fc.array(policy, { maxLength: 4 }),
  nsLabels: fc.record({
    a: fc.record({ team: fc.constantFrom('t1', 't2') }, { requiredKeys: [] }),
    b: fc.record({ team: fc.constantFrom('t1', 't2') }, { requiredKeys: [] }),
  }),
  cni: fc.constantFrom('calico', 'calico', 'calico', 'flannel'),
  query: fc.record({
    port: fc.constantFrom<number | string>(53, 80, 8080, 9100, 'http', 'metrics'),
    protocol: fc.constantFrom<Protocol>('TCP', 'TCP', 'UDP', 'SCTP'),
  }),
});

type GeneratedCluster = typeof cluster extends fc.Arbitrary<infer T> ? T : never;

function build(c: GeneratedCluster) {
  const pods: TestPod[] = c.pods.map((p, i) => ({
    ref: `${p.ns}/p${i}`,
    labels: p.labels as Record<string, string>,
    ip:
      p.kind === 'pending'
        ? undefined
        : p.kind === 'hostNetwork'
          ? p.node === 'node-1'
            ? '192.168.0.1'
            : '192.168.0.2'
          : p.ip,
    node: p.node,
    hostNetwork: p.kind === 'hostNetwork',
    ports: p.ports,
  }));
  const yaml = c.policies
    .map((p, i) =>
      JSON.stringify({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: `np${i}`, namespace: p.namespace },
        spec: p.spec,
      }),
    )
    .join('\n---\n');
  return testCluster({
    pods,
    policies: yaml,
    namespaces: c.nsLabels as Record<string, Record<string, string>>,
    cni: c.cni,
  });
}

describe('computeMatrix', () => {
  it('§6.7 the class-based matrix equals the pair-by-pair reference on random clusters', () => {
    fc.assert(
      fc.property(cluster, (c) => {
        const k = build(c);
        const ref = referenceMatrix(k, c.query);
        const compact = computeClassMatrix(k, c.query);
        expect(JSON.parse(JSON.stringify(compact))).toEqual(compact); // plain JSON
        expect(expandMatrix(compact)).toEqual(ref);
        expect(computeMatrix(k, c.query)).toEqual(ref);
        ref.pods.forEach((s, i) =>
          ref.pods.forEach((d, j) => expect(matrixCell(compact, i, j)).toBe(ref.matrix[s][d])),
        );
      }),
      { numRuns: 600 },
    );
  });

  it('§6.7 the generators reach both verdicts, hostNetwork pods and ipBlocks over pods', () => {
    const seen = { allowed: 0, denied: 0, policies: 0 };
    fc.assert(
      fc.property(cluster, (c) => {
        const k = build(c);
        seen.policies += k.policies.length;
        for (const row of Object.values(referenceMatrix(k, c.query).matrix)) {
          for (const v of Object.values(row)) seen[v ? 'allowed' : 'denied']++;
        }
      }),
      { numRuns: 100, seed: 7 },
    );
    expect(seen.allowed).toBeGreaterThan(100);
    expect(seen.denied).toBeGreaterThan(100);
    expect(seen.policies).toBeGreaterThan(50);
  });

  const pods: TestPod[] = [
    { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3', ports: [['http', 8080]] },
    { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.0.2' },
    { ref: 'shop/queued', labels: { app: 'web' } },
  ];
  const deny =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: d, namespace: shop}\nspec: {podSelector: {matchLabels: {app: api}}}\n';

  it('CLI contract: rows and columns sorted, self always true, a named port missing on the destination is false', () => {
    const m = computeMatrix(testCluster({ pods }), { port: 'http' });
    expect(m.pods).toEqual(['shop/api', 'shop/web']);
    expect(m.matrix).toEqual({
      'shop/api': { 'shop/api': true, 'shop/web': false },
      'shop/web': { 'shop/api': true, 'shop/web': true },
    });
    expect(m.port).toBe('http');
  });

  it('Pending pods (no IP) have no address: they are left out of the matrix, with a note', () => {
    const m = computeMatrix(testCluster({ pods, policies: deny }), { port: 8080 });
    expect(m.pods).toEqual(['shop/api', 'shop/web']);
    expect(m.matrix).toEqual({
      'shop/api': { 'shop/api': true, 'shop/web': true },
      'shop/web': { 'shop/api': false, 'shop/web': true },
    });
    expect(m.notes).toEqual(['1 pod without an IP (Pending) left out: shop/queued']);
  });

  it('an invalid port is an error, not an exception', () => {
    expect(computeMatrix(testCluster({ pods }), { port: 70000 }).error).toBe(
      'port 70000 must be between 1 and 65535',
    );
  });

  it('computeWorkloadMatrix folds pods of one workload and reports partial cells', () => {
    const owner = { kind: 'Deployment' as const, name: 'web' };
    const k = testCluster({
      pods: [
        { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3' },
        {
          ref: 'shop/web-1',
          labels: { app: 'web', 'pod-template-hash': 'h' },
          ip: '10.244.0.4',
          owner,
        },
        {
          ref: 'shop/web-2',
          labels: { app: 'web', 'pod-template-hash': 'h' },
          ip: '10.244.1.4',
          owner,
        },
      ],
      policies:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: d, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{ipBlock: {cidr: 10.244.0.0/24}}]}]\n',
    });
    const w = computeWorkloadMatrix(k, { port: 80 });
    expect(w.groups.map((g) => [g.id, g.pods])).toEqual([
      ['shop/Deployment/web', ['shop/web-1', 'shop/web-2']],
      ['shop/Pod/api', ['shop/api']],
    ]);
    expect(w.matrix['shop/Deployment/web']).toEqual({
      'shop/Deployment/web': 'allowed',
      'shop/Pod/api': 'partial',
    });
    expect(w.matrix['shop/Pod/api']['shop/Pod/api']).toBe('allowed');
  });
});

describe('computeMatrix class splits', () => {
  it('§6.6 pods differing only in named container ports are not interchangeable', () => {
    const k = testCluster({
      pods: [
        { ref: 'a/s', labels: { app: 's' }, ip: '10.244.0.2' },
        { ref: 'a/x', labels: { app: 'web' }, ip: '10.244.0.3', ports: [['http', 80]] },
        { ref: 'a/y', labels: { app: 'web' }, ip: '10.244.0.4' },
      ],
      policies:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: out, namespace: a}\nspec:\n  podSelector: {matchLabels: {app: s}}\n  policyTypes: [Egress]\n  egress: [{ports: [{port: http}]}]\n',
    });
    const m = computeMatrix(k, { port: 80 });
    expect(m.matrix['a/s']).toEqual({ 'a/s': true, 'a/x': true, 'a/y': false });
    expect(m).toEqual(referenceMatrix(k, { port: 80 }));
  });
});
