// Node builders for toElements (pure): one function per thing drawn (namespace and Kubernetes
// Node boxes, workloads folded or expanded, pods, Services, Ingresses, the outside world), with
// the short labels a presenter can read (long names cut with an ellipsis; the full name stays in
// `data.name` for the tooltip and the inspector) and the `k=v` labels "Find in graph" matches.
import type { Cluster, Ingress, Pod, Service, Workload } from '../../engine/index';
import { isBuiltin } from '../../state/builtins';
import type { GraphNode, NodeData } from './toElements';

/** Longest name shown whole on the canvas; longer ones end in "…". */
export const MAX_LABEL_CHARS = 26;

export const nsId = (name: string) => `ns:${name}`;
export const workloadId = (kind: string, namespace: string, name: string) =>
  `wl:${kind}/${namespace}/${name}`;
export const podId = (ref: string) => `pod:${ref}`;
export const serviceId = (namespace: string, name: string) => `svc:${namespace}/${name}`;
export const ingressId = (namespace: string, name: string) => `ing:${namespace}/${name}`;
export const k8sNodeId = (name: string) => `node:${name}`;
/** The box for pods no node could take (node names are DNS names, so no clash). */
export const UNSCHEDULED_ID = 'node:(unscheduled)';
/** The one node for everything outside the cluster: a trace source and where traffic enters. */
export const EXTERNAL_ID = 'ext:world';

export const cls = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** `text` cut to `max` characters with an ellipsis. */
export function truncate(text: string, max = MAX_LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const pairs = (labels: Record<string, string>) =>
  Object.entries(labels).map(([k, v]) => `${k}=${v}`);

/** Width for a box holding `label` inside it (about 7.4 px a character at 13 px). */
export function labelWidth(label: string): number {
  const longest = Math.max(...label.split('\n').map((l) => l.length));
  return Math.round(Math.min(240, Math.max(96, longest * 7.4 + 28)));
}

const node = (data: NodeData, classes: string): GraphNode => ({ group: 'nodes', data, classes });

export function namespaceNode(ns: Cluster['namespaces'][number]): GraphNode {
  return node(
    {
      id: nsId(ns.name),
      kind: 'namespace',
      name: ns.name,
      label: truncate(ns.name, 40),
      labels: pairs(ns.labels),
    },
    cls('namespace', !ns.explicit && 'implicit'),
  );
}

export function k8sNodeBox(n: Cluster['nodes'][number]): GraphNode {
  return node(
    {
      id: k8sNodeId(n.name),
      kind: 'node',
      name: n.name,
      label: `node ${truncate(n.name, 34)} · ${n.ip}`,
      labels: pairs(n.labels),
    },
    cls('k8snode', n.unschedulable && 'unschedulable'),
  );
}

export const UNSCHEDULED_BOX: GraphNode = node(
  { id: UNSCHEDULED_ID, kind: 'node', name: 'unscheduled', label: 'No node (Pending)' },
  'k8snode unscheduled',
);

/** "2/3 ready": how many of the workload's pods are ready. */
export function readySummary(pods: Pod[], replicas: number): string {
  const ready = pods.filter((p) => p.ready).length;
  return `${ready}/${Math.max(pods.length, replicas)} ready`;
}

/** A workload: a leaf showing kind, name and readiness when folded; a box around its pods when not. */
export function workloadNode(w: Workload, pods: Pod[], expanded: boolean): GraphNode {
  const summary = readySummary(pods, w.replicas);
  const name = truncate(w.name);
  const label = expanded ? `${w.kind} ${name} · ${summary}` : `${w.kind}\n${name}\n${summary}`;
  const notReady = pods.some((p) => !p.ready) || pods.length < w.replicas;
  return node(
    {
      id: workloadId(w.kind, w.namespace, w.name),
      parent: nsId(w.namespace),
      kind: 'workload',
      name: w.name,
      namespace: w.namespace,
      label,
      detail: w.kind,
      width: expanded ? undefined : labelWidth(label),
      labels: [...pairs(w.templateLabels), ...pairs(w.labels)],
    },
    cls(
      'workload',
      expanded ? 'expanded' : 'folded',
      `wl-${w.kind.toLowerCase()}`,
      notReady && 'not-ready',
      isBuiltin(w) && 'builtin',
    ),
  );
}

export function podNode(p: Pod, parent: string | undefined, builtin: boolean): GraphNode {
  return node(
    {
      id: podId(p.ref),
      parent,
      kind: 'pod',
      name: p.name,
      namespace: p.namespace,
      label: `${truncate(p.name)}\n${p.ip ?? 'Pending'}`,
      labels: pairs(p.labels),
    },
    cls(
      'pod',
      builtin && 'builtin',
      p.phase === 'Pending' && 'pending',
      !p.ready && 'not-ready',
      p.hypothetical && 'hypothetical',
    ),
  );
}

/** The lines under a Service's name: `ClusterIP 10.96.0.12`, then its ports (`80/TCP`). */
export function serviceSubtitle(s: Service): string {
  const address =
    s.type === 'ExternalName'
      ? `→ ${truncate(s.externalName ?? '?')}`
      : s.headless
        ? 'headless'
        : (s.clusterIP ?? '');
  const ports = s.ports.map((p) => `${p.port}/${p.protocol}`);
  const shown = ports.length > 3 ? [...ports.slice(0, 3), `+${ports.length - 3}`] : ports;
  return [`${s.type} ${address}`.trim(), shown.join(', ')].filter(Boolean).join('\n');
}

export function serviceNode(s: Service): GraphNode {
  return node(
    {
      id: serviceId(s.namespace, s.name),
      parent: nsId(s.namespace),
      kind: 'service',
      name: s.name,
      namespace: s.namespace,
      label: `${truncate(s.name)}\n${serviceSubtitle(s)}`,
      detail: s.type,
      labels: s.selector ? pairs(s.selector) : [],
    },
    cls(
      'service',
      `svc-${s.type.toLowerCase()}`,
      s.headless && 'headless',
      isBuiltin(s) && 'builtin',
      s.endpoints.length === 0 && 'no-endpoints',
    ),
  );
}

/** The hosts an Ingress answers for, as its second label line ("shop.example.com +1"). */
function hostLine(ing: Ingress): string {
  const hosts = [...new Set(ing.rules.map((r) => r.host ?? '*'))];
  if (hosts.length === 0) return ing.defaultBackend ? 'default backend' : 'no rules';
  const more = hosts.length > 1 ? ` +${hosts.length - 1}` : '';
  return `${truncate(hosts[0])}${more}`;
}

export function ingressNode(ing: Ingress): GraphNode {
  return node(
    {
      id: ingressId(ing.namespace, ing.name),
      parent: nsId(ing.namespace),
      kind: 'ingress',
      name: ing.name,
      namespace: ing.namespace,
      label: `${truncate(ing.name)}\n${hostLine(ing)}`,
      detail: ing.className ?? 'no class',
    },
    cls('ingress', !ing.served && 'unserved', ing.tls.length > 0 && 'tls'),
  );
}

export const EXTERNAL_NODE: GraphNode = node(
  { id: EXTERNAL_ID, kind: 'external', name: 'external', label: 'Outside world' },
  'external',
);
