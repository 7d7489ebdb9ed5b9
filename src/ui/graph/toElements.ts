// Cluster → Cytoscape element definitions (pure). Namespaces are compound boxes holding workloads
// (compound boxes holding their pods), bare pods and Services; each Service links to the pods its
// endpoints name. Ids are stable (`ns:shop`, `wl:Deployment/shop/web`, `pod:shop/web-1`,
// `svc:shop/web`, `ext:world` for the outside world) so updates diff cleanly.
import type { Cluster, Pod, Service, Workload } from '../../engine/index';
import { builtinPodRefs, isBuiltin, shownNamespaces } from '../../state/builtins';

export type GraphKind = 'namespace' | 'workload' | 'pod' | 'service' | 'external';

export interface NodeData {
  id: string;
  parent?: string;
  kind: GraphKind;
  name: string;
  namespace?: string;
  label: string;
  /** Service type or workload kind, for the inspector and the tests. */
  detail?: string;
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: 'endpoint' | 'trace';
}
export interface GraphNode {
  group: 'nodes';
  data: NodeData;
  classes: string;
}
export interface GraphEdge {
  group: 'edges';
  data: EdgeData;
  classes: string;
}
export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
export interface ElementOptions {
  showBuiltins: boolean;
}

export const nsId = (name: string) => `ns:${name}`;
export const workloadId = (kind: string, namespace: string, name: string) =>
  `wl:${kind}/${namespace}/${name}`;
export const podId = (ref: string) => `pod:${ref}`;
export const serviceId = (namespace: string, name: string) => `svc:${namespace}/${name}`;
/** The one node for everything outside the cluster: a trace source. */
export const EXTERNAL_ID = 'ext:world';
export const endpointEdgeId = (svc: string, pod: string) => `${svc}->${pod}`;

const cls = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

function workloadNode(w: Workload): GraphNode {
  const replicas = `${w.replicas} ${w.replicas === 1 ? 'replica' : 'replicas'}`;
  return {
    group: 'nodes',
    data: {
      id: workloadId(w.kind, w.namespace, w.name),
      parent: nsId(w.namespace),
      kind: 'workload',
      name: w.name,
      namespace: w.namespace,
      label: `${w.kind} ${w.name} · ${replicas}`,
      detail: w.kind,
    },
    classes: cls('workload', `wl-${w.kind.toLowerCase()}`, isBuiltin(w) && 'builtin'),
  };
}

function podNode(p: Pod, parent: string, builtin: boolean): GraphNode {
  return {
    group: 'nodes',
    data: {
      id: podId(p.ref),
      parent,
      kind: 'pod',
      name: p.name,
      namespace: p.namespace,
      label: `${p.name}\n${p.ip ?? 'Pending'}`,
    },
    classes: cls(
      'pod',
      builtin && 'builtin',
      p.phase === 'Pending' && 'pending',
      !p.ready && 'not-ready',
      p.hypothetical && 'hypothetical',
    ),
  };
}

/** The lines under a Service's name: `ClusterIP 10.96.0.12`, then its ports (`80/TCP`). */
export function serviceSubtitle(s: Service): string {
  const address =
    s.type === 'ExternalName'
      ? `→ ${s.externalName ?? '?'}`
      : s.headless
        ? 'headless'
        : (s.clusterIP ?? '');
  const ports = s.ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
  return [`${s.type} ${address}`.trim(), ports].filter(Boolean).join('\n');
}

function serviceNode(s: Service): GraphNode {
  return {
    group: 'nodes',
    data: {
      id: serviceId(s.namespace, s.name),
      parent: nsId(s.namespace),
      kind: 'service',
      name: s.name,
      namespace: s.namespace,
      label: `${s.name}\n${serviceSubtitle(s)}`,
      detail: s.type,
    },
    classes: cls(
      'service',
      `svc-${s.type.toLowerCase()}`,
      s.headless && 'headless',
      isBuiltin(s) && 'builtin',
      s.endpoints.length === 0 && 'no-endpoints',
    ),
  };
}

function endpointEdges(s: Service, shownPods: Set<string>): GraphEdge[] {
  const source = serviceId(s.namespace, s.name);
  const seen = new Map<string, GraphEdge>();
  for (const ep of s.endpoints) {
    if (!ep.pod || !shownPods.has(ep.pod)) continue;
    const target = podId(ep.pod);
    const id = endpointEdgeId(source, target);
    const prev = seen.get(id);
    if (prev && !ep.ready) continue; // one edge per pod; ready wins
    seen.set(id, {
      group: 'edges',
      data: { id, source, target, kind: 'endpoint' },
      classes: cls('endpoint', !ep.ready && 'not-ready'),
    });
  }
  return [...seen.values()];
}

const EXTERNAL_NODE: GraphNode = {
  group: 'nodes',
  data: { id: EXTERNAL_ID, kind: 'external', name: 'external', label: 'Outside world' },
  classes: 'external',
};

/** The elements to draw for a cluster (and the outside world, when there is a cluster). Built-in objects are left out unless asked for. */
export function toElements(cluster: Cluster, options: ElementOptions): GraphElements {
  const keep = (o: object) => options.showBuiltins || !isBuiltin(o);
  const builtinPods = builtinPodRefs(cluster);
  const namespaces = shownNamespaces(cluster, options.showBuiltins);
  const nsNames = new Set(namespaces.map((n) => n.name));
  const nodes: GraphNode[] = namespaces.map((n) => ({
    group: 'nodes',
    data: { id: nsId(n.name), kind: 'namespace', name: n.name, label: n.name },
    classes: cls('namespace', !n.explicit && 'implicit'),
  }));
  const workloads = cluster.workloads.filter((w) => keep(w) && nsNames.has(w.namespace));
  nodes.push(...workloads.map(workloadNode));
  const wlIds = new Set(workloads.map((w) => workloadId(w.kind, w.namespace, w.name)));
  const shownPods = new Set<string>();
  for (const p of cluster.pods) {
    const builtin = builtinPods.has(p.ref);
    if ((builtin && !options.showBuiltins) || !nsNames.has(p.namespace)) continue;
    const owner = p.owner && workloadId(p.owner.kind, p.namespace, p.owner.name);
    nodes.push(podNode(p, owner && wlIds.has(owner) ? owner : nsId(p.namespace), builtin));
    shownPods.add(p.ref);
  }
  const services = cluster.services.filter((s) => keep(s) && nsNames.has(s.namespace));
  nodes.push(...services.map(serviceNode));
  const edges = services.flatMap((s) => endpointEdges(s, shownPods));
  if (nodes.length > 0) nodes.push(EXTERNAL_NODE);
  return { nodes, edges };
}

/** A key that changes exactly when the set of node or edge ids (or a node's parent) changes. */
export function structureKey(elements: GraphElements): string {
  const nodes = elements.nodes.map((n) => `${n.data.id}<${n.data.parent ?? ''}`).sort();
  const edges = elements.edges.map((e) => e.data.id).sort();
  return `${nodes.join('|')}#${edges.join('|')}`;
}
