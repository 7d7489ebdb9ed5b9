// What a real cluster would make of the manifests: namespaces, nodes, workloads, pods, Services.
// Plain JSON-compatible data only, so it crosses postMessage and prints as CLI --json unchanged.
import type { Diagnostic } from './diagnostic';
import type { Labels, LabelSelector } from './labels';
import type { SourceRef } from './source';
import type { ClusterSettings } from './settings';
import type { Ingress, IngressClass } from './ingress';
import type { NetworkPolicy } from './policy';
import type { DnsRecord } from './dns';

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
/** "namespace/name" */
export type PodRef = string;

export interface Namespace {
  name: string;
  /** Always includes `kubernetes.io/metadata.name`. */
  labels: Labels;
  /** false when only referenced by other objects (created implicitly) or always-present. */
  explicit: boolean;
  source?: SourceRef;
}

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface Node {
  name: string;
  /** InternalIP. */
  ip: string;
  /** The /24 its pods get addresses from. */
  podCIDR: string;
  labels: Labels;
  taints: Taint[];
  unschedulable: boolean;
  /** true when made up by the engine (no Node objects in the input). */
  synthetic: boolean;
  source?: SourceRef;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: Protocol;
  hostPort?: number;
  /** Container that declares it. */
  container: string;
  /** true for restartable init ("sidecar") containers, searched after regular containers. */
  sidecar?: boolean;
  source?: SourceRef;
}

export type WorkloadKind =
  | 'Deployment'
  | 'ReplicaSet'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob'
  | 'ReplicationController';

export interface Workload {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  /** The workload's own metadata.labels (NOT copied to pods). */
  labels: Labels;
  /** Template labels (what the pods carry, before controller labels). */
  templateLabels: Labels;
  selector?: LabelSelector;
  replicas: number;
  pods: PodRef[];
  /** Defined by the engine as a cluster default (the CoreDNS Deployment). */
  builtin?: boolean;
  source: SourceRef;
}

/** One requirement of a node selector term (required node affinity, SEMANTICS.md §1.11). */
export interface NodeSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  values: string[];
}

/** A node selector term: the AND of its label expressions and field (`metadata.name`) ones. */
export interface NodeSelectorTerm {
  matchExpressions: NodeSelectorRequirement[];
  matchFields: NodeSelectorRequirement[];
}

export interface DnsConfig {
  nameservers: string[];
  searches: string[];
  options: { name: string; value?: string }[];
}

export interface Pod {
  namespace: string;
  name: string;
  /** `namespace/name`. */
  ref: PodRef;
  /** Top-level workload that owns it (Deployment, not its ReplicaSet); absent for bare Pods. */
  owner?: { kind: WorkloadKind; name: string };
  labels: Labels;
  annotations: Labels;
  /** Scheduled node; absent when Pending. */
  node?: string;
  /** Pod IP (node IP for hostNetwork pods); absent when Pending. */
  ip?: string;
  phase: 'Running' | 'Pending';
  ready: boolean;
  hostNetwork: boolean;
  /** Hostname the pod sees (spec.hostname or its name). */
  hostname: string;
  /** spec.hostname as set (StatefulSet pods: their name); used for endpoint hostnames. */
  specHostname?: string;
  subdomain?: string;
  dnsPolicy: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
  dnsConfig?: DnsConfig;
  enableServiceLinks: boolean;
  nodeName?: string;
  nodeSelector: Labels;
  tolerations: { key?: string; operator: 'Exists' | 'Equal'; value?: string; effect?: string }[];
  /** Required node affinity: the pod fits a node matching any term. Absent = no constraint. */
  nodeAffinity?: NodeSelectorTerm[];
  containers: string[];
  /** Container images, in container order (optional: used to recognise ingress controllers). */
  images?: string[];
  ports: ContainerPort[];
  /** Service environment variables the kubelet injects (SEMANTICS.md §3.12). */
  env: Record<string, string>;
  /** Names the containers set themselves in `env[]` (all containers, first occurrence order). */
  declaredEnv?: string[];
  /** `spec.hostAliases`: extra `/etc/hosts` lines (SEMANTICS.md §4.6). */
  hostAliases?: { ip: string; hostnames: string[] }[];
  /** The direct controller (ReplicaSet for Deployment pods, Job for CronJob pods). */
  controller?: { kind: string; name: string };
  /** Index within the owner (StatefulSet ordinal, Job completion index, replica number). */
  replicaIndex?: number;
  /** CronJob pods: modelled as one hypothetical run. */
  hypothetical?: boolean;
  /** Made by the engine as a cluster default (CoreDNS). */
  builtin?: boolean;
  /** The Pod object, or the workload template that made it. */
  source: SourceRef;
}

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePort {
  /** '' when unnamed. */
  name: string;
  port: number;
  protocol: Protocol;
  /** Number, or a container port name resolved per pod. */
  targetPort: number | string;
  nodePort?: number;
  appProtocol?: string;
  source: SourceRef;
}

/** One backend address of a Service, as the EndpointSlice controller would list it. */
export interface Endpoint {
  /** Backing pod, absent for hand-written endpoints (may be outside the cluster). */
  pod?: PodRef;
  ip: string;
  node?: string;
  /** Endpoint hostname (pod.spec.hostname when its subdomain equals the Service name). */
  hostname?: string;
  ready: boolean;
  /** Resolved ports for this endpoint: Service port name → number. Missing name = not a backend for it. */
  ports: { name: string; port: number; protocol: Protocol }[];
  source?: SourceRef;
}

export interface Service {
  namespace: string;
  name: string;
  type: ServiceType;
  /** Allocated or explicit address, 'None' for headless, null for ExternalName. */
  clusterIP: string | 'None' | null;
  headless: boolean;
  externalName?: string;
  externalIPs: string[];
  /** Address from status, or a simulated one from a documentation range. */
  loadBalancerIP?: string;
  loadBalancerSimulated?: boolean;
  loadBalancerSourceRanges: string[];
  /** null: no selector (endpoints are hand-written or absent). */
  selector: Labels | null;
  ports: ServicePort[];
  externalTrafficPolicy?: 'Cluster' | 'Local';
  internalTrafficPolicy?: 'Cluster' | 'Local';
  sessionAffinity: 'None' | 'ClientIP';
  /** ClientIP affinity timeout (default 10800 s); absent when sessionAffinity is None. */
  sessionAffinityTimeoutSeconds?: number;
  /** LoadBalancer + externalTrafficPolicy Local: the node port kube-proxy answers health checks on. */
  healthCheckNodePort?: number;
  /** spec.trafficDistribution as written (a routing hint only, §3.10). */
  trafficDistribution?: string;
  publishNotReadyAddresses: boolean;
  endpoints: Endpoint[];
  /** Names cluster DNS answers for it, fully qualified without the trailing dot. */
  dnsNames: string[];
  /** Defined by the engine as a cluster default (kube-dns, kubernetes). */
  builtin?: boolean;
  source: SourceRef;
}

/** The whole computed cluster: the one value every query reads. */
export interface Cluster {
  settings: ClusterSettings;
  namespaces: Namespace[];
  nodes: Node[];
  workloads: Workload[];
  pods: Pod[];
  services: Service[];
  ingresses: Ingress[];
  ingressClasses: IngressClass[];
  policies: NetworkPolicy[];
  dnsRecords: DnsRecord[];
  diagnostics: Diagnostic[];
  /** Counts by kind of the input objects, including kinds the engine ignores. */
  objectCounts: Record<string, number>;
}
