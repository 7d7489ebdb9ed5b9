// Podpath's connectivity list for one np-guard case, in the peer's terms (README "Writing a
// comparator"): the real pipeline through `analyze`, pods folded into workload keys, sets probed at
// the ports where they can change, IP ranges probed with one address outside the cluster's ranges.
import {
  analyze,
  computeMatrix,
  evaluateConnection,
  type Cluster,
  type Pod,
} from '../../src/engine/index';
import {
  emptySet,
  PROTOS,
  renderConn,
  setFromProbes,
  union,
  type ConnSet,
  type Proto,
} from './connSet';
import type { LoadedCase } from './npguardCase';
import { ingressControllerLines, INGRESS_CONTROLLER_FILE } from './npguardIngress';
import { gaps, parseRange, probeAddress } from './ipRanges';

export interface OurResult {
  /** `src => dst` → canonical conn text, only for non-empty sets. */
  lines: Map<string, string>;
  /** IP ranges with no address outside the pod/Service/node addresses (README step 4). */
  notComparable: string[];
  /** Workload pairs whose pods got different sets. */
  inconsistent: string[];
  cluster: Cluster;
}

export function ourLines(c: LoadedCase): OurResult {
  const files = c.hasIngress ? [...c.files, INGRESS_CONTROLLER_FILE] : c.files;
  const cluster = analyze({ files }).cluster;
  const wanted = new Set(c.index.workloads);
  const byWorkload = new Map<string, Pod[]>();
  for (const pod of cluster.pods) {
    const key = workloadKey(c, pod);
    if (!wanted.has(key)) continue;
    byWorkload.set(key, [...(byWorkload.get(key) ?? []), pod]);
  }
  const out: OurResult = { lines: new Map(), notComparable: [], inconsistent: [], cluster };
  podPairs(cluster, c.probePorts, byWorkload, out);
  ipLines(cluster, c, byWorkload, out);
  if (c.hasIngress) {
    for (const [k, v] of ingressControllerLines(cluster, byWorkload)) out.lines.set(k, v);
  }
  return out;
}

function workloadKey(c: LoadedCase, pod: Pod): string {
  const fromManifest = c.podKeys.get(pod.ref);
  if (fromManifest) return fromManifest;
  return pod.owner
    ? `${pod.namespace}/${pod.owner.name}[${pod.owner.kind}]`
    : `${pod.namespace}/${pod.name}[Pod]`;
}

/** Workload pairs via the fast matrix, one matrix per probe port and protocol. */
function podPairs(
  cluster: Cluster,
  probes: number[],
  byWorkload: Map<string, Pod[]>,
  out: OurResult,
): void {
  const matrices = new Map<string, Record<string, Record<string, boolean>>>();
  for (const proto of PROTOS) {
    for (const port of probes)
      matrices.set(`${proto}/${port}`, computeMatrix(cluster, { port, protocol: proto }).matrix);
  }
  for (const [a, podsA] of byWorkload) {
    for (const [b, podsB] of byWorkload) {
      if (a === b) continue;
      let set: ConnSet | undefined;
      let consistent = true;
      for (const pa of podsA) {
        for (const pb of podsB) {
          const s = setFromProbes(
            probes,
            (proto, port) => matrices.get(`${proto}/${port}`)![pa.ref][pb.ref],
          );
          if (set && renderConn(set) !== renderConn(s)) consistent = false;
          set = set ? union(set, s) : s;
        }
      }
      if (!consistent) out.inconsistent.push(`${a} => ${b}`);
      const text = set ? renderConn(set) : '';
      if (text) out.lines.set(`${a} => ${b}`, text);
    }
  }
}

/** External ranges as sources (ingress) and destinations (egress), plus the uncovered gaps. */
function ipLines(
  cluster: Cluster,
  c: LoadedCase,
  byWorkload: Map<string, Pod[]>,
  out: OurResult,
): void {
  const memo = new Map<string, ConnSet>();
  const probe = (ip: string, pod: Pod, asSource: boolean): ConnSet => {
    const key = `${asSource}|${ruleSignature(cluster, pod, ip, asSource)}|${pod.ref}`;
    let set = memo.get(key);
    if (!set) {
      const ext = { kind: 'external' as const, ip };
      const self = { kind: 'pod' as const, pod: pod.ref, ip: pod.ip ?? '' };
      set = !pod.ip
        ? emptySet()
        : setFromProbes(
            c.probePorts,
            (proto: Proto, port) =>
              evaluateConnection(cluster, asSource ? ext : self, asSource ? self : ext, port, proto)
                .allowed,
          );
      memo.set(key, set);
    }
    return set;
  };
  for (const [ranges, asSource] of [
    [c.srcRanges, true],
    [c.dstRanges, false],
  ] as const) {
    for (const range of [...ranges, ...gaps(ranges.map(parseRange))]) {
      const ip = probeAddress(parseRange(range), cluster);
      if (!ip) {
        out.notComparable.push(range);
        continue;
      }
      for (const [w, pods] of byWorkload) {
        const text = renderConn(pods.map((p) => probe(ip, p, asSource)).reduce(union, emptySet()));
        if (text) out.lines.set(asSource ? `${range} => ${w}` : `${w} => ${range}`, text);
      }
    }
  }
}

/**
 * What an external address looks like to the policies isolating `pod` in one direction: per rule,
 * whether its peers admit the address. Equal signatures give equal verdicts, so probing is memoised.
 */
function ruleSignature(cluster: Cluster, pod: Pod, ip: string, asSource: boolean): string {
  if (pod.hostNetwork) return '';
  const type = asSource ? 'Ingress' : 'Egress';
  let sig = '';
  for (const p of cluster.policies) {
    if (!p.policyTypes.includes(type) || !p.selectedPods.includes(pod.ref)) continue;
    for (const r of asSource ? p.ingress : p.egress) {
      const hit =
        r.peers.length === 0 ||
        r.peers.some((x) => x.ipBlock && inBlock(ip, x.ipBlock.cidr, x.ipBlock.except));
      sig += hit ? '1' : '0';
    }
    sig += '|';
  }
  return sig;
}

function inBlock(ip: string, cidr: string, except: string[]): boolean {
  if (cidr.includes(':')) return false;
  const n = parseRange(ip)[0][0];
  const within = (c: string) => {
    const [[a, b]] = parseRange(c);
    return n >= a && n <= b;
  };
  return within(cidr) && !except.some(within);
}
