// Nodes (SEMANTICS.md §1.11): from Node objects when the manifests hold any, else `settings.nodes`
// synthetic nodes node-1..node-N. Each gets an InternalIP and a pod CIDR; placement is schedule.ts.
// Node network (engine choice, like minikube): node-i is 192.168.49.(i+1); past 253 nodes the
// numbering simply continues upward inside 192.168.0.0/16.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Node, Taint } from '../model/cluster';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import { diagAt } from '../model/diagnostic';
import { intToIpv4, ipv4ToInt, isIpv4, normalizeCidr, nthSubnet, parseCidr } from '../net/ip';
import { dns1123Subdomain } from '../validate/formats';
import { readStringMap } from './selectors';
import { asArray, asObject, finding, labelProblems, naturalCompare } from './report';

/** First address of the engine's node network; node-i gets this + (i + 1). */
export const NODE_NETWORK_BASE = '192.168.49.0';
/** Largest synthetic node count the engine accepts. */
export const MAX_SYNTHETIC_NODES = 5000;

const TAINT_EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/** The nodes of the cluster, in natural name order (node-2 before node-10). */
export function buildNodes(
  manifests: readonly Manifest[],
  settings: ClusterSettings,
  diags: Diagnostic[],
): Node[] {
  const podCIDR = usablePodCidr(settings.podCIDR, diags);
  const objects = manifests.filter((m) => m.kind === 'Node');
  if (objects.length > 0) return nodesFromObjects(objects, podCIDR, diags);
  return syntheticNodes(settings.nodes, podCIDR, diags);
}

/** The pod CIDR and how many /24 node ranges it holds; a bad setting falls back to the default. */
function usablePodCidr(cidr: string, diags: Diagnostic[]): { cidr: string; slots: number } {
  const c = parseCidr(cidr);
  if (c && c.family === 'ipv4' && c.prefix <= 24) {
    return { cidr: `${c.network}/${c.prefix}`, slots: 2 ** (24 - c.prefix) };
  }
  const why = !c || c.family !== 'ipv4' ? 'is not an IPv4 CIDR' : 'is smaller than one /24';
  diags.push(
    diagAt(
      'SETTINGS_INVALID',
      'error',
      `pod CIDR "${cidr}" ${why}; using ${DEFAULT_SETTINGS.podCIDR} instead`,
    ),
  );
  return { cidr: DEFAULT_SETTINGS.podCIDR, slots: 256 };
}

/** node-1..node-N; node i owns the i-th /24 of the pod CIDR. */
function syntheticNodes(
  requested: number,
  podCIDR: { cidr: string; slots: number },
  diags: Diagnostic[],
): Node[] {
  let count = requested;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SYNTHETIC_NODES) {
    count = DEFAULT_SETTINGS.nodes;
    const msg = `node count ${String(requested)} must be a whole number from 1 to ${MAX_SYNTHETIC_NODES}; using ${count}`;
    diags.push(diagAt('SETTINGS_INVALID', 'error', msg));
  }
  if (count > podCIDR.slots) {
    const msg = `pod CIDR ${podCIDR.cidr} holds only ${podCIDR.slots} node ranges (/24) for ${count} nodes; only ${podCIDR.slots} nodes are modelled`;
    diags.push(diagAt('SETTINGS_INVALID', 'error', msg));
    count = podCIDR.slots;
  }
  const base = ipv4ToInt(NODE_NETWORK_BASE);
  const nodes: Node[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `node-${i}`;
    nodes.push({
      name,
      ip: intToIpv4(base + i + 1),
      podCIDR: nthSubnet(podCIDR.cidr, 24, i - 1),
      labels: defaultNodeLabels(name, {}),
      taints: [],
      unschedulable: false,
      synthetic: true,
    });
  }
  return nodes;
}

