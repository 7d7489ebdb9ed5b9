// Test support only: a Cluster from a compact pod list plus NetworkPolicy YAML, so policy tests
// do not depend on the workload, scheduling and Service stages. Policies go through buildPolicies.
import type {
  Cluster,
  ContainerPort,
  Namespace,
  Node,
  Pod,
  Protocol,
  Service,
} from '../model/cluster';
import type { Diagnostic } from '../model/diagnostic';
import type { Labels } from '../model/labels';
import { DEFAULT_SETTINGS } from '../model/settings';
import { manifestsFromYaml } from '../testing/manifests';
import { buildPolicies } from './policies';

export interface TestPod {
  /** `ns/name` */
  ref: string;
  labels?: Labels;
  /** Omit for a Pending pod. */
  ip?: string;
  node?: string;
  hostNetwork?: boolean;
  /** `[name, port, protocol?]` */
  ports?: [string | undefined, number, Protocol?][];
  owner?: Pod['owner'];
}

export interface TestClusterInput {
  pods: TestPod[];
  policies?: string;
  namespaces?: Record<string, Labels>;
  services?: Service[];
  cni?: string;
  nodes?: Node[];
}

export const TEST_NODES: Node[] = [1, 2, 3].map((i) => ({
  name: `node-${i}`,
  ip: `192.168.0.${i}`,
  podCIDR: `10.244.${i - 1}.0/24`,
  labels: {},
  taints: [],
  unschedulable: false,
  synthetic: true,
}));

export function testPod(t: TestPod): Pod {
  const [namespace, name] = t.ref.split('/');
  const ports: ContainerPort[] = (t.ports ?? []).map(([n, containerPort, protocol]) => ({
    ...(n ? { name: n } : {}),
    containerPort,
    protocol: protocol ?? 'TCP',
    container: 'c',
  }));
  return {
    namespace,
    name,
    ref: t.ref,
    ...(t.owner ? { owner: t.owner } : {}),
    labels: t.labels ?? {},
    annotations: {},
    node: t.ip ? (t.node ?? 'node-1') : undefined,
    ip: t.ip,
    phase: t.ip ? 'Running' : 'Pending',
    ready: true,
    hostNetwork: t.hostNetwork ?? false,
    hostname: name,
    dnsPolicy: 'ClusterFirst',
    enableServiceLinks: true,
    nodeSelector: {},
    tolerations: [],
    containers: ['c'],
    ports,
    env: {},
    source: { file: 'pods.yaml', line: 1 },
  };
}

/** Builds the cluster; diagnostics of the policy stage are in `cluster.diagnostics`. */
export function testCluster(input: TestClusterInput): Cluster {
  const pods = input.pods.map(testPod);
  const names = new Set([...pods.map((p) => p.namespace), ...Object.keys(input.namespaces ?? {})]);
  const namespaces: Namespace[] = [...names].sort().map((name) => ({
    name,
    labels: { ...(input.namespaces?.[name] ?? {}), 'kubernetes.io/metadata.name': name },
    explicit: true,
  }));
  const settings = { ...DEFAULT_SETTINGS, cni: input.cni ?? 'calico' };
  const diags: Diagnostic[] = [];
  const services = input.services ?? [];
  const manifests = input.policies ? manifestsFromYaml(input.policies, 'policies.yaml') : [];
  const policies = buildPolicies(manifests, namespaces, pods, diags, services, settings);
  return {
    settings,
    namespaces,
    nodes: input.nodes ?? TEST_NODES,
    workloads: [],
    pods,
    services,
    ingresses: [],
    ingressClasses: [],
    policies,
    dnsRecords: [],
    diagnostics: diags,
    objectCounts: {},
  };
}
