import { describe, expect, it } from 'vitest';
import type { Service } from '../model/cluster';
import { testCluster, type TestClusterInput, type TestPod } from './testCluster';

const np = (name: string, spec: string, ns = 'shop') =>
  `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n${spec
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

const PODS: TestPod[] = [
  { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.0.2' },
  { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3', ports: [['http', 8080]] },
  {
    ref: 'kube-system/coredns',
    labels: { 'k8s-app': 'kube-dns' },
    ip: '10.244.1.2',
    ports: [
      ['dns', 53, 'UDP'],
      ['dns-tcp', 53],
    ],
  },
];

const run = (policies: string, extra: Partial<TestClusterInput> = {}) =>
  testCluster({ pods: PODS, policies, ...extra });
const codes = (policies: string, extra: Partial<TestClusterInput> = {}) =>
  run(policies, extra).diagnostics.map((d) => `${d.code}:${d.severity}:${d.line}`);

describe('§8.5 validation: rejected policies are dropped with an error at the offending line', () => {
  const rejected = (spec: string, name = 'p') => {
    const c = run(np(name, spec));
    return [
      c.policies.length,
      c.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${d.message}`),
    ];
  };
  it('§8.5 the name must be a DNS-1123 subdomain', () => {
    expect(rejected('podSelector: {}', 'bad_name')).toEqual([
      0,
      [
        '4 name "bad_name": ' +
          "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
      ],
    ]);
  });
  it('§6.5 an empty peer and ipBlock mixed with selectors are rejected', () => {
    expect(rejected('podSelector: {}\ningress:\n- from: [{}]')).toEqual([
      0,
      ['8 a peer must set at least one of podSelector, namespaceSelector, ipBlock'],
    ]);
    expect(
      rejected(
        'podSelector: {}\ningress:\n- from:\n  - ipBlock: {cidr: 10.0.0.0/8}\n    podSelector: {}',
      )[1],
    ).toEqual(['9 ipBlock may not be combined with podSelector or namespaceSelector']);
  });
  it('§6.5 every except must be a strict subset of cidr (equal is rejected)', () => {
    expect(
      rejected(
        'podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}}]',
      )[1],
    ).toEqual(['8 ipBlock.except[0] 10.0.0.0/8 must be a strict subset of cidr 10.0.0.0/8']);
    expect(
      rejected(
        'podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}]',
      )[0],
    ).toBe(0);
    expect(
      rejected('podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: not-a-cidr}}]')[1],
    ).toEqual(['8 ipBlock.cidr "not-a-cidr" is not a valid CIDR']);
  });
  it('§6.6 endPort needs a numeric port not above it; protocol must be TCP, UDP or SCTP', () => {
    expect(
      rejected('podSelector: {}\ningress:\n- ports:\n  - {port: http, endPort: 90}')[1],
    ).toEqual(['9 endPort may only be set with a numeric port']);
    expect(rejected('podSelector: {}\ningress:\n- ports:\n  - {port: 90, endPort: 80}')[1]).toEqual(
      ['9 endPort 80 must be >= port 90'],
    );
    expect(
      rejected('podSelector: {}\ningress:\n- ports:\n  - {port: 80, protocol: ICMP}')[1],
    ).toEqual(['9 protocol "ICMP" must be TCP, UDP or SCTP']);
    expect(rejected('podSelector: {}\ningress:\n- ports:\n  - {port: "8080"}')[1]).toEqual([
      '9 port "8080" is not a valid port name: must contain at least one letter (a-z)',
    ]);
  });
  it('§8.5 policyTypes entries must be Ingress or Egress; selectors must be valid (§1.8)', () => {
    expect(rejected('podSelector: {}\npolicyTypes: [Ingres]')[1]).toEqual([
      '7 policyTypes[0] "Ingres" must be Ingress or Egress',
    ]);
    expect(rejected('podSelector:\n  matchExpressions: [{key: app, operator: In}]')[1]).toEqual([
      '6 podSelector: matchExpressions "app In" must have at least one value',
    ]);
  });
  it('§8.5 a second policy with the same namespace/name is rejected', () => {
    const c = run(np('p', 'podSelector: {}') + np('p', 'podSelector: {}'));
    expect([
      c.policies.length,
      c.diagnostics.filter((d) => d.code === 'POLICY_DUPLICATE').map((d) => d.line),
    ]).toEqual([1, [10]]);
  });
});

