// The policy view's answer: between workloads (and bare pods), on the ports each destination
// declares, what NetworkPolicy decides. Built on the compact class matrix (classMatrix.ts), one
// per distinct destination port, folded over each group's classes instead of its pod pairs.
// Decisions documented here:
// - Only pairs that policy decides are listed: the source is isolated for egress or the
//   destination for ingress. Between two groups isolated in neither direction everything is
//   allowed; listing those would draw an all-to-all hairball, so they are only counted.
// - A group's ports are its pods' declared container ports, all protocols: what a client can
//   meaningfully connect to. Groups declaring none get no links (they are named in the notes).
// - A group with itself is left out (pods of one workload talking among themselves).
// - Pending pods (no IP) are left out, as in the matrix.
import type { Cluster, Pod, PodRef, Protocol, WorkloadKind } from '../model/cluster';
import type { ClassMatrix } from '../model/query';
import { computeClassMatrix, hexDigit } from './classMatrix';
import { cmp, isolatingPolicies, policyIndexOf } from './policyIndex';

export interface PortRef {
  port: number;
  protocol: Protocol;
}

/** A workload (or a bare pod) as the policy view draws it. */
export interface ConnectivityGroup {
  /** The graph id: `wl:<Kind>/<ns>/<name>`, or `pod:<ns>/<name>` for a bare pod. */
  id: string;
  namespace: string;
  kind: WorkloadKind | 'Pod';
  name: string;
  pods: PodRef[];
  /** Some pod of the group is isolated in that direction (a policy selects it). */
  isolated: { ingress: boolean; egress: boolean };
  /** Declared container ports of its pods, sorted by protocol then number. */
  ports: PortRef[];
}

/** What policy decides from one group to another, port by port. */
export interface ConnectivityLink {
  from: string;
  to: string;
  /** Every pod pair is allowed on these ports. */
  allowed: PortRef[];
  /** Some pod pairs are allowed, some denied. */
  partial: PortRef[];
  denied: PortRef[];
}

export interface ConnectivityQuery {
  /** Most groups to answer for (default 300). Cost is one class matrix per distinct port: about 3 s for 660 pods and 20 ports here; beyond it `error` says so. */
  maxGroups?: number;
}

export interface PolicyConnectivity {
  /** False when the network plugin ignores NetworkPolicy (then nothing is decided by policy). */
  enforcing: boolean;
  groups: ConnectivityGroup[];
  /**
   * Ordered pairs of different groups that policy decides, in group order: every pair with an
   * allowed (or partly allowed) port, and the first MAX_DENIED_LISTED pairs denied on every port.
   */
  links: ConnectivityLink[];
  /** All policy-decided pairs denied on every port (listed or not). */
  deniedPairs: number;
  /** Ids of groups isolated in neither direction. */
  open: string[];
  /** Ordered pairs of different groups that no policy touches: all allowed. */
  openPairs: number;
  notes: string[];
  error?: string;
}

export const DEFAULT_MAX_GROUPS = 300;
/** Fully denied pairs listed at most (the rest are counted): they dominate default-deny clusters. */
export const MAX_DENIED_LISTED = 200;

/** The policy view for the whole cluster. */
export function computeConnectivity(
  cluster: Cluster,
  query: ConnectivityQuery = {},
): PolicyConnectivity {
  const idx = policyIndexOf(cluster);
  const groups = groupByWorkload(cluster, (p, type) =>
    idx.enforcing && !p.hostNetwork
      ? isolatingPolicies(idx, p.namespace, p.labels, type).length > 0
      : false,
  );
  const out: PolicyConnectivity = {
    enforcing: idx.enforcing,
    groups,
    links: [],
    open: groups.filter((g) => !g.isolated.ingress && !g.isolated.egress).map((g) => g.id),
    openPairs: 0,
    deniedPairs: 0,
    notes: notesOf(cluster, groups, idx.enforcing),
  };
  const max = query.maxGroups ?? DEFAULT_MAX_GROUPS;
  if (groups.length > max) {
    return { ...out, error: `${groups.length} workloads and pods: more than ${max} to answer for` };
  }
  const decided = (s: ConnectivityGroup, d: ConnectivityGroup) =>
    s.isolated.egress || d.isolated.ingress;
  for (const s of groups) for (const d of groups) if (s !== d && !decided(s, d)) out.openPairs++;
  const all = decideLinks(cluster, groups, decided);
  let listed = 0;
  out.links = all.filter((l) => {
    if (l.allowed.length + l.partial.length > 0) return true;
    out.deniedPairs++;
    return ++listed <= MAX_DENIED_LISTED;
  });
  return out;
}

type Decided = (s: ConnectivityGroup, d: ConnectivityGroup) => boolean;

