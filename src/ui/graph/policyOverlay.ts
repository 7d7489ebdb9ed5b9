// The engine's policy connectivity → the graph's policy view (pure): one directed `policy` edge
// per pair of workloads (or bare pods) that policy lets talk, labelled with the ports, plus what
// the side note says. Choices, and why:
// - Only pairs policy decides get edges (the engine lists those). Workloads no policy isolates
//   accept everything; drawing that would be an all-to-all hairball, so the note names them.
// - Denied pairs get no edge (the absence says it); the note lists them, with their ports.
// - Edges only join nodes the graph draws (built-ins hidden: their edges go too), and past
//   MAX_POLICY_EDGES none are drawn: the note says so and points at the matrix.
import type { ConnectivityLink, PolicyConnectivity, PortRef } from '../../engine/index';
import type { GraphElements } from './toElements';

export interface PolicyEdge {
  group: 'edges';
  data: { id: string; source: string; target: string; kind: 'policy'; label: string };
  classes: string;
}

export interface PolicyPair {
  from: string;
  to: string;
  ports: string;
}

export interface PolicyOverlay {
  edges: PolicyEdge[];
  /** One line in words: what is drawn and what is not. */
  headline: string;
  /** Names of drawn workloads no policy isolates (everything reaches them, they reach anything). */
  open: string[];
  denied: PolicyPair[];
  /** Pairs policy denies on some port, counting fully denied pairs the engine did not list. */
  deniedTotal: number;
  /** Allowed connections left undrawn: too many, or an end not on the graph. */
  undrawn: number;
}

export const MAX_POLICY_EDGES = 300;
const MAX_LABEL_PORTS = 3;

const isFullyDenied = (l: ConnectivityLink) => l.allowed.length + l.partial.length === 0;

export const policyEdgeId = (from: string, to: string) => `policy:${from}->${to}`;

const portText = (p: PortRef) => `${p.protocol} ${p.port}`;

/** "TCP 8080, TCP 9090 (some pods)", at most three ports then "+N more". */
export function portsLabel(link: Pick<ConnectivityLink, 'allowed' | 'partial'>): string {
  const all = [
    ...link.allowed.map(portText),
    ...link.partial.map((p) => `${portText(p)} (some pods)`),
  ];
  const shown = all.slice(0, MAX_LABEL_PORTS).join(', ');
  return all.length > MAX_LABEL_PORTS ? `${shown} +${all.length - MAX_LABEL_PORTS} more` : shown;
}

/** `wl:Deployment/shop/web` → `shop/web`; `pod:shop/debug` → `shop/debug`. */
export function groupName(id: string): string {
  const rest = id.slice(id.indexOf(':') + 1);
  return id.startsWith('wl:') ? rest.slice(rest.indexOf('/') + 1) : rest;
}

/** The overlay for the connectivity answer on the elements drawn. */
export function policyOverlay(c: PolicyConnectivity, elements: GraphElements): PolicyOverlay {
  const drawn = new Set(elements.nodes.map((n) => n.data.id));
  const allowed = c.links.filter((l) => l.allowed.length + l.partial.length > 0);
  const visible = allowed.filter((l) => drawn.has(l.from) && drawn.has(l.to));
  const tooMany = visible.length > MAX_POLICY_EDGES;
  const edges: PolicyEdge[] = tooMany
    ? []
    : visible.map((l) => ({
        group: 'edges',
        data: {
          id: policyEdgeId(l.from, l.to),
          source: l.from,
          target: l.to,
          kind: 'policy',
          label: portsLabel(l),
        },
        classes: l.allowed.length > 0 ? 'policy' : 'policy policy-partial',
      }));
  const denied = c.links
    .filter((l) => l.denied.length > 0 && drawn.has(l.from) && drawn.has(l.to))
    .map((l) => ({
      from: groupName(l.from),
      to: groupName(l.to),
      ports: l.denied.map(portText).join(', '),
    }));
  const open = c.open.filter((id) => drawn.has(id)).map(groupName);
  return {
    edges,
    headline: headline(c, visible.length, tooMany),
    open,
    denied,
    deniedTotal: denied.length + c.deniedPairs - c.links.filter(isFullyDenied).length,
    undrawn: allowed.length - edges.length,
  };
}

function headline(c: PolicyConnectivity, allowed: number, tooMany: boolean): string {
  if (c.error) return `Policy view unavailable: ${c.error}.`;
  if (!c.enforcing) return 'The network plugin ignores NetworkPolicy: every connection is allowed.';
  if (c.links.length === 0)
    return 'No NetworkPolicy isolates any pod: every connection is allowed.';
  if (tooMany) {
    return `${allowed} allowed connections: too many to draw (limit ${MAX_POLICY_EDGES}). Use the Matrix tab.`;
  }
  const s = allowed === 1 ? '' : 's';
  return `${allowed} connection${s} allowed by policy: arrows, labelled with ports.`;
}
