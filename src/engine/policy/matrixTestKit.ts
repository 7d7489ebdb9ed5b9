// Test support for the matrix property tests: fast-check generators of small clusters (few label
// sets, ports, IPs and nodes, so pods are often interchangeable or differ only by node or
// hostNetwork) and a builder turning one into a Cluster. Used only by *Matrix*.test.ts.
import fc from 'fast-check';
import type { Protocol } from '../model/cluster';
import { testCluster, type TestPod } from './testCluster';

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

export const cluster = fc.record({
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

export type GeneratedCluster = typeof cluster extends fc.Arbitrary<infer T> ? T : never;

export function build(c: GeneratedCluster) {
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
