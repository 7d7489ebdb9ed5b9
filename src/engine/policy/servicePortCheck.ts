// The §6.9 warning: a policy port equal to a Service port whose backends listen elsewhere (policy
// sees the port after DNAT). The Services are indexed once per analysis, by port and protocol,
// cluster-wide and per namespace; policyChecks.ts decides which policies and rules to ask about.
import type { Pod, Protocol, Service } from '../model/cluster';
import type { NetworkPolicy, PolicyPeer, PolicyRule } from '../model/policy';
import type { Labels } from '../model/labels';
import { mapMatches } from '../topology/selectors';
import { peerMatches, resolveNamedPort, type Side } from './match';
import { podSide, type PolicyIndex } from './policyIndex';

/** One Service once per port/protocol, with its first port of that pair. */
interface ServicePortEntry {
  s: Service;
  sp: Service['ports'][number];
}
type ByPort = Map<number, ServicePortEntry[]>;

export interface ServicePorts {
  /** Every Service, in cluster order. */
  all: ByPort;
  /** The same lists cut to one namespace's Services (order kept). */
  inNamespace: Map<string, ByPort>;
  backends: Map<Service, Pod[]>;
  /** Pods by namespace, in cluster order: a Service selects pods of its own namespace only. */
  podsIn: ReadonlyMap<string, readonly Pod[]>;
}

export type Warn = (p: NetworkPolicy, message: string, at: NetworkPolicy['source']) => void;

const PROTOCOL_CODE: Record<string, number | undefined> = { TCP: 1, UDP: 2, SCTP: 3 };

/**
 * A number per port/protocol pair, so lookups build no strings. Accepted policies only carry
 * integer ports 1–65535 and TCP/UDP/SCTP, so a Service port outside those can match none: -1.
 */
function portKey(port: number, protocol: string): number {
  const code = PROTOCOL_CODE[protocol];
  return code !== undefined && Number.isInteger(port) ? port * 4 + code : -1;
}

function append(map: ByPort, key: number, entry: ServicePortEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function indexServicePorts(
  services: readonly Service[],
  podsIn: ReadonlyMap<string, readonly Pod[]>,
): ServicePorts {
  const all: ByPort = new Map();
  const inNamespace = new Map<string, ByPort>();
  for (const s of services) {
    let ns = inNamespace.get(s.namespace);
    if (!ns) inNamespace.set(s.namespace, (ns = new Map()));
    for (const sp of s.ports) {
      const key = portKey(sp.port, sp.protocol);
      if (key < 0) continue;
      const list = all.get(key);
      if (list && list[list.length - 1].s === s) continue; // first port wins
      const entry = { s, sp };
      append(all, key, entry);
      append(ns, key, entry);
    }
  }
  return { all, inNamespace, backends: new Map(), podsIn };
}

/**
 * The pods a Service selects, as services/podIndex.ts's selectPods finds them (an empty selector
 * selects none), by a scan of its namespace: only a few Services per policy port are asked about,
 * so indexing every pod by label costs more than it saves.
 */
function backendsOf(svc: ServicePorts, s: Service): Pod[] {
  let b = svc.backends.get(s);
  if (!b) {
    b = [];
    const selector = s.selector;
    if (selector && !isEmptyMap(selector)) {
      for (const pod of svc.podsIn.get(s.namespace) ?? []) {
        if (mapMatches(selector, pod.labels)) b.push(pod);
      }
    }
    svc.backends.set(s, b);
  }
  return b;
}

function isEmptyMap(labels: Labels): boolean {
  for (const _ in labels) return false;
  return true;
}

/** Ingress rules: only Services whose backends the policy selects, so only its namespace's. */
export function checkIngressServicePorts(p: NetworkPolicy, svc: ServicePorts, warn: Warn): void {
  const local = svc.inNamespace.get(p.namespace);
  if (!local) return;
  for (const r of p.ingress) {
    for (const e of r.ports) {
      if (typeof e.port !== 'number' || e.endPort !== undefined) continue;
      for (const { s, sp } of local.get(portKey(e.port, e.protocol)) ?? []) {
        const backends = backendsOf(svc, s);
        if (backends.length === 0) continue;
        if (!anySelected(backends, p.selectedPods)) continue;
        warnIfTranslated(p, e.port, e.protocol, e.source, s, sp, backends, warn);
      }
    }
  }
}

/** Whether a backend's ref is among `selected` (sorted by cmp): no Set built per policy. */
function anySelected(backends: Pod[], selected: readonly string[]): boolean {
  for (const x of backends) if (sortedIncludes(selected, x.ref)) return true;
  return false;
}

function sortedIncludes(sorted: readonly string[], ref: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === ref) return true;
    if (sorted[mid] < ref) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Egress rules with peers: Services with a backend some peer admits. Peers with only a
 * podSelector admit pods of the policy's namespace alone, so then only its Services are asked.
 */
export function checkEgressServicePorts(
  p: NetworkPolicy,
  svc: ServicePorts,
  idx: PolicyIndex,
  sides: Map<Pod, Side>,
  warn: Warn,
): void {
  for (const r of p.egress) {
    if (r.peers.length === 0) continue;
    const byPort = r.peers.every(isSameNamespacePeer) ? svc.inNamespace.get(p.namespace) : svc.all;
    if (!byPort) continue;
    for (const e of r.ports) {
      if (typeof e.port !== 'number' || e.endPort !== undefined) continue;
      for (const { s, sp } of byPort.get(portKey(e.port, e.protocol)) ?? []) {
        const backends = backendsOf(svc, s);
        if (!anyBackendAdmitted(p, r, backends, idx, sides)) continue;
        warnIfTranslated(p, e.port, e.protocol, e.source, s, sp, backends, warn);
      }
    }
  }
}

const isSameNamespacePeer = (x: PolicyPeer) => !x.namespaceSelector && !x.ipBlock;

function anyBackendAdmitted(
  p: NetworkPolicy,
  r: PolicyRule,
  backends: Pod[],
  idx: PolicyIndex,
  sides: Map<Pod, Side>,
): boolean {
  for (const x of backends) {
    let side = sides.get(x);
    if (!side) sides.set(x, (side = podSide(x)));
    for (const peer of r.peers) {
      if (peerMatches(peer, p.namespace, side, idx.nsLabels) !== 'no') return true;
    }
  }
  return false;
}

function warnIfTranslated(
  p: NetworkPolicy,
  port: number,
  protocol: Protocol,
  at: NetworkPolicy['source'],
  s: Service,
  sp: ServicePortEntry['sp'],
  backends: Pod[],
  warn: Warn,
): void {
  const targets = targetNumbers(sp.targetPort, protocol, backends);
  if (targets.length === 0 || targets.includes(port)) return;
  warn(
    p,
    `policy port ${port} is a port of Service ${s.namespace}/${s.name}; its backends listen on ${targets.join(', ')}, and policy sees the port after translation`,
    at,
  );
}

function targetNumbers(target: number | string, protocol: Protocol, backends: Pod[]): number[] {
  if (typeof target === 'number') return [target];
  const out = new Set<number>();
  for (const b of backends) {
    const n = resolveNamedPort(b.ports, target, protocol);
    if (n !== undefined) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}
