// Test support only: small hand-built Cluster objects (plain model literals), so ingress and trace
// tests do not depend on the topology, services or policy stages their owners are writing.
import type { Cluster, Endpoint, Node, Pod, Service, ServicePort } from '../model/cluster';
import { DEFAULT_SETTINGS } from '../model/settings';

const at = (line: number) => ({ file: 't.yaml', line });

export function testNode(i: number): Node {
  return {
    name: `node-${i}`,
    ip: `192.168.0.${10 + i}`,
    podCIDR: `10.244.${i - 1}.0/24`,
    labels: {},
    taints: [],
    unschedulable: false,
    synthetic: true,
  };
}

export function testPod(
  ref: string,
  ip: string,
  node: string,
  labels: Record<string, string> = {},
  extra: Partial<Pod> = {},
): Pod {
  const [namespace, name] = ref.split('/');
  return {
    namespace,
    name,
    ref,
    labels,
    annotations: {},
    node,
    ip,
    phase: 'Running',
    ready: true,
    hostNetwork: false,
    hostname: name,
    dnsPolicy: 'ClusterFirst',
    enableServiceLinks: true,
    nodeSelector: {},
    tolerations: [],
    containers: ['c'],
    ports: [],
    env: {},
    source: at(1),
    ...extra,
  };
}

export function testPort(
  port: number,
  targetPort: number | string,
  extra: Partial<ServicePort> = {},
): ServicePort {
  return { name: '', port, protocol: 'TCP', targetPort, source: at(5), ...extra };
}

/** Endpoints for `pods` with the Service port names resolved to `port` (or per pod). */
export function testEndpoints(
  pods: Pod[],
  ports: { name: string; port: number | ((p: Pod) => number | undefined) }[],
  protocol: 'TCP' | 'UDP' = 'TCP',
): Endpoint[] {
  return pods.map((p) => ({
    pod: p.ref,
    ip: p.ip ?? '',
    node: p.node,
    ready: true,
    ports: ports.flatMap((x) => {
      const n = typeof x.port === 'number' ? x.port : x.port(p);
      return n === undefined ? [] : [{ name: x.name, port: n, protocol }];
    }),
  }));
}

export function testService(
  ref: string,
  clusterIP: string | 'None' | null,
  ports: ServicePort[],
  endpoints: Endpoint[],
  extra: Partial<Service> = {},
): Service {
  const [namespace, name] = ref.split('/');
  return {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIP,
    headless: clusterIP === 'None',
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: {},
    ports,
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    endpoints,
    dnsNames: [`${name}.${namespace}.svc.cluster.local`],
    source: at(3),
    ...extra,
  };
}

export function testCluster(parts: Partial<Cluster>): Cluster {
  return {
    settings: DEFAULT_SETTINGS,
    namespaces: [],
    nodes: [testNode(1), testNode(2), testNode(3)],
    workloads: [],
    pods: [],
    services: [],
    ingresses: [],
    ingressClasses: [],
    policies: [],
    dnsRecords: [],
    diagnostics: [],
    objectCounts: {},
    ...parts,
  };
}

/**
 * The shared test world: CoreDNS on node-1/node-2 behind kube-system/kube-dns (10.96.0.10),
 * shop/web-0 on node-1, shop/api-0 (node-2) and shop/api-1 (node-3) behind shop/api
 * (10.96.0.12, port 80 → targetPort 8080).
 */
export function shopCluster(parts: Partial<Cluster> = {}): Cluster {
  const dns = [
    testPod('kube-system/coredns-0', '10.244.0.2', 'node-1', { 'k8s-app': 'kube-dns' }),
    testPod('kube-system/coredns-1', '10.244.1.2', 'node-2', { 'k8s-app': 'kube-dns' }),
  ];
  const web = testPod('shop/web-0', '10.244.0.5', 'node-1', { app: 'web' });
  const api = [
    testPod('shop/api-0', '10.244.1.5', 'node-2', { app: 'api' }),
    testPod('shop/api-1', '10.244.2.5', 'node-3', { app: 'api' }),
  ];
  const kubeDns = testService(
    'kube-system/kube-dns',
    '10.96.0.10',
    [testPort(53, 53, { name: 'dns', protocol: 'UDP' }), testPort(53, 53, { name: 'dns-tcp' })],
    [
      ...testEndpoints(dns, [{ name: 'dns', port: 53 }], 'UDP').map((e, i) => ({
        ...e,
        ports: [...e.ports, { name: 'dns-tcp', port: 53, protocol: 'TCP' as const }],
        pod: dns[i].ref,
      })),
    ],
  );
  const apiSvc = testService(
    'shop/api',
    '10.96.0.12',
    [testPort(80, 8080)],
    testEndpoints(api, [{ name: '', port: 8080 }]),
  );
  return testCluster({
    pods: [...dns, web, ...api, ...(parts.pods ?? [])],
    services: [kubeDns, apiSvc, ...(parts.services ?? [])],
    ...Object.fromEntries(Object.entries(parts).filter(([k]) => k !== 'pods' && k !== 'services')),
  });
}
