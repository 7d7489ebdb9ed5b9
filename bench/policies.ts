// Bench support: NetworkPolicies of the shapes real clusters carry (default-deny, allow from a
// namespace, pod-selector rules with ports, ipBlocks with except, named ports, port ranges,
// egress with DNS), so the matrix bench exercises every kind of peer.
import type { App } from './objects';
import type { Rng } from './emit';

type Obj = Record<string, unknown>;

const DNS_EGRESS: Obj = {
  ports: [
    { port: 53, protocol: 'UDP' },
    { port: 53, protocol: 'TCP' },
  ],
  to: [
    {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    },
  ],
};

function rules(rng: Rng, variant: number, app: App, peer: App, teams: string[]): Obj {
  const sel = (a: App): Obj => ({ matchLabels: { app: a.labels.app } });
  switch (variant) {
    case 0:
      return { podSelector: {}, policyTypes: ['Ingress'] };
    case 1:
      return {
        podSelector: {},
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: rng.pick(teams) } } }] }],
      };
    case 2:
      return {
        podSelector: sel(app),
        ingress: [
          {
            from: [{ podSelector: sel(peer) }],
            ports: [{ port: app.ports[0][1], protocol: 'TCP' }],
          },
        ],
      };
    case 3:
      return {
        podSelector: sel(app),
        ingress: [
          {
            from: [{ ipBlock: { cidr: '10.0.0.0/8', except: [`10.244.${rng.int(0, 255)}.0/24`] } }],
            ports: [{ port: 443 }],
          },
        ],
      };
    case 4:
      return {
        podSelector: sel(app),
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: 'team', operator: 'In', values: teams.slice(0, 2) }],
                },
                podSelector: {
                  matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['batch'] }],
                },
              },
            ],
            ports: [{ port: app.ports[0][0] }],
          },
        ],
      };
    case 5:
      return {
        podSelector: sel(app),
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          { from: [{ podSelector: {} }], ports: [{ port: 8000, endPort: 8100, protocol: 'TCP' }] },
        ],
        egress: [
          DNS_EGRESS,
          { to: [{ podSelector: sel(peer) }], ports: [{ port: peer.ports[0][1] }] },
        ],
      };
    default:
      return {
        podSelector: sel(app),
        policyTypes: ['Egress'],
        egress: [
          DNS_EGRESS,
          { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }] },
        ],
      };
  }
}

/** The `index`-th policy of a namespace: 0 denies ingress, 1 opens it to a team, the rest cycle. */
export function networkPolicy(rng: Rng, index: number, app: App, peer: App, teams: string[]): Obj {
  const variant = index < 2 ? index : 2 + ((index - 2) % 5);
  const name = [
    'default-deny',
    'allow-team',
    'allow-peer',
    'allow-lan',
    'allow-named',
    'allow-range',
    'egress-out',
  ][variant];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      annotations: { 'policy.example.com/owner': app.namespace },
      creationTimestamp: '2025-03-14T09:26:53Z',
      generation: 1,
      labels: { 'app.kubernetes.io/part-of': app.namespace },
      managedFields: [
        {
          apiVersion: 'networking.k8s.io/v1',
          fieldsType: 'FieldsV1',
          fieldsV1: {
            'f:metadata': { 'f:annotations': {}, 'f:labels': {} },
            'f:spec': { 'f:podSelector': {}, 'f:policyTypes': {} },
          },
          manager: 'argocd-controller',
          operation: 'Update',
          time: '2025-03-14T09:26:53Z',
        },
      ],
      name: `${name}-${index}`,
      namespace: app.namespace,
      resourceVersion: String(rng.int(100000, 9999999)),
      uid: `${rng.id(8)}-${rng.id(4)}-${rng.id(4)}-${rng.id(12)}`,
    },
    spec: rules(rng, variant, app, peer, teams),
  };
}