/** One class matrix per distinct destination port; each decided pair folded per port. */
function decideLinks(
  cluster: Cluster,
  groups: ConnectivityGroup[],
  decided: Decided,
): ConnectivityLink[] {
  const n = groups.length;
  // Indexed by source * n + destination: no string keys in the pair loop (groups² × ports).
  const links: (ConnectivityLink | undefined)[] = new Array(n * n);
  for (const p of distinctPorts(groups)) {
    const m = computeClassMatrix(cluster, { port: p.port, protocol: p.protocol });
    if (m.error) continue;
    const classesOf = groupClasses(m, groups);
    for (let di = 0; di < n; di++) {
      const d = groups[di];
      if (!d.ports.some((x) => x.port === p.port && x.protocol === p.protocol)) continue;
      for (let si = 0; si < n; si++) {
        const s = groups[si];
        if (si === di || !decided(s, d)) continue;
        const link = (links[si * n + di] ??= {
          from: s.id,
          to: d.id,
          allowed: [],
          partial: [],
          denied: [],
        });
        link[foldClasses(m, classesOf[si], classesOf[di])].push(p);
      }
    }
  }
  return links.filter((l): l is ConnectivityLink => l !== undefined);
}

/** Per group, the distinct classes of its pods in the matrix. */
function groupClasses(m: ClassMatrix, groups: ConnectivityGroup[]): number[][] {
  const at = new Map(m.pods.map((ref, i) => [ref, i]));
  return groups.map((g) => {
    const set = new Set<number>();
    for (const ref of g.pods) {
      const i = at.get(ref);
      if (i !== undefined) set.add(m.classOf[i]);
    }
    return [...set];
  });
}

/** Pods of different groups are different pods, so class bits answer every pair. */
function foldClasses(m: ClassMatrix, from: number[], to: number[]): keyof PortVerdicts {
  let yes = 0;
  let no = 0;
  for (const s of from) {
    const row = m.allowed[s];
    for (const d of to) {
      if (((hexDigit(row.charCodeAt(d >>> 2)) >>> (d & 3)) & 1) === 1) yes++;
      else no++;
    }
  }
  return no === 0 ? 'allowed' : yes === 0 ? 'denied' : 'partial';
}

type PortVerdicts = Pick<ConnectivityLink, 'allowed' | 'partial' | 'denied'>;

function distinctPorts(groups: ConnectivityGroup[]): PortRef[] {
  const seen = new Map<string, PortRef>();
  for (const g of groups) for (const p of g.ports) seen.set(`${p.protocol}/${p.port}`, p);
  return [...seen.values()].sort(byPort);
}

const byPort = (a: PortRef, b: PortRef) => cmp(a.protocol, b.protocol) || a.port - b.port;

/** Pods with an IP, grouped by their top-level owner (bare pods stand alone), sorted by id. */
export function groupByWorkload(
  cluster: Cluster,
  isolated: (p: Pod, type: 'Ingress' | 'Egress') => boolean,
): ConnectivityGroup[] {
  const byId = new Map<string, ConnectivityGroup>();
  const ports = new Map<string, Map<string, PortRef>>();
  for (const pod of cluster.pods) {
    if (!pod.ip) continue;
    const id = pod.owner
      ? `wl:${pod.owner.kind}/${pod.namespace}/${pod.owner.name}`
      : `pod:${pod.ref}`;
    let g = byId.get(id);
    if (!g) {
      g = {
        id,
        namespace: pod.namespace,
        kind: pod.owner?.kind ?? 'Pod',
        name: pod.owner?.name ?? pod.name,
        pods: [],
        isolated: { ingress: false, egress: false },
        ports: [],
      };
      byId.set(id, g);
      ports.set(id, new Map());
    }
    g.pods.push(pod.ref);
    g.isolated.ingress ||= isolated(pod, 'Ingress');
    g.isolated.egress ||= isolated(pod, 'Egress');
    for (const c of pod.ports) {
      const p = { port: c.containerPort, protocol: c.protocol };
      ports.get(id)!.set(`${p.protocol}/${p.port}`, p);
    }
  }
  for (const g of byId.values()) {
    g.pods.sort(cmp);
    g.ports = [...ports.get(g.id)!.values()].sort(byPort);
  }
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id));
}

function notesOf(cluster: Cluster, groups: ConnectivityGroup[], enforcing: boolean): string[] {
  const notes: string[] = [];
  if (!enforcing) {
    notes.push(
      `the network plugin ${cluster.settings.cni} does not enforce NetworkPolicy: every connection is allowed`,
    );
  }
  const anyEgress = groups.some((g) => g.isolated.egress);
  const portless = groups.filter((g) => g.ports.length === 0 && (anyEgress || g.isolated.ingress));
  if (portless.length > 0) {
    notes.push(
      `${portless.length} workload${portless.length === 1 ? '' : 's'} under policy declare no container port, so no port to show: ${portless
        .slice(0, 5)
        .map((g) => `${g.namespace}/${g.name}`)
        .join(', ')}${portless.length > 5 ? '…' : ''} (use the Matrix tab with a port)`,
    );
  }
  return notes;
}
