// Placement and pod IPs (SEMANTICS.md §1.10, §1.11): sets pod.node, pod.ip, phase and readiness in
// place. Which nodes fit is placement.ts. Engine choices, both made for stability:
// - Node: a pod's fitting nodes (name order) are tried from a hashed start: hash(owner) + replica
//   index for controller pods (a Deployment's replicas go round-robin from a per-workload start,
//   so they spread evenly), hash(namespace/name) otherwise. No global round-robin, so adding an
//   unrelated pod moves nobody; the price is that adding or removing a node re-spreads pods.
//   A node whose /24 is full or whose hostPort is taken is skipped (the pod spills to the next).
// - IP: offset .2 .. (last−1) of the node's pod CIDR from hash(namespace/name), linear probing
//   to the next free address; pods are processed in namespace/name order.
// Guarantee (tested): adding a pod whose address was free before moves no other pod, as long as
// no node fills up; only a new pod landing on an address an existing pod held can push that pod
// (and those after it on the same probe chain, on that node only) to the next free address.
import type { Diagnostic } from '../model/diagnostic';
import type { Node, Pod } from '../model/cluster';
import type { ClusterSettings } from '../model/settings';
import { diagAt } from '../model/diagnostic';
import { intToIpv4, ipv4ToInt, parseCidr } from '../net/ip';
import { fnv1a } from './hash';
import { misfit } from './placement';

/** Addresses of one node's pod CIDR and host ports in use. */
class NodeSlots {
  private readonly base: number;
  private readonly usable: number;
  private readonly used: Uint8Array;
  private free: number;
  private readonly hostPorts = new Set<string>();

  constructor(readonly node: Node) {
    const c = node.podCIDR === '' ? null : parseCidr(node.podCIDR);
    this.base = c ? ipv4ToInt(c.network) : 0;
    // .0 is the network, .1 the bridge/gateway, the last the broadcast address.
    this.usable = c ? Math.max(0, 2 ** (32 - c.prefix) - 3) : 0;
    this.used = new Uint8Array(this.usable);
    this.free = this.usable;
  }

  /** Places `pod` here if an address and its host ports are free; returns the IP or null. */
  place(pod: Pod): string | null {
    const ports = pod.ports
      .filter((p) => p.hostPort !== undefined)
      .map((p) => `${p.hostPort}/${p.protocol}`);
    if (ports.some((p) => this.hostPorts.has(p))) return null;
    let ip = this.node.ip;
    if (!pod.hostNetwork) {
      if (this.free === 0) return null;
      let slot = fnv1a(pod.ref) % this.usable;
      while (this.used[slot]) slot = (slot + 1) % this.usable;
      this.used[slot] = 1;
      this.free--;
      ip = intToIpv4(this.base + 2 + slot);
    }
    for (const p of ports) this.hostPorts.add(p);
    return ip;
  }
}

/** Places every pod (namespace/name order) and gives it an IP; unplaceable pods stay Pending. */
export function schedulePods(
  pods: Pod[],
  nodes: readonly Node[],
  settings: ClusterSettings,
  diags: Diagnostic[],
): void {
  void settings; // pod CIDRs were already split per node by nodes.ts
  const slots = nodes.map((n) => new NodeSlots(n));
  const byName = new Map(slots.map((s) => [s.node.name, s]));
  const fits = new FitMemo(slots);
  const unplaced = new Map<string, { pods: Pod[]; reason: string }>();
  const ordered = [...pods].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  for (const pod of ordered) {
    const reason = placePod(pod, fits, byName);
    if (reason === null) continue;
    const key = `${pod.source.file}:${pod.source.line}:${reason}`;
    const group = unplaced.get(key);
    if (group) group.pods.push(pod);
    else unplaced.set(key, { pods: [pod], reason });
  }
  for (const { pods: group, reason } of unplaced.values())
    diags.push(pendingDiagnostic(group, reason));
}