/** The labels a kubelet puts on its own Node, kept where the manifest already sets them. */
function defaultNodeLabels(name: string, labels: Record<string, string>): Record<string, string> {
  return { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', ...labels };
}

/** Reads Node objects, then fills in missing addresses and pod CIDRs deterministically. */
function nodesFromObjects(
  objects: readonly Manifest[],
  podCIDR: { cidr: string; slots: number },
  diags: Diagnostic[],
): Node[] {
  const byName = new Map<string, { node: Node; m: Manifest }>();
  for (const m of objects) {
    const node = readNode(m, diags);
    if (!node) continue;
    if (byName.has(node.name)) {
      diags.push(
        finding('DUPLICATE_OBJECT', 'error', m, 'already exists; this one is rejected', [
          'metadata',
          'name',
        ]),
      );
      continue;
    }
    byName.set(node.name, { node, m });
  }
  const entries = [...byName.values()].sort((a, b) => naturalCompare(a.node.name, b.node.name));
  assignPodCidrs(entries, podCIDR, diags);
  assignNodeIps(entries, diags);
  return entries.map((e) => e.node);
}

/** One Node object, or null when the API server would reject it. */
function readNode(m: Manifest, diags: Diagnostic[]): Node | null {
  const nameProblem = m.name === '' ? 'metadata.name is required' : dns1123Subdomain(m.name);
  if (nameProblem) {
    diags.push(
      finding('OBJECT_NAME_INVALID', 'error', m, `name ${nameProblem}`, ['metadata', 'name']),
    );
    return null;
  }
  const labels = readStringMap(asObject(m.raw.metadata).labels);
  const problems = labelProblems(labels, 'metadata.labels');
  const spec = asObject(m.raw.spec);
  const taints = readTaints(spec.taints, problems);
  if (problems.length > 0) {
    diags.push(finding('NODE_INVALID', 'error', m, problems.join('; ')));
    return null;
  }
  return {
    name: m.name,
    ip: internalIp(m, diags),
    podCIDR: specPodCidr(m, diags),
    labels: defaultNodeLabels(m.name, labels),
    taints,
    unschedulable: spec.unschedulable === true,
    synthetic: false,
    source: m.source,
  };
}

function readTaints(raw: unknown, problems: string[]): Taint[] {
  const taints: Taint[] = [];
  for (const t of asArray(raw)) {
    const o = asObject(t);
    const key = typeof o.key === 'string' ? o.key : '';
    const effect = String(o.effect ?? '');
    if (key === '') problems.push('spec.taints[].key is required');
    if (!TAINT_EFFECTS.has(effect)) {
      problems.push(
        `spec.taints[].effect "${effect}" must be NoSchedule, PreferNoSchedule or NoExecute`,
      );
      continue;
    }
    const taint: Taint = { key, effect: effect as Taint['effect'] };
    if (typeof o.value === 'string' && o.value !== '') taint.value = o.value;
    taints.push(taint);
  }
  return taints;
}

/** status.addresses InternalIP (IPv4), or '' to be assigned later. */
function internalIp(m: Manifest, diags: Diagnostic[]): string {
  const addresses = asArray(asObject(m.raw.status).addresses).map(asObject);
  const internal = addresses.filter((a) => a.type === 'InternalIP').map((a) => String(a.address));
  const ip = internal.find(isIpv4);
  if (internal.length > 0 && !ip) {
    diags.push(
      finding('NODE_ADDRESS', 'warning', m, `InternalIP "${internal[0]}" is not an IPv4 address`, [
        'status',
        'addresses',
      ]),
    );
  }
  return ip ?? '';
}

/** spec.podCIDR (or the first IPv4 entry of spec.podCIDRs), or '' to be assigned later. */
function specPodCidr(m: Manifest, diags: Diagnostic[]): string {
  const spec = asObject(m.raw.spec);
  const given = [spec.podCIDR, ...asArray(spec.podCIDRs)].filter(
    (c): c is string => typeof c === 'string',
  );
  if (given.length === 0) return '';
  const v4 = given.map(parseCidr).find((c) => c && c.family === 'ipv4' && c.prefix <= 30);
  if (v4) return `${v4.network}/${v4.prefix}`;
  diags.push(
    finding(
      'NODE_ADDRESS',
      'warning',
      m,
      `spec.podCIDR "${given[0]}" is not a usable IPv4 CIDR; the engine assigns one`,
      ['spec', 'podCIDR'],
    ),
  );
  return '';
}

/** Nodes without spec.podCIDR take the lowest free /24s of the pod CIDR, in name order. */
function assignPodCidrs(
  entries: { node: Node; m: Manifest }[],
  podCIDR: { cidr: string; slots: number },
  diags: Diagnostic[],
): void {
  const claimed = new Set(entries.map((e) => normalizeCidr(e.node.podCIDR)));
  let next = 0;
  for (const { node, m } of entries) {
    if (node.podCIDR !== '') continue;
    while (next < podCIDR.slots && claimed.has(nthSubnet(podCIDR.cidr, 24, next))) next++;
    if (next >= podCIDR.slots) {
      diags.push(
        finding(
          'NODE_ADDRESS',
          'error',
          m,
          `pod CIDR ${podCIDR.cidr} has no /24 left for this node; its pods get no IP`,
        ),
      );
      continue;
    }
    node.podCIDR = nthSubnet(podCIDR.cidr, 24, next++);
  }
  reportOverlaps(entries, diags);
}

/** Nodes without an InternalIP take the lowest free address of the engine's node network. */
function assignNodeIps(entries: { node: Node; m: Manifest }[], diags: Diagnostic[]): void {
  const used = new Set(entries.map((e) => e.node.ip).filter((ip) => ip !== ''));
  let offset = 2;
  for (const { node, m } of entries) {
    if (node.ip !== '') continue;
    while (used.has(intToIpv4(ipv4ToInt(NODE_NETWORK_BASE) + offset))) offset++;
    node.ip = intToIpv4(ipv4ToInt(NODE_NETWORK_BASE) + offset++);
    used.add(node.ip);
    diags.push(
      finding(
        'NODE_ADDRESS',
        'info',
        m,
        `no InternalIP in status.addresses; the engine uses ${node.ip}`,
      ),
    );
  }
}

/** Warns about nodes sharing an InternalIP or overlapping pod CIDRs (pods would collide). */
function reportOverlaps(entries: { node: Node; m: Manifest }[], diags: Diagnostic[]): void {
  const ranges = entries
    .filter((e) => e.node.podCIDR !== '')
    .map((e) => ({ e, c: parseCidr(e.node.podCIDR)! }))
    .map(({ e, c }) => ({
      e,
      lo: ipv4ToInt(c.network),
      hi: ipv4ToInt(c.network) + 2 ** (32 - c.prefix) - 1,
    }))
    .sort((a, b) => a.lo - b.lo);
  for (let i = 1; i < ranges.length; i++) {
    const [prev, cur] = [ranges[i - 1], ranges[i]];
    if (cur.lo <= prev.hi) {
      const msg = `pod CIDR ${cur.e.node.podCIDR} overlaps ${prev.e.node.name}'s ${prev.e.node.podCIDR}`;
      diags.push(finding('NODE_OVERLAP', 'warning', cur.e.m, msg, ['spec', 'podCIDR']));
    }
  }
}
