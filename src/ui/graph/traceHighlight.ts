// A trace result → classes on the graph's elements (pure). The source (a pod or the outside
// world), the Services the path goes through and the endpoint pods get trace classes; endpoint
// edges on the path and extra `trace` edges (source → Service → pod) carry the verdict colour.
// A pod folded into its workload is highlighted through the workload (elements.alias).
import type { TraceResult } from '../../engine/index';
import { endpointEdgeId } from './elementEdges';
import { EXTERNAL_ID } from './elementNodes';
import type { GraphEdge, GraphElements } from './toElements';

export interface TraceHighlight {
  /** Element id → classes to add. */
  classes: Map<string, string[]>;
  /** Edges to add for path segments the graph does not draw. */
  edges: GraphEdge[];
}

const VIA_HOPS = new Set(['service', 'load-balancer', 'node-port', 'ingress-routing']);

/** True when `text` names `ref` as a whole word after `prefix` (`pod shop/web-1`, not `web-10`). */
export function mentions(text: string, prefix: string, ref: string): boolean {
  const needle = `${prefix} ${ref}`;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const rest = text.slice(i + needle.length, i + needle.length + 2);
    if (!/^([a-z0-9-]|\.[a-z0-9])/.test(rest)) return true;
  }
  return false;
}

function sourceNode(result: TraceResult, podIds: string[]): string | null {
  const hop = result.hops.find((h) => h.kind === 'source');
  if (!hop) return null;
  if (hop.detail.startsWith('external')) return EXTERNAL_ID;
  return podIds.find((id) => mentions(hop.detail, 'pod', id.slice(4))) ?? null;
}

function viaNodes(result: TraceResult, viaIds: string[]): string[] {
  const vias: string[] = [];
  for (const hop of result.hops) {
    if (!VIA_HOPS.has(hop.kind)) continue;
    for (const id of viaIds) {
      const word = id.startsWith('ing:') ? 'Ingress' : 'Service';
      if (!vias.includes(id) && mentions(hop.detail, word, id.slice(4))) vias.push(id);
    }
  }
  return vias;
}

const add = (m: Map<string, string[]>, id: string, ...cls: string[]) =>
  m.set(id, [...new Set([...(m.get(id) ?? []), ...cls])]);

const traceEdge = (source: string, target: string, verdict: string): GraphEdge => ({
  group: 'edges',
  data: { id: `trace:${source}->${target}`, source, target, kind: 'trace' },
  classes: `trace-edge trace-${verdict}`,
});

/** True for an expanded workload: dimming the box would dim its pods with it. */
const isBox = (elements: GraphElements, id: string) =>
  id.startsWith('wl:') && elements.nodes.some((n) => n.data.parent === id);

/** The highlight for `result` on the elements drawn. */
export function traceHighlight(result: TraceResult, elements: GraphElements): TraceHighlight {
  const classes = new Map<string, string[]>();
  const edges: GraphEdge[] = [];
  const ids = new Set(elements.nodes.map((n) => n.data.id));
  const edgeIds = new Set(elements.edges.map((e) => e.data.id));
  const alias = elements.alias ?? {};
  const drawn = (id: string) => (ids.has(id) ? id : (alias[id] ?? null));
  const ofKind = (...kinds: string[]) =>
    elements.nodes.filter((n) => kinds.includes(n.data.kind)).map((n) => n.data.id);
  const pods = ofKind('pod');
  const svcs = ofKind('service', 'ingress');
  const found = sourceNode(result, [...pods, ...Object.keys(alias)]);
  const src = found && drawn(found);
  const vias = viaNodes(result, svcs);
  if (src) add(classes, src, 'trace-source');
  vias.forEach((v) => add(classes, v, 'trace-via'));
  const path = [src, ...vias].filter((x): x is string => x !== null);
  for (let i = 1; i < path.length; i++) edges.push(traceEdge(path[i - 1], path[i], 'info'));
  const last = path[path.length - 1];
  for (const ep of result.endpoints) {
    const id = ep.pod ? drawn(`pod:${ep.pod}`) : null;
    if (!id) continue;
    add(classes, id, 'trace-endpoint', `trace-${ep.verdict}`);
    if (!last || last === id) continue;
    const edgeId = endpointEdgeId(last, id);
    const extra = traceEdge(last, id, ep.verdict);
    if (edgeIds.has(edgeId)) add(classes, edgeId, 'trace-path', `trace-${ep.verdict}`);
    else if (!edges.some((e) => e.data.id === extra.data.id)) edges.push(extra); // one per workload
  }
  if (path.length > 0 || classes.size > 0) {
    for (const id of ofKind('pod', 'workload', 'service', 'ingress')) {
      if (!classes.has(id) && !isBox(elements, id)) add(classes, id, 'trace-dim');
    }
  }
  return { classes, edges };
}