/** Places one pod; returns null on success, else why it stays Pending. */
function placePod(pod: Pod, fits: FitMemo, byName: Map<string, NodeSlots>): string | null {
  // Re-scheduling an already placed pod starts from scratch (delete only when set: it is slow).
  if (pod.node !== undefined) delete pod.node;
  if (pod.ip !== undefined) delete pod.ip;
  pod.phase = 'Pending';
  pod.ready = false;
  let candidates: NodeSlots[];
  if (pod.nodeName !== undefined) {
    // spec.nodeName bypasses the scheduler: the kubelet of that node simply runs the pod.
    const s = byName.get(pod.nodeName);
    if (!s) return `spec.nodeName "${pod.nodeName}" is not a node of the cluster`;
    candidates = [s];
  } else {
    const fit = fits.of(pod);
    if (fit.nodes.length === 0) return fit.unavailable;
    candidates = fit.nodes;
  }
  const start = spreadStart(pod) % candidates.length;
  for (let k = 0; k < candidates.length; k++) {
    const s = candidates[(start + k) % candidates.length];
    const ip = s.place(pod);
    if (ip === null) continue;
    pod.node = s.node.name;
    pod.ip = ip;
    pod.phase = 'Running';
    pod.ready = true;
    return null;
  }
  return `no fitting node has a free pod address${pod.ports.some((p) => p.hostPort) ? ' or the requested host port free' : ''}`;
}

/**
 * The nodes a pod fits and, when none, the scheduler's summary of why. misfit reads only the
 * pod's node selector, affinity, tolerations and hostNetwork; replicas of one template share
 * those objects (podParts.ts) and come in name order, so the last answer is reused while they
 * are the same objects. Pods with their own copies simply miss and are checked node by node.
 */
class FitMemo {
  private last: Pod | undefined;
  private fit: { nodes: NodeSlots[]; unavailable: string } = { nodes: [], unavailable: '' };

  constructor(private readonly slots: readonly NodeSlots[]) {}

  of(pod: Pod): { nodes: NodeSlots[]; unavailable: string } {
    const last = this.last;
    const same =
      last !== undefined &&
      last.nodeSelector === pod.nodeSelector &&
      last.nodeAffinity === pod.nodeAffinity &&
      last.tolerations === pod.tolerations &&
      last.hostNetwork === pod.hostNetwork;
    if (!same) {
      this.fit = fittingNodes(pod, this.slots);
      this.last = pod;
    }
    return this.fit;
  }
}

function fittingNodes(
  pod: Pod,
  slots: readonly NodeSlots[],
): { nodes: NodeSlots[]; unavailable: string } {
  const reasons = new Map<string, number>();
  const nodes = slots.filter((s) => {
    const why = misfit(pod, s.node);
    if (why !== null) reasons.set(why, (reasons.get(why) ?? 0) + 1);
    return why === null;
  });
  return { nodes, unavailable: nodes.length === 0 ? availability(slots.length, reasons) : '' };
}

/** Controller pods start from their workload's node plus their replica index; others hash alone. */
function spreadStart(pod: Pod): number {
  if (pod.owner && pod.replicaIndex !== undefined) {
    return fnv1a(`${pod.namespace}/${pod.owner.kind}/${pod.owner.name}`) + pod.replicaIndex;
  }
  return fnv1a(pod.ref);
}

/** The scheduler's summary: "0/3 nodes are available: 2 node(s) had untolerated taint …". */
function availability(total: number, reasons: Map<string, number>): string {
  if (total === 0) return 'the cluster has no nodes';
  const parts = [...reasons]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([why, n]) => `${n} node(s) ${why}`);
  return `0/${total} nodes are available: ${parts.join(', ')}`;
}

function pendingDiagnostic(group: Pod[], reason: string): Diagnostic {
  const first = group[0];
  const who =
    group.length === 1
      ? `pod ${first.ref}`
      : `${group.length} pods of ${first.owner ? `${first.owner.kind} ${first.namespace}/${first.owner.name}` : first.namespace} (${first.ref}, …)`;
  const object = first.owner
    ? `${first.owner.kind}/${first.namespace}/${first.owner.name}`
    : `Pod/${first.ref}`;
  return diagAt(
    'POD_UNSCHEDULABLE',
    'warning',
    `${who} cannot be scheduled and ${group.length === 1 ? 'stays' : 'stay'} Pending without an IP: ${reason}`,
    first.source,
    object,
  );
}
