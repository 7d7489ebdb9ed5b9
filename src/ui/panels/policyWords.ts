// What the policies selecting some pods allow, in words, each line with the manifest line that
// says it (pure): "ingress from pods app=web in namespace shop on TCP 8080", "egress: none allowed
// (isolated)". It reads the engine's parsed policies and their selected pods; it evaluates no
// selector and decides no verdict (traces and the matrix do that).
import type {
  LabelSelector,
  NetworkPolicy,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  SourceRef,
} from '../../engine/index';

export type Direction = 'Ingress' | 'Egress';

export interface PolicyLine {
  direction: Direction;
  text: string;
  /** The rule (or, for isolation, the policy) that says it. */
  source?: SourceRef;
  /** Policy name, for the link's accessible name. */
  policy?: string;
}

/** `app=web, tier in (a, b), !legacy`; empty selector → null (it matches everything). */
export function selectorText(s: LabelSelector): string | null {
  const parts = [
    ...Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`),
    ...s.matchExpressions.map((r) => {
      if (r.operator === 'Exists') return `${r.key} exists`;
      if (r.operator === 'DoesNotExist') return `!${r.key}`;
      return `${r.key} ${r.operator === 'In' ? 'in' : 'notin'} (${r.values.join(', ')})`;
    }),
  ];
  return parts.length ? parts.join(', ') : null;
}

function peerText(p: PolicyPeer, ns: string): string {
  if (p.ipBlock) {
    const except = p.ipBlock.except.length ? ` except ${p.ipBlock.except.join(', ')}` : '';
    return `addresses ${p.ipBlock.cidr}${except}`;
  }
  const pods = p.podSelector ? selectorText(p.podSelector) : null;
  const who = pods ? `pods ${pods}` : 'every pod';
  if (!p.namespaceSelector) return `${who} in namespace ${ns}`;
  const nss = selectorText(p.namespaceSelector);
  return nss ? `${who} in namespaces ${nss}` : `${who} in every namespace`;
}

function portText(p: PolicyPort): string {
  if (p.port === undefined) return `every ${p.protocol} port`;
  if (typeof p.port === 'string') return `${p.protocol} port named ${p.port}`;
  return p.endPort ? `${p.protocol} ${p.port}-${p.endPort}` : `${p.protocol} ${p.port}`;
}

/** One rule: "ingress from pods app=web in namespace shop on TCP 8080". */
export function ruleText(r: PolicyRule, direction: Direction, ns: string): string {
  const dir = direction === 'Ingress' ? 'ingress from' : 'egress to';
  const peers = r.peers.length ? r.peers.map((p) => peerText(p, ns)).join(' or ') : 'anywhere';
  const ports = r.ports.length ? r.ports.map(portText).join(', ') : 'every port';
  return `${dir} ${peers} on ${ports}`;
}

/**
 * Per direction, what the policies selecting any of `pods` allow. A direction no policy isolates
 * gets one line saying everything is allowed; an isolated one without rules says none is.
 */
export function policyLines(policies: NetworkPolicy[], pods: string[]): PolicyLine[] {
  const wanted = new Set(pods);
  const selecting = policies.filter((p) => p.selectedPods.some((r) => wanted.has(r)));
  const out: PolicyLine[] = [];
  for (const direction of ['Ingress', 'Egress'] as const) {
    const isolating = selecting.filter((p) => p.policyTypes.includes(direction));
    const word = direction.toLowerCase();
    if (isolating.length === 0) {
      out.push({ direction, text: `${word}: not isolated, every connection allowed` });
      continue;
    }
    const lines = isolating.flatMap((p) =>
      (direction === 'Ingress' ? p.ingress : p.egress).map((r) => ({
        direction,
        text: ruleText(r, direction, p.namespace),
        source: r.source,
        policy: `${p.name} rule ${r.index + 1}`,
      })),
    );
    if (lines.length === 0) {
      const names = isolating.map((p) => p.name).join(', ');
      out.push({
        direction,
        text: `${word}: none allowed (isolated by ${names})`,
        source: isolating[0].source,
        policy: isolating[0].name,
      });
    } else out.push(...lines);
  }
  return out;
}
