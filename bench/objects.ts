// Bench support: realistic Kubernetes objects as `kubectl get -A -o yaml` prints them, with
// labels, annotations, managedFields, probes, env, resources and status, so the YAML size is
// honest. Which objects exist, and how many, is decided in generate.ts.
import type { Rng } from './emit';

type Obj = Record<string, unknown>;
const STAMP = '2025-03-14T09:26:53Z';

/** What the generator knows about one application: enough for Services and policies to target it. */
export interface App {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /** [name, containerPort] pairs the pods declare. */
  ports: [string, number][];
}

function managedFields(manager: string, fields: string[]): Obj[] {
  const f: Obj = {};
  for (const path of fields) f[`f:${path}`] = { '.': {}, 'f:name': {}, 'f:value': {} };
  return [
    {
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: f,
      manager,
      operation: 'Update',
      time: STAMP,
    },
  ];
}

// managedFields as the API server writes them: one `f:` entry per field set, list items keyed
// by name. This is what makes real `kubectl get -o yaml` output large.
function fieldsOf(value: unknown): Obj {
  const out: Obj = {};
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const named = item && typeof item === 'object' && 'name' in item;
      out[named ? `k:{"name":"${String((item as Obj).name)}"}` : `i:${i}`] = {
        '.': {},
        ...fieldsOf(item),
      };
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out[`f:${k}`] = fieldsOf(v);
  }
  return out;
}

/** metadata of an applied object: last-applied-configuration and structural managedFields. */
function appliedMetadata(rng: Rng, obj: Obj, labels: Obj, kind: string): Obj {
  const meta = obj.metadata as Obj;
  const applied = {
    apiVersion: obj.apiVersion,
    kind,
    metadata: { labels, name: meta.name, namespace: meta.namespace },
    spec: obj.spec,
  };
  const annotations = {
    ...(meta.annotations as Obj),
    'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(applied) + '\n',
  };
  const managed = [
    {
      apiVersion: obj.apiVersion,
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:spec': fieldsOf(obj.spec) },
      manager: 'kubectl-client-side-apply',
      operation: 'Update',
      time: STAMP,
    },
    {
      apiVersion: obj.apiVersion,
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:status': fieldsOf(obj.status) },
      manager: 'kube-controller-manager',
      operation: 'Update',
      subresource: 'status',
      time: STAMP,
    },
  ];
  return { ...meta, annotations, managedFields: managed, generation: rng.int(1, 9) };
}

function metadata(
  rng: Rng,
  ns: string,
  name: string,
  labels: Obj,
  kind: string,
  extra: Obj = {},
): Obj {
  return {
    annotations: {
      'meta.helm.sh/release-name': ns,
      'meta.helm.sh/release-namespace': ns,
      ...extra,
    },
    creationTimestamp: STAMP,
    generation: rng.int(1, 9),
    labels: { ...labels, 'app.kubernetes.io/managed-by': 'Helm', 'helm.sh/chart': `${ns}-1.4.2` },
    managedFields: managedFields('helm', ['metadata', 'spec', kind.toLowerCase()]),
    name,
    namespace: ns,
    resourceVersion: String(rng.int(100000, 9999999)),
    uid: `${rng.id(8)}-${rng.id(4)}-${rng.id(4)}-${rng.id(4)}-${rng.id(12)}`,
  };
}

function probe(port: string, path: string): Obj {
  return {
    failureThreshold: 3,
    httpGet: { path, port, scheme: 'HTTP' },
    initialDelaySeconds: 10,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 1,
  };
}

function container(rng: Rng, app: App): Obj {
  const env = [];
  for (let i = 0; i < 8; i++)
    env.push({
      name: `${app.name.toUpperCase().replace(/-/g, '_')}_SETTING_${i}`,
      value: rng.id(12),
    });
  env.push({
    name: 'POD_IP',
    valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } },
  });
  return {
    env,
    image: `registry.example.com/${app.namespace}/${app.name}:1.${rng.int(0, 40)}.${rng.int(0, 9)}`,
    imagePullPolicy: 'IfNotPresent',
    livenessProbe: probe(app.ports[0][0], '/healthz'),
    name: app.name,
    ports: app.ports.map(([name, containerPort]) => ({ containerPort, name, protocol: 'TCP' })),
    readinessProbe: probe(app.ports[0][0], '/ready'),
    resources: {
      limits: { cpu: '500m', memory: '512Mi' },
      requests: { cpu: '100m', memory: '128Mi' },
    },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
    },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    volumeMounts: [{ mountPath: '/etc/config', name: 'config', readOnly: true }],
  };
}

