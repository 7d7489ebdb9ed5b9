// buildPolicies (shared read cache, indexed checks) against the reference stage (a fresh cache
// per policy, every check recomputed per policy and pod) on generated clusters: the same
// policies with the same selected pods, and the same diagnostics in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Namespace, Protocol, Service } from '../model/cluster';
import type { Diagnostic } from '../model/diagnostic';
import { DEFAULT_SETTINGS } from '../model/settings';
import { manifestsFromYaml } from '../testing/manifests';
import { buildPolicies } from './policies';
import { REFERENCE_STAGE } from './referencePolicyChecks';
import { testPod } from './testCluster';

const NAMESPACES = ['a', 'b', 'kube-system'];
/** Mostly well-formed values, sometimes one the API server rejects. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: invalid, weight: 1 });
// 'example.com/team' is a valid key but not a valid value: format verdicts must not mix them.
const labels = fc.record(
  {
    app: fc.oneof(
      { arbitrary: fc.constantFrom('web', 'db'), weight: 8 },
      { arbitrary: fc.constantFrom('Bad_', 'example.com/team'), weight: 1 },
    ),
    tier: fc.constantFrom('x', 'y'),
    'example.com/team': fc.constant('t1'),
  },
  { requiredKeys: [] },
);
const expression = mostly(
  fc.oneof(
    fc.record({
      key: fc.constantFrom('app', 'team', 'k8s-app'),
      operator: fc.constantFrom('In', 'NotIn'),
      values: fc.array(fc.constantFrom('web', 'db', 't1', 'kube-dns'), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
    fc.record({
      key: fc.constantFrom('app', 'team', 'tier'),
      operator: fc.constantFrom('Exists', 'DoesNotExist'),
    }),
  ),
  fc.record({
    key: fc.constantFrom('app', '-bad'),
    operator: fc.constantFrom('In', 'Exists', 'Maybe'),
    values: fc.array(fc.constantFrom('web', 'x'), { maxLength: 1 }),
  }),
);
// One-label selectors are the shape reading shares between policies: make them common.
const oneLabel = fc.oneof(
  fc.record({ app: fc.constantFrom('web', 'db', 'web', 'db', 'web', 'db', 'Bad_') }),
  fc.record({ tier: fc.constantFrom('x', 'y') }),
);
const selector = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: labels }),
  fc.record({ matchLabels: oneLabel }),
  fc.record({ matchLabels: fc.constant({ 'k8s-app': 'kube-dns' }) }),
  fc.record({ matchExpressions: fc.array(expression, { maxLength: 2 }) }),
);
// Cidrs and excepts combine freely: most pairs are valid, some excepts fall outside their cidr.
const ipBlock = mostly(
  fc.record(
    {
      cidr: fc.constantFrom('10.244.0.0/16', '10.244.1.7/24', '0.0.0.0/0', '10.0.0.0/8'),
      except: fc.array(
        fc.constantFrom('10.244.1.0/24', '10.244.0.0/16', '169.254.169.254/32', '10.245.0.0/16'),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['cidr'] },
  ),
  fc.constantFrom(
    { cidr: 'nonsense' },
    { except: [] },
    { cidr: '10.244.0.0/16', except: ['x/33'] },
  ),
);
const peer = mostly(
  fc.oneof(
    fc.record({ podSelector: selector }),
    fc.record({ namespaceSelector: selector }),
    fc.record({ podSelector: selector, namespaceSelector: selector }),
    fc.record({ ipBlock }),
  ),
  fc.constantFrom({}, { ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }),
);
const port = mostly(
  fc.oneof(
    fc.record({ protocol: fc.constantFrom('TCP', 'UDP', 'SCTP') }, { requiredKeys: [] }),
    {
      arbitrary: fc.record(
        {
          protocol: fc.constantFrom('TCP', 'TCP', 'UDP', 'SCTP'),
          port: fc.constantFrom<number | string>(53, 80, 80, 8080, 'http', 'dns', 'metrics'),
        },
        { requiredKeys: ['port'] },
      ),
      weight: 3,
    },
    fc.record({
      protocol: fc.constantFrom('TCP', 'UDP'),
      port: fc.constantFrom(53, 80),
      endPort: fc.constantFrom(80, 8080),
    }),
  ),
  fc.constantFrom(
    { protocol: 'ICMP' },
    { port: 0 },
    { port: 'Bad--name' },
    { port: 'http', endPort: 90 },
    { port: 80, endPort: 10 },
  ),
);
const servicePort = fc.record({
  protocol: fc.constantFrom('TCP', 'UDP'),
  port: fc.constantFrom(53, 80, 8080),
});
const rules = (key: 'from' | 'to') =>
  fc.array(
    fc.record(
      { [key]: fc.array(peer, { maxLength: 2 }), ports: fc.array(port, { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
    { maxLength: 3 },
  );
const policy = fc.record({
  name: mostly(fc.constantFrom('allow', 'deny', 'dns', 'web'), fc.constant('Bad_Name')),
  namespace: mostly(fc.constantFrom(...NAMESPACES), fc.constant('gone')),
  apiVersion: mostly(fc.constant('networking.k8s.io/v1'), fc.constant('extensions/v1beta1')),
  spec: fc.record(
    {
      podSelector: selector,
      policyTypes: mostly(
        fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress'], []),
        fc.constant(['Both']),
      ),
      ingress: rules('from'),
      egress: rules('to'),
    },
    { requiredKeys: [] },
  ),
});
const containerPort = fc.tuple(
  fc.constantFrom('http', 'dns', 'metrics', undefined),
  fc.constantFrom(53, 80, 8080),
  fc.constantFrom<Protocol>('TCP', 'UDP'),
);
const pod = fc.record({
  ns: fc.constantFrom('a', 'a', 'b', 'kube-system'),
  labels: fc.constantFrom(
    {},
    { app: 'web' },
    { app: 'web', tier: 'y' },
    { app: 'db', tier: 'x' },
    { 'k8s-app': 'kube-dns' },
  ),
  hostNetworkOdds: fc.nat(5),
  ports: fc.array(containerPort, { maxLength: 2 }),
});
const service = fc.record({
  ns: fc.constantFrom('a', 'a', 'b', 'kube-system'),
  selector: fc.constantFrom(
    null,
    {},
    { app: 'web' },
    { app: 'web' },
    { app: 'db' },
    { 'k8s-app': 'kube-dns' },
  ),
  ports: fc.array(
    fc.record({
      port: fc.constantFrom(53, 80, 8080),
      protocol: fc.constantFrom<Protocol>('TCP', 'UDP'),
      targetPort: fc.constantFrom<number | string>(53, 80, 8080, 'http', 'dns'),
    }),
    { maxLength: 2 },
  ),
});
const rest = {
  pods: fc.array(pod, { maxLength: 10 }),
  services: fc.array(service, { maxLength: 5 }),
  team: fc.constantFrom('t1', 't2'),
  cni: fc.constantFrom('calico', 'calico', 'flannel'),
};
const input = fc.record({ policies: fc.array(policy, { maxLength: 8 }), ...rest });
type Input = Omit<typeof input extends fc.Arbitrary<infer T> ? T : never, 'policies'> & {
  policies: { name: string; namespace: string; apiVersion: string; spec: unknown }[];
};

function run(c: Input, reference: boolean) {
  const namespaces: Namespace[] = NAMESPACES.map((name) => ({
    name,
    labels: { team: name === 'a' ? c.team : 't2', 'kubernetes.io/metadata.name': name },
    explicit: true,
  }));
  const pods = c.pods.map((p, i) =>
    testPod({
      ref: `${p.ns}/p${(i * 7) % 10}${i}`, // unique, not in pod order
      labels: p.labels as Record<string, string>,
      ip: p.hostNetworkOdds === 0 ? '192.168.0.1' : `10.244.0.${i + 2}`,
      hostNetwork: p.hostNetworkOdds === 0,
      ports: p.ports,
    }),
  );
  const services = c.services.map(
    (s, i) =>
      ({
        namespace: s.ns,
        name: `s${i}`,
        selector: s.selector,
        ports: s.ports.map((sp) => ({ name: '', ...sp })),
      }) as unknown as Service,
  );
  const yaml = c.policies
    .map(({ name, namespace, apiVersion, spec }) =>
      stringify({ apiVersion, kind: 'NetworkPolicy', metadata: { name, namespace }, spec }),
    )
    .join('---\n');
  const manifests = manifestsFromYaml(yaml, 'policies.yaml');
  const settings = { ...DEFAULT_SETTINGS, cni: c.cni };
  const diags: Diagnostic[] = [];
  const stage = reference ? REFERENCE_STAGE : undefined;
  const policies = buildPolicies(manifests, namespaces, pods, diags, services, settings, stage);
  return { policies, diags };
}

/** Policies that name Service ports, so the §6.9 check has something to find. */
const servicePortPolicy = fc.record({
  name: fc.constantFrom('allow', 'deny', 'dns'),
  namespace: fc.constantFrom(...NAMESPACES),
  apiVersion: fc.constant('networking.k8s.io/v1'),
  spec: fc.record({
    podSelector: fc.constantFrom({}, { matchLabels: { app: 'web' } }),
    policyTypes: fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress']),
    ingress: fc.array(fc.record({ ports: fc.array(servicePort, { maxLength: 2 }) })),
    egress: fc.array(
      fc.record({
        to: fc.array(
          fc.constantFrom(
            { podSelector: {} },
            { podSelector: { matchLabels: { app: 'web' } } },
            { namespaceSelector: {} },
            { namespaceSelector: { matchLabels: { team: 't1' } }, podSelector: {} },
            { ipBlock: { cidr: '10.244.0.0/16' } },
          ),
          { minLength: 1, maxLength: 2 },
        ),
        ports: fc.array(servicePort, { maxLength: 2 }),
      }),
    ),
  }),
});

describe('buildPolicies agrees with the reference stage', () => {
  it('same policies, selected pods and diagnostics on generated clusters', () => {
    fc.assert(
      fc.property(input, (c) => {
        expect(run(c, false)).toEqual(run(c, true));
      }),
      { numRuns: 250 },
    );
  });
  it('same Service-port warnings when policies name Service ports', () => {
    const cluster = fc.record({ policies: fc.array(servicePortPolicy, { maxLength: 6 }), ...rest });
    fc.assert(
      fc.property(cluster, (c) => {
        expect(run(c, false)).toEqual(run(c, true));
      }),
      { numRuns: 200 },
    );
  });
});