describe('§6.3–§6.6 reading', () => {
  it('§6.4 rules, peers and ports keep their lines; output is sorted; selectedPods filled', () => {
    const c = run(
      np(
        'z',
        'podSelector: {matchLabels: {app: api}}\ningress:\n- from:\n  - podSelector: {}\n  ports:\n  - port: 8080',
      ) + np('a', 'podSelector: {}'),
    );
    expect(c.policies.map((p) => p.name)).toEqual(['a', 'z']);
    const z = c.policies[1];
    expect(z.selectedPods).toEqual(['shop/api']);
    expect(z.ingress[0].source.line).toBe(8);
    expect(z.ingress[0].peers[0].source.line).toBe(9);
    expect(z.ingress[0].ports).toEqual([
      { protocol: 'TCP', port: 8080, source: { file: 'policies.yaml', line: 11 } },
    ]);
    expect(c.policies[0].selectedPods).toEqual(['shop/api', 'shop/web']);
  });
  it('Appendix A from: [] and ports: [] mean no restriction', () => {
    const r = run(np('p', 'podSelector: {}\ningress:\n- from: []\n  ports: []')).policies[0]
      .ingress[0];
    expect([r.peers, r.ports]).toEqual([[], []]);
  });
  it('§6.5 an ipBlock with host bits set is accepted as its network, with a warning', () => {
    const c = run(np('p', 'podSelector: {}\negress:\n- to: [{ipBlock: {cidr: 10.0.0.1/24}}]'));
    expect(c.policies[0].egress[0].peers[0].ipBlock).toEqual({ cidr: '10.0.0.0/24', except: [] });
    expect(c.diagnostics.find((d) => d.code === 'POLICY_IPBLOCK_HOST_BITS')?.message).toBe(
      'ipBlock.cidr 10.0.0.1/24 has host bits set; it behaves as 10.0.0.0/24',
    );
  });
});

