// Cluster + view → Cytoscape element definitions (pure). Grouped by namespace (default): namespace
// boxes hold Ingresses, Services and workloads; a workload is one node summarising its pods until
// expanded, then a box around them. Grouped by node: Kubernetes Node boxes hold the pods, and
// Services and Ingresses stay in namespace boxes beside them (a Service lives on no node). Ids are
// stable (`ns:shop`, `wl:Deployment/shop/web`, `pod:shop/web-1`, `svc:shop/web`, `ing:shop/site`,
// `node:worker-1`, `ext:world`) so updates diff cleanly. Node/edge builders: elementNodes.ts, elementEdges.ts.
import type { Cluster, Pod, Workload } from '../../engine/index';
import { builtinPodRefs, isBuiltin, shownNamespaces } from '../../state/builtins';
import { DEFAULT_GRAPH_VIEW, isExpanded, type GraphView } from '../../state/slices/graphView';
import { endpointEdges, entryEdges, routeEdges } from './elementEdges';
import {
  EXTERNAL_ID,
  EXTERNAL_NODE,
  UNSCHEDULED_BOX,
  UNSCHEDULED_ID,
  ingressNode,
  k8sNodeBox,
  k8sNodeId,
  namespaceNode,
  nsId,
  podId,
  podNode,
  serviceNode,
  workloadId,
  workloadNode,
} from './elementNodes';

export { EXTERNAL_ID };

export type GraphKind =
  'namespace' | 'node' | 'workload' | 'pod' | 'service' | 'ingress' | 'external';

export interface NodeData {
  id: string;
  parent?: string;
  kind: GraphKind;
  /** The full name (labels may be cut short). */
  name: string;
  namespace?: string;
  label: string;
  /** Service type, workload kind or Ingress class, for the inspector and the tests. */
  detail?: string;
  /** Width of a folded workload, fitted to its label. */
  width?: number;
  /** `key=value` labels, for "Find in graph". */
  labels?: string[];
}
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  kind: 'endpoint' | 'route' | 'entry' | 'trace' | 'policy';
  label?: string;
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
  /** Pod id → the element drawn for it when that is not the pod itself (its folded workload). */
  alias?: Record<string, string>;
}
export interface ElementOptions {
  showBuiltins: boolean;
  view?: GraphView;
}

/** What the filters let through. */
function visibleObjects(cluster: Cluster, options: ElementOptions, view: GraphView) {
  const hiddenNs = new Set(view.hiddenNamespaces);
  const hiddenKinds = new Set(view.hiddenKinds);
  const keep = (o: object) => options.showBuiltins || !isBuiltin(o);
  const builtinPods = builtinPodRefs(cluster);
  const namespaces = shownNamespaces(cluster, options.showBuiltins).filter(
    (n) => !hiddenNs.has(n.name),
  );
  const names = new Set(namespaces.map((n) => n.name));
  const shown = (o: { namespace: string }) => names.has(o.namespace);
  const noWorkloads = hiddenKinds.has('workloads');
  return {
    namespaces,
    workloads: noWorkloads ? [] : cluster.workloads.filter((w) => keep(w) && shown(w)),
    pods: noWorkloads
      ? []
      : cluster.pods.filter((p) => (options.showBuiltins || !builtinPods.has(p.ref)) && shown(p)),
    builtinPods,
    services: hiddenKinds.has('services')
      ? []
      : cluster.services.filter((s) => keep(s) && shown(s)),
    ingresses: hiddenKinds.has('ingresses') ? [] : cluster.ingresses.filter(shown),
  };
}
type Visible = ReturnType<typeof visibleObjects>;

const ownerId = (p: Pod) => p.owner && workloadId(p.owner.kind, p.namespace, p.owner.name);

/** Workloads (folded or around their pods) and bare pods, in namespace boxes. */
function byNamespace(v: Visible, view: GraphView) {
  const podsOf = new Map<string, Pod[]>();
  for (const p of v.pods) {
    const owner = ownerId(p);
    if (owner) podsOf.set(owner, [...(podsOf.get(owner) ?? []), p]);
  }
  const expanded = new Map<string, boolean>();
  const nodes = v.workloads.map((w: Workload) => {
    const id = workloadId(w.kind, w.namespace, w.name);
    expanded.set(id, isExpanded(view, id));
    return workloadNode(w, podsOf.get(id) ?? [], expanded.get(id)!);
  });
  const home = new Map<string, string>();
  for (const p of v.pods) {
    const owner = ownerId(p);
    const drawn = owner !== undefined && expanded.has(owner);
    if (drawn && !expanded.get(owner)) {
      home.set(podId(p.ref), owner); // folded: the workload stands for the pod
      continue;
    }
    nodes.push(podNode(p, drawn ? owner : nsId(p.namespace), v.builtinPods.has(p.ref)));
    home.set(podId(p.ref), podId(p.ref));
  }
  return { nodes, home };
}

/** Kubernetes Node boxes around the pods scheduled there (Pending ones in a box of their own). */
function byNode(cluster: Cluster, v: Visible) {
  const boxes = new Set(cluster.nodes.map((n) => n.name));
  const nodes = cluster.nodes.map(k8sNodeBox);
  const home = new Map<string, string>();
  let unscheduled = false;
  for (const p of v.pods) {
    const box = p.node && boxes.has(p.node) ? k8sNodeId(p.node) : UNSCHEDULED_ID;
    unscheduled ||= box === UNSCHEDULED_ID;
    nodes.push(podNode(p, box, v.builtinPods.has(p.ref)));
    home.set(podId(p.ref), podId(p.ref));
  }
  if (unscheduled) nodes.unshift(UNSCHEDULED_BOX);
  return { nodes, home };
}

/** The elements to draw for a cluster as `options.view` asks (built-ins only when asked for). */
export function toElements(cluster: Cluster, options: ElementOptions): GraphElements {
  const view = options.view ?? DEFAULT_GRAPH_VIEW;
  const v = visibleObjects(cluster, options, view);
  const inner = view.groupBy === 'node' ? byNode(cluster, v) : byNamespace(v, view);
  const leaves = [...v.ingresses.map(ingressNode), ...v.services.map(serviceNode), ...inner.nodes];
  const used = new Set(leaves.map((n) => n.data.parent));
  // By node, a namespace box is drawn only around the Services and Ingresses it holds.
  const boxes = v.namespaces
    .filter((n) => view.groupBy === 'namespace' || used.has(nsId(n.name)))
    .map(namespaceNode);
  const svcIds = new Set(v.services.map((s) => `svc:${s.namespace}/${s.name}`));
  const edges = [
    ...v.services.flatMap((s) => endpointEdges(s, (id) => inner.home.get(id))),
    ...v.ingresses.flatMap((i) => routeEdges(i, svcIds)),
    ...entryEdges(v.ingresses, v.services),
  ];
  const nodes = [...boxes, ...leaves];
  if (nodes.length === 0) return { nodes, edges: [] };
  const alias: Record<string, string> = {};
  for (const [pod, drawn] of inner.home) if (pod !== drawn) alias[pod] = drawn;
  return { nodes: [EXTERNAL_NODE, ...nodes], edges, alias };
}

/** A key that changes exactly when the set of node or edge ids (or a node's parent) changes. */
export function structureKey(elements: GraphElements): string {
  const nodes = elements.nodes.map((n) => `${n.data.id}<${n.data.parent ?? ''}`).sort();
  const edges = elements.edges.map((e) => e.data.id).sort();
  return `${nodes.join('|')}#${edges.join('|')}`;
}
