// When a direction denies, the rule that came closest to admitting the connection, in plain words
// (rule numbers 1-based). Ranking: peer matches but port does not, then port matches but peer does
// not, then neither. Deciding the verdict itself is verdict.ts's job; this only explains it.
import type { Protocol } from '../model/cluster';
import type { Labels } from '../model/labels';
import type { NetworkPolicy, PolicyPeer, PolicyPort, PolicyRule } from '../model/policy';
import { describeSelector, selectorMatches } from '../topology/selectors';
import { peerMatches, portMatches, resolveNamedPort, type Side } from './match';

type NsLabels = (ns: string) => Labels;

interface Candidate {
  rank: number;
  text: string;
}

/** The nearest miss among the isolating policies' rules, or why there is nothing to miss. */
export function nearestMiss(
  direction: 'ingress' | 'egress',
  policies: readonly NetworkPolicy[],
  peer: Side,
  port: number,
  protocol: Protocol,
  dst: Side,
  nsLabels: NsLabels,
): string {
  const who = direction === 'ingress' ? 'source' : 'destination';
  let best: Candidate | undefined;
  for (const p of policies) {
    for (const r of direction === 'ingress' ? p.ingress : p.egress) {
      const c = candidate(p, r, who, peer, port, protocol, dst, nsLabels);
      if (!best || c.rank < best.rank) best = c;
    }
  }
  if (best) return best.text;
  const names = policies.map((p) => p.name).join(', ');
  return `${names} ${policies.length === 1 ? 'has' : 'have'} no ${direction} rules: ${policies.length === 1 ? 'it only isolates' : 'they only isolate'} the pod`;
}

function candidate(
  p: NetworkPolicy,
  r: PolicyRule,
  who: string,
  peer: Side,
  port: number,
  protocol: Protocol,
  dst: Side,
  nsLabels: NsLabels,
): Candidate {
  const head = `rule ${r.index + 1} of ${p.name}`;
  const portOk = r.ports.length === 0 || r.ports.some((e) => portMatches(e, port, protocol, dst));
  const peerOk =
    r.peers.length === 0 ||
    r.peers.some((x) => peerMatches(x, p.namespace, peer, nsLabels) !== 'no');
  if (peerOk) {
    return {
      rank: 0,
      text: `${head} admits this ${who}, but ${portsMiss(r.ports, port, protocol, dst)}`,
    };
  }
  const closest = closestPeer(r.peers, p.namespace, peer, nsLabels);
  const peerText = `${head} ${peerMiss(closest, p.namespace, who, peer, nsLabels)}`;
  if (portOk) return { rank: 1, text: peerText };
  return { rank: 2, text: `${peerText}; it also admits only ${portList(r.ports)}` };
}

/** The peer the side is closest to: right namespace first, then right labels. */
function closestPeer(
  peers: readonly PolicyPeer[],
  policyNs: string,
  side: Side,
  nsLabels: NsLabels,
): PolicyPeer {
  const score = (x: PolicyPeer): number => {
    if (side.kind !== 'pod') return x.ipBlock ? 0 : 1;
    if (x.ipBlock) return 3;
    const nsOk = x.namespaceSelector
      ? selectorMatches(x.namespaceSelector, nsLabels(side.namespace))
      : side.namespace === policyNs;
    return nsOk ? 0 : !x.podSelector || selectorMatches(x.podSelector, side.labels) ? 1 : 2;
  };
  return [...peers].sort((a, b) => score(a) - score(b))[0];
}

function peerMiss(
  x: PolicyPeer,
  policyNs: string,
  who: string,
  side: Side,
  nsLabels: NsLabels,
): string {
  if (x.ipBlock) {
    const block = `${x.ipBlock.cidr}${x.ipBlock.except.length ? ` except ${x.ipBlock.except.join(', ')}` : ''}`;
    if (!side.ip) return `admits addresses in ${block}; this ${who} has no address`;
    return `admits addresses in ${block}; this ${who} (${side.ip}) is not among them`;
  }
  if (side.kind !== 'pod') {
    const what = side.kind === 'node' ? nodeWords(side) : `the external address ${side.ip}`;
    return `admits ${describePeer(x, policyNs)}; this ${who} is ${what}, which only an ipBlock can match`;
  }
  if (!x.namespaceSelector && side.namespace !== policyNs) {
    return `admits ${describePeer(x, policyNs)}; podSelector alone means the policy's own namespace (${policyNs}); this ${who} is in ${side.namespace}`;
  }
  if (x.namespaceSelector && !selectorMatches(x.namespaceSelector, nsLabels(side.namespace))) {
    return `admits ${describePeer(x, policyNs)}; this ${who}'s namespace ${side.namespace} has ${labelsText(nsLabels(side.namespace))}`;
  }
  return `admits ${describePeer(x, policyNs)}; this ${who} has ${labelsText(side.labels)}`;
}

function nodeWords(side: Extract<Side, { kind: 'node' }>): string {
  return side.hostNetworkPod
    ? `the hostNetwork pod ${side.hostNetworkPod}, seen as its node ${side.node} (${side.ip})`
    : `the node ${side.node} (${side.ip})`;
}

function portsMiss(
  ports: readonly PolicyPort[],
  port: number,
  protocol: Protocol,
  dst: Side,
): string {
  const sameProto = ports.filter((e) => e.protocol === protocol);
  if (sameProto.length === 0)
    return `only over ${portList(ports)}; the packet is ${protocol} ${port}`;
  const named = sameProto.filter((e) => typeof e.port === 'string');
  const notes = named.map((e) => namedNote(e.port as string, protocol, dst));
  return `on ${portList(sameProto, false)}${notes.length ? ` (${notes.join('; ')})` : ''}; the packet goes to port ${port}`;
}

function namedNote(name: string, protocol: Protocol, dst: Side): string {
  if (dst.kind !== 'pod') return `a named port never matches a destination that is not a pod`;
  const n = resolveNamedPort(dst.ports, name, protocol);
  return n === undefined
    ? `${dst.ref} declares no ${protocol} port named ${name}`
    : `${name} is ${n} on ${dst.ref}`;
}

/** "TCP 8080, UDP 53, TCP 32000-32768, TCP port metrics". */
export function portList(ports: readonly PolicyPort[], withProtocol = true): string {
  const one = (e: PolicyPort): string => {
    const proto = withProtocol ? `${e.protocol} ` : '';
    if (e.port === undefined) return `any ${e.protocol} port`;
    if (typeof e.port === 'string') return `${proto}port ${e.port}`;
    return `${withProtocol ? proto : 'port '}${e.port}${e.endPort !== undefined ? `-${e.endPort}` : ''}`;
  };
  return ports.map(one).join(', ');
}

/** A peer in words, in its interpreted form (§6.5). */
export function describePeer(x: PolicyPeer, policyNs: string): string {
  if (x.ipBlock) return `addresses in ${x.ipBlock.cidr}`;
  const pods = x.podSelector ? `pods ${describeSelector(x.podSelector)}` : 'all pods';
  const ns = x.namespaceSelector
    ? `namespaces ${describeSelector(x.namespaceSelector)}`
    : `namespace ${policyNs}`;
  return `${pods} in ${ns}`;
}

function labelsText(labels: Labels): string {
  return `{${Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}}`;
}
