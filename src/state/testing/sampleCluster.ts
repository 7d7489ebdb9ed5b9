// Hand-made Cluster values for unit tests of the store and the views, written against the model
// types so they do not depend on the engine stages being finished. Not imported by the app.
import type {
  Analysis,
  Cluster,
  Endpoint,
  Pod,
  Service,
  ServiceType,
  Workload,
  WorkloadKind,
} from '../../engine/index';

const at = (line: number) => ({ file: 'shop.yaml', line });

export function makePod(namespace: string, name: string, extra: Partial<Pod> = {}): Pod {
  return {
    namespace,
    name,
    ref: `${namespace}/${name}`,
    labels: {},
    annotations: {},
    node: 'node-1',
    ip: '10.244.1.2',
    phase: 'Running',
    ready: true,
    hostNetwork: false,
    hostname: name,
    dnsPolicy: 'ClusterFirst',
    enableServiceLinks: true,
    nodeSelector: {},
    tolerations: [],
    containers: ['main'],
    ports: [],
    env: {},
    source: at(1),
    ...extra,
  };
}

export function makeWorkload(
  kind: WorkloadKind,
  namespace: string,
  name: string,
  pods: string[],
  extra: Partial<Workload> = {},
): Workload {
  return {
    kind,
    namespace,
    name,
    labels: {},
    templateLabels: {},
    replicas: pods.length,
    pods: pods.map((p) => `${namespace}/${p}`),
    source: at(1),
    ...extra,
  };
}

export function makeService(
  namespace: string,
  name: string,
  type: ServiceType,
  podRefs: string[],
  extra: Partial<Service> = {},
): Service {
  const endpoints: Endpoint[] = podRefs.map((pod, i) => ({
    pod,
    ip: `10.244.1.${10 + i}`,
    ready: true,
    ports: [{ name: '', port: 8080, protocol: 'TCP' }],
  }));
  return {
    namespace,
    name,
    type,
    clusterIP: '10.96.100.1',
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: {},
    ports: [{ name: '', port: 80, protocol: 'TCP', targetPort: 8080, source: at(1) }],
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    endpoints,
    dnsNames: [`${name}.${namespace}.svc.cluster.local`],
    source: at(1),
    ...extra,
  };
}

const ns = (name: string, explicit: boolean) => ({
  name,
  labels: { 'kubernetes.io/metadata.name': name },
  explicit,
});

/**
 * shop: Deployment web (2 pods), StatefulSet db (1 pod), Services web (ClusterIP), db (headless),
 * web-public (LoadBalancer); default: bare Pod debug and the built-in `kubernetes` Service;
 * kube-system: built-in CoreDNS (2 pods) and kube-dns.
 */
export function sampleCluster(): Cluster {
  const builtin = { builtin: true } as object;
  const pods = [
    makePod('shop', 'web-7d4b9c8f6d-abcde', { owner: { kind: 'Deployment', name: 'web' } }),
    makePod('shop', 'web-7d4b9c8f6d-fghij', { owner: { kind: 'Deployment', name: 'web' } }),
    makePod('shop', 'db-0', { owner: { kind: 'StatefulSet', name: 'db' }, ready: false }),
    makePod('default', 'debug'),
    makePod('kube-system', 'coredns-5d78c9869d-aaaaa', {
      owner: { kind: 'Deployment', name: 'coredns' },
    }),
    makePod('kube-system', 'coredns-5d78c9869d-bbbbb', {
      owner: { kind: 'Deployment', name: 'coredns' },
    }),
  ];
  const web = ['shop/web-7d4b9c8f6d-abcde', 'shop/web-7d4b9c8f6d-fghij'];
  const dns = ['kube-system/coredns-5d78c9869d-aaaaa', 'kube-system/coredns-5d78c9869d-bbbbb'];
  return {
    settings: {
      clusterDomain: 'cluster.local',
      podCIDR: '10.244.0.0/16',
      serviceCIDR: '10.96.0.0/12',
      nodes: 3,
      cni: 'calico',
    },
    namespaces: [
      ns('default', false),
      ns('kube-node-lease', false),
      ns('kube-public', false),
      ns('kube-system', false),
      ns('shop', true),
    ],
    nodes: [],
    workloads: [
      makeWorkload(
        'Deployment',
        'shop',
        'web',
        web.map((r) => r.split('/')[1]),
      ),
      makeWorkload('StatefulSet', 'shop', 'db', ['db-0']),
      { ...makeWorkload('Deployment', 'kube-system', 'coredns', []), pods: dns, ...builtin },
    ],
    pods,
    services: [
      makeService('shop', 'web', 'ClusterIP', web),
      makeService('shop', 'db', 'ClusterIP', ['shop/db-0'], { clusterIP: 'None', headless: true }),
      makeService('shop', 'web-public', 'LoadBalancer', web),
      { ...makeService('default', 'kubernetes', 'ClusterIP', []), ...builtin },
      { ...makeService('kube-system', 'kube-dns', 'ClusterIP', dns), ...builtin },
    ],
    ingresses: [],
    ingressClasses: [],
    policies: [],
    dnsRecords: [],
    diagnostics: [
      { code: 'X_WARN', severity: 'warning', message: 'a warning', file: 'shop.yaml', line: 3 },
    ],
    objectCounts: {},
  };
}

export function sampleAnalysis(cluster: Cluster = sampleCluster()): Analysis {
  return { cluster, timings: { parse: 1, model: 2 } };
}