describe('§8.5 warnings and infos', () => {
  it('§6.3 egress: [] without policyTypes warns that egress is not restricted', () => {
    expect(codes(np('p', 'podSelector: {}\negress: []'))).toContain(
      'POLICY_EGRESS_EMPTY_NO_TYPES:warning:7',
    );
  });
  it('§6.3 ingress rules without Ingress in policyTypes are ignored, with a warning', () => {
    expect(
      codes(np('p', 'podSelector: {}\npolicyTypes: [Egress]\ningress: [{}]\negress: [{}]')),
    ).toContain('POLICY_INGRESS_RULES_IGNORED:warning:8');
  });
  it('§6.3 egress rules without policyTypes isolate ingress implicitly', () => {
    expect(
      codes(
        np(
          'web-egress',
          'podSelector: {matchLabels: {app: web}}\negress:\n- to: [{podSelector: {matchLabels: {app: api}}}]',
        ),
      ),
    ).toContain('POLICY_IMPLICIT_INGRESS_ISOLATION:warning:7');
  });
  it('§6.10 egress-isolated pods without UDP and TCP 53 to the DNS pods get a warning; an allow-dns policy silences it', () => {
    const deny = np('deny-out', 'podSelector: {}\npolicyTypes: [Egress]');
    expect(run(deny).diagnostics.find((d) => d.code === 'POLICY_NO_DNS_EGRESS')?.message).toBe(
      'pods isolated for egress (shop/api, shop/web) have no egress rule allowing UDP and TCP 53 to the cluster DNS pods (kube-system, k8s-app=kube-dns): name lookups will fail',
    );
    const dns = np(
      'allow-dns',
      'podSelector: {}\npolicyTypes: [Egress]\negress:\n- to:\n  - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}\n    podSelector: {matchLabels: {k8s-app: kube-dns}}\n  ports:\n  - {protocol: UDP, port: 53}\n  - {protocol: TCP, port: 53}',
    );
    expect(codes(deny + dns).filter((c) => c.startsWith('POLICY_NO_DNS'))).toEqual([]);
    const udpOnly = np(
      'allow-dns',
      'podSelector: {}\npolicyTypes: [Egress]\negress:\n- ports:\n  - {protocol: UDP, port: 53}',
    );
    expect(codes(deny + udpOnly).filter((c) => c.startsWith('POLICY_NO_DNS'))).toHaveLength(1);
  });
  it('§6.9 a policy port equal to a Service port whose backends listen elsewhere', () => {
    const api: Service = {
      namespace: 'shop',
      name: 'api',
      type: 'ClusterIP',
      clusterIP: '10.96.0.20',
      headless: false,
      externalIPs: [],
      loadBalancerSourceRanges: [],
      selector: { app: 'api' },
      ports: [
        {
          name: '',
          port: 80,
          protocol: 'TCP',
          targetPort: 'http',
          source: { file: 's.yaml', line: 1 },
        },
      ],
      sessionAffinity: 'None',
      publishNotReadyAddresses: false,
      endpoints: [],
      dnsNames: [],
      source: { file: 's.yaml', line: 1 },
    };
    const spec =
      'podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\negress:\n- to: [{podSelector: {matchLabels: {app: api}}}]\n  ports: [{port: 80}]';
    const d = run(np('web-to-api', spec), { services: [api] }).diagnostics.find(
      (x) => x.code === 'POLICY_SERVICE_PORT',
    );
    expect([d?.line, d?.message]).toEqual([
      10,
      'policy port 80 is a port of Service shop/api; its backends listen on 8080, and policy sees the port after translation',
    ]);
  });
  it('§8.5 a named port no candidate destination declares', () => {
    expect(
      codes(
        np('p', 'podSelector: {matchLabels: {app: api}}\ningress:\n- ports: [{port: metrics}]'),
      ),
    ).toContain('POLICY_NAMED_PORT_UNRESOLVED:warning:8');
    expect(
      codes(
        np('p', 'podSelector: {matchLabels: {app: api}}\ningress:\n- ports: [{port: http}]'),
      ).filter((c) => c.startsWith('POLICY_NAMED')),
    ).toEqual([]);
  });
  it('§6.5 an ipBlock covering the pod network is plugin-dependent; an except covering it silences the warning', () => {
    expect(
      codes(np('p', 'podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8}}]')),
    ).toContain('POLICY_IPBLOCK_COVERS_PODS:warning:8');
    expect(
      codes(
        np(
          'p',
          'podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.244.0.0/16]}}]',
        ),
      ).filter((c) => c.includes('COVERS')),
    ).toEqual([]);
  });
  it('§6.8 a policy selecting only hostNetwork pods is an info; §8.5 selecting no pod is an info', () => {
    const pods: TestPod[] = [
      { ref: 'mon/agent', labels: { app: 'agent' }, ip: '192.168.0.1', hostNetwork: true },
    ];
    const c = testCluster({
      pods,
      policies:
        np('p', 'podSelector: {}', 'mon') +
        np('q', 'podSelector: {matchLabels: {app: none}}', 'mon'),
    });
    expect(c.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual([
      'POLICY_SELECTS_HOST_NETWORK:info',
      'POLICY_SELECTS_NO_POD:info',
    ]);
  });
  it('§6.1 policies under a non-enforcing plugin get one warning', () => {
    const c = run(np('a', 'podSelector: {}') + np('b', 'podSelector: {}'), { cni: 'flannel' });
    expect(
      c.diagnostics.filter((d) => d.code === 'POLICY_CNI_NOT_ENFORCING').map((d) => d.message),
    ).toEqual([
      '2 NetworkPolicies are present, but the network plugin flannel does not enforce NetworkPolicy: every connection is allowed',
    ]);
  });
});