function podSpec(rng: Rng, app: App): Obj {
  return {
    containers: [container(rng, app)],
    dnsPolicy: 'ClusterFirst',
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
    securityContext: { fsGroup: 2000 },
    serviceAccountName: app.name,
    terminationGracePeriodSeconds: 30,
    volumes: [{ configMap: { defaultMode: 420, name: `${app.name}-config` }, name: 'config' }],
  };
}

function conditions(types: string[]): Obj[] {
  return types.map((type) => ({ lastTransitionTime: STAMP, status: 'True', type }));
}

/** A Deployment or StatefulSet running `replicas` pods of `app`. */
export function workload(
  rng: Rng,
  app: App,
  kind: 'Deployment' | 'StatefulSet',
  replicas: number,
): Obj {
  const spec: Obj = {
    replicas,
    revisionHistoryLimit: 10,
    selector: { matchLabels: { app: app.labels.app } },
    template: {
      metadata: { labels: app.labels, annotations: { 'prometheus.io/scrape': 'true' } },
      spec: podSpec(rng, app),
    },
  };
  if (kind === 'StatefulSet') spec.serviceName = app.name;
  else
    spec.strategy = {
      rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
      type: 'RollingUpdate',
    };
  const obj: Obj = {
    apiVersion: 'apps/v1',
    kind,
    metadata: metadata(rng, app.namespace, app.name, app.labels, kind, {
      'deployment.kubernetes.io/revision': '3',
    }),
    spec,
    status: {
      availableReplicas: replicas,
      conditions: conditions(['Available', 'Progressing']),
      observedGeneration: 3,
      readyReplicas: replicas,
      replicas,
    },
  };
  return { ...obj, metadata: appliedMetadata(rng, obj, app.labels, kind) };
}

/** A bare Pod of `app` bound to one of `nodes` nodes; `lean` leaves out the applied bulk. */
export function pod(rng: Rng, app: App, nodes: number, lean = false): Obj {
  const obj: Obj = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: metadata(rng, app.namespace, app.name, app.labels, 'Pod'),
    spec: { ...podSpec(rng, app), nodeName: `node-${rng.int(1, nodes)}` },
    status: {
      conditions: conditions(['Initialized', 'Ready', 'ContainersReady', 'PodScheduled']),
      containerStatuses: [
        {
          name: app.name,
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: STAMP } },
        },
      ],
      phase: 'Running',
      qosClass: 'Burstable',
      startTime: STAMP,
    },
  };
  return lean ? obj : { ...obj, metadata: appliedMetadata(rng, obj, app.labels, 'Pod') };
}

/** A Service in front of `app`: ClusterIP, headless or NodePort, numeric or named targetPorts. */
export function service(rng: Rng, app: App, name: string, variant: number): Obj {
  const ports = app.ports.map(([portName, containerPort], i) => ({
    name: portName,
    port: i === 0 ? 80 : containerPort,
    protocol: 'TCP',
    targetPort: variant % 2 === 0 ? portName : containerPort,
  }));
  const spec: Obj = {
    ports,
    selector: { app: app.labels.app },
    sessionAffinity: 'None',
    type: 'ClusterIP',
  };
  if (variant % 7 === 3) spec.clusterIP = 'None';
  if (variant % 11 === 5) spec.type = 'NodePort';
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(rng, app.namespace, name, { app: app.labels.app }, 'Service'),
    spec,
    status: { loadBalancer: {} },
  };
}

/** A Namespace with the labels policies select on. */
export function namespace(rng: Rng, name: string, team: string): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      labels: {
        'kubernetes.io/metadata.name': name,
        team,
        env: rng.pick(['prod', 'staging', 'dev']),
      },
      name,
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

/** Node `node-<index>` (1-based) as a kubelet registers it: pod CIDR 10.244.(index−1).0/24. */
export function node(index: number): Obj {
  const name = `node-${index}`;
  const capacity = { cpu: '16', memory: '65843412Ki', pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      labels: {
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/zone': `zone-${(index % 3) + 1}`,
      },
      name,
    },
    spec: { podCIDR: `10.244.${index - 1}.0/24`, podCIDRs: [`10.244.${index - 1}.0/24`] },
    status: {
      addresses: [
        { address: `192.168.${49 + (index >> 8)}.${(index % 256) + 1}`, type: 'InternalIP' },
        { address: name, type: 'Hostname' },
      ],
      allocatable: capacity,
      capacity,
      conditions: conditions(['Ready']),
    },
  };
}
