// Test support for dns/: hand-built Cluster values (plain model literals), so the DNS tests do
// not depend on the topology and services stages. Production code never imports this file.
import type {
  Cluster,
  Endpoint,
  Namespace,
  Pod,
  Protocol,
  Service,
  ServicePort,
  Workload,
} from '../model/cluster';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import { buildDnsRecords } from './records';

const at = (line: number) => ({ file: 'test.yaml', line });

/** A running, ready pod `ns/name` with the given IP (undefined: Pending). */
export function testPod(ref: string, ip: string | undefined, extra: Partial<Pod> = {}): Pod {
  const [namespace, name] = ref.split('/');
  return {
    namespace,
    name,
    ref,
    labels: {},
    annotations: {},
    node: ip ? 'node-1' : undefined,
    ip,
    phase: ip ? 'Running' : 'Pending',
    ready: true,
    hostNetwork: false,
    hostname: extra.specHostname ?? name,
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

/** A Service port; `targetPort` defaults to `port`. */
export function testPort(
  name: string,
  port: number,
  protocol: Protocol = 'TCP',
  targetPort: number | string = port,
): ServicePort {
  return { name, port, protocol, targetPort, source: at(20) };
}

/** A ready endpoint for `pod`, with resolved ports `{ name: number }` (all TCP unless given). */
export function testEndpoint(
  pod: Pod,
  ports: Record<string, number>,
  extra: Partial<Endpoint> = {},
): Endpoint {
  return {
    pod: pod.ref,
    ip: pod.ip ?? '',
    node: pod.node,
    ready: true,
    ports: Object.entries(ports).map(([name, port]) => ({ name, port, protocol: 'TCP' })),
    ...extra,
  };
}

/** A ClusterIP Service `ns/name` (give `clusterIP: 'None'` and `headless: true` for headless). */
export function testService(ref: string, extra: Partial<Service> = {}): Service {
  const [namespace, name] = ref.split('/');
  return {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIP: null,
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: null,
    ports: [],
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    endpoints: [],
    dnsNames: [],
    source: at(10),
    ...extra,
  };
}

/** The kubeadm cluster DNS Service, 10.96.0.10 with two CoreDNS endpoints. */
export function testKubeDns(): Service {
  return testService('kube-system/kube-dns', {
    clusterIP: '10.96.0.10',
    ports: [testPort('dns', 53, 'UDP'), testPort('dns-tcp', 53, 'TCP'), testPort('metrics', 9153)],
    endpoints: [
      { ip: '10.244.0.2', ready: true, ports: [{ name: 'dns', port: 53, protocol: 'UDP' }] },
      { ip: '10.244.1.2', ready: true, ports: [{ name: 'dns', port: 53, protocol: 'UDP' }] },
    ],
    builtin: true,
  });
}

/** A Cluster of the given objects plus kube-dns and the always-present namespaces, with DNS records. */
export function testCluster(parts: {
  namespaces?: string[];
  pods?: Pod[];
  services?: Service[];
  workloads?: Workload[];
  settings?: Partial<ClusterSettings>;
}): Cluster {
  const settings = { ...DEFAULT_SETTINGS, ...parts.settings };
  const names = [
    'default',
    'kube-system',
    'kube-public',
    'kube-node-lease',
    ...(parts.namespaces ?? []),
  ];
  const namespaces: Namespace[] = [...new Set(names)].map((name) => ({
    name,
    labels: { 'kubernetes.io/metadata.name': name },
    explicit: false,
  }));
  const services = [testKubeDns(), ...(parts.services ?? [])];
  const pods = parts.pods ?? [];
  const node = { labels: {}, taints: [], unschedulable: false, synthetic: true };
  return {
    settings,
    namespaces,
    nodes: [
      { name: 'node-1', ip: '192.168.49.2', podCIDR: '10.244.0.0/24', ...node },
      { name: 'node-2', ip: '192.168.49.3', podCIDR: '10.244.1.0/24', ...node },
    ],
    workloads: parts.workloads ?? [],
    pods,
    services,
    ingresses: [],
    ingressClasses: [],
    policies: [],
    dnsRecords: buildDnsRecords(services, pods, namespaces, settings),
    diagnostics: [],
    objectCounts: {},
  };
}

/** A small cluster for server and resolver tests: namespaces `shop`, `other`; Services `web` in
 * both, the §4.2 StatefulSet `db`, an empty headless, ExternalNames (external, in-zone, IP). */
export function shopCluster(): Cluster {
  const client = testPod('shop/client', '10.244.0.3');
  const web1 = testPod('shop/web-1', '10.244.0.4');
  const otherWeb = testPod('other/web-1', '10.244.2.4');
  const db0 = testPod('shop/db-0', '10.244.0.5', { specHostname: 'db-0', subdomain: 'db' });
  const db1 = testPod('shop/db-1', '10.244.1.6', { specHostname: 'db-1', subdomain: 'db' });
  const tool = testPod('shop/tool', '10.244.1.9');
  const services = [
    testService('shop/web', {
      clusterIP: '10.96.0.12',
      ports: [testPort('http', 80, 'TCP', 8080), testPort('admin', 9000)],
      endpoints: [testEndpoint(web1, { http: 8080, admin: 9000 })],
    }),
    testService('other/web', {
      clusterIP: '10.96.0.20',
      ports: [testPort('http', 80)],
      endpoints: [testEndpoint(otherWeb, { http: 80 })],
    }),
    testService('shop/db', {
      clusterIP: 'None',
      headless: true,
      ports: [testPort('pg', 5432)],
      endpoints: [
        testEndpoint(db0, { pg: 5432 }, { hostname: 'db-0' }),
        testEndpoint(db1, { pg: 5432 }, { hostname: 'db-1' }),
        testEndpoint(tool, { pg: 5432 }),
      ],
    }),
    testService('shop/empty', { clusterIP: 'None', headless: true }),
    testService('shop/plain', { clusterIP: '10.96.0.30', ports: [testPort('', 80)] }),
    testService('shop/billing-db', { type: 'ExternalName', externalName: 'db.example.net' }),
    testService('shop/alias', {
      type: 'ExternalName',
      externalName: 'web.other.svc.cluster.local',
    }),
    testService('shop/legacy', { type: 'ExternalName', externalName: '192.0.2.10' }),
  ];
  return testCluster({
    namespaces: ['shop', 'other'],
    pods: [client, web1, otherWeb, db0, db1, tool],
    services,
  });
}
