// The straightforward version of policyChecks.ts (and of reading, without a shared cache), kept
// as the reference policies.property.test.ts compares buildPolicies against: every check
// recomputed per policy and per pod, no shared tables. Not used by analyze().
import type { Pod, Protocol, Service } from '../model/cluster';
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef } from '../model/manifest';
import type { NetworkPolicy, PolicyRule } from '../model/policy';
import { indexPods, selectPods, type PodIndex } from '../services/podIndex';
import { compileBlock, peerMatches, resolveNamedPort, ruleAllows, type Side } from './match';
import { SYNTHETIC_DNS } from './dnsEgressCheck';
import { buildPolicyIndex, isolatingPolicies, podSide, type PolicyIndex } from './policyIndex';
import type { PolicyStage } from './policies';
import type { CheckContext } from './policyChecks';
import { createReadCache, readPolicy } from './readPolicy';

type Emit = (
  p: NetworkPolicy,
  code: string,
  severity: 'warning' | 'info',
  message: string,
  at?: NetworkPolicy['source'],
) => void;

export function checkPoliciesReference(
  policies: NetworkPolicy[],
  ctx: CheckContext,
  diags: Diagnostic[],
): void {
  const emit: Emit = (p, code, severity, message, at = p.source) =>
    diags.push(
      diagAt(code, severity, message, at, objectRef('NetworkPolicy', p.name, p.namespace)),
    );
  const idx = buildPolicyIndex(ctx.namespaces, [], ctx.pods, policies, ctx.settings.cni);
  const podsByRef = idx.podsByRef;
  const servicePorts = indexServicePorts(ctx);
  if (policies.length > 0 && !idx.enforcing) {
    const msg = `${policies.length} NetworkPolic${policies.length === 1 ? 'y is' : 'ies are'} present, but the network plugin ${ctx.settings.cni} does not enforce NetworkPolicy: every connection is allowed`;
    emit(policies[0], 'POLICY_CNI_NOT_ENFORCING', 'warning', msg);
  }
  const podNet = compileBlock({ cidr: ctx.settings.podCIDR, except: [] }).cidr;
  for (const p of policies) {
    const selected = p.selectedPods.map((r) => podsByRef.get(r)).filter((x): x is Pod => !!x);
    checkSelection(p, selected, emit);
    checkNamedPorts(p, selected, ctx.pods, idx, emit);
    checkServicePorts(p, selected, servicePorts, idx, emit);
    checkPodCidr(p, ctx.settings.podCIDR, podNet, emit);
  }
  checkDns(policies, ctx.pods, idx, emit);
}

function checkSelection(p: NetworkPolicy, selected: Pod[], emit: Emit): void {
  if (selected.length === 0) {
    emit(
      p,
      'POLICY_SELECTS_NO_POD',
      'info',
      `policy ${p.name} selects no pod in namespace ${p.namespace}`,
    );
    return;
  }
  const hostNet = selected.filter((x) => x.hostNetwork).map((x) => x.ref);
  if (hostNet.length === 0) return;
  const only = hostNet.length === selected.length;
  emit(
    p,
    'POLICY_SELECTS_HOST_NETWORK',
    'info',
    `policy ${p.name} selects ${only ? 'only ' : ''}hostNetwork pods (${hostNet.join(', ')}); they use their node's address and the policy does not protect them (engine default, §6.8)`,
  );
}

/** Named ports that no candidate destination pod declares with the entry's protocol. */
function checkNamedPorts(
  p: NetworkPolicy,
  selected: Pod[],
  pods: readonly Pod[],
  idx: PolicyIndex,
  emit: Emit,
): void {
  const each = (rules: PolicyRule[], candidates: (r: PolicyRule) => Pod[], dir: string) => {
    for (const r of rules) {
      for (const e of r.ports) {
        if (typeof e.port !== 'string') continue;
        const name = e.port;
        if (
          candidates(r).some((pod) => resolveNamedPort(pod.ports, name, e.protocol) !== undefined)
        )
          continue;
        emit(
          p,
          'POLICY_NAMED_PORT_UNRESOLVED',
          'warning',
          `named port ${name}/${e.protocol} in ${dir} rule ${r.index + 1} is declared by none of the destination pods it could apply to, so it matches nothing`,
          e.source,
        );
      }
    }
  };
  each(p.ingress, () => selected, 'ingress');
  const peersOf = (r: PolicyRule) =>
    pods.filter(
      (pod) =>
        r.peers.length === 0 ||
        r.peers.some((x) => peerMatches(x, p.namespace, podSide(pod), idx.nsLabels) !== 'no'),
    );
  each(p.egress, peersOf, 'egress');
}

/**
 * The Services of the cluster by `port/protocol` (each Service once per pair, with its first
 * matching port, in cluster order) and each Service's selected pods, computed on first use.
 */
interface ServicePorts {
  byPort: Map<string, { s: Service; sp: Service['ports'][number] }[]>;
  backendsOf: (s: Service) => Pod[];
}

function indexServicePorts(ctx: CheckContext): ServicePorts {
  const byPort: ServicePorts['byPort'] = new Map();
  for (const s of ctx.services) {
    for (const sp of s.ports) {
      const key = `${sp.port}/${sp.protocol}`;
      const list = byPort.get(key) ?? [];
      if (list.length > 0 && list[list.length - 1].s === s) continue; // first port wins
      list.push({ s, sp });
      byPort.set(key, list);
    }
  }
  let pods: PodIndex | undefined;
  const backends = new Map<Service, Pod[]>();
  const backendsOf = (s: Service): Pod[] => {
    let b = backends.get(s);
    if (!b) {
      pods ??= indexPods(ctx.pods);
      b = s.selector ? selectPods(pods, s.namespace, s.selector) : [];
      backends.set(s, b);
    }
    return b;
  };
  return { byPort, backendsOf };
}

/** §6.9: a policy port equal to a Service port whose backends listen elsewhere. */
function checkServicePorts(
  p: NetworkPolicy,
  selected: Pod[],
  svc: ServicePorts,
  idx: PolicyIndex,
  emit: Emit,
): void {
  const check = (r: PolicyRule, relevant: (backends: Pod[]) => boolean) => {
    for (const e of r.ports) {
      if (typeof e.port !== 'number' || e.endPort !== undefined) continue;
      for (const { s, sp } of svc.byPort.get(`${e.port}/${e.protocol}`) ?? []) {
        const backends = svc.backendsOf(s);
        if (backends.length === 0 || !relevant(backends)) continue;
        const targets = targetNumbers(sp.targetPort, e.protocol, backends);
        if (targets.length === 0 || targets.includes(e.port)) continue;
        emit(
          p,
          'POLICY_SERVICE_PORT',
          'warning',
          `policy port ${e.port} is a port of Service ${s.namespace}/${s.name}; its backends listen on ${targets.join(', ')}, and policy sees the port after translation`,
          e.source,
        );
      }
    }
  };
  if (p.policyTypes.includes('Ingress')) {
    const selectedRefs = new Set(selected.map((x) => x.ref));
    for (const r of p.ingress) check(r, (b) => b.some((x) => selectedRefs.has(x.ref)));
  }
  if (p.policyTypes.includes('Egress')) {
    for (const r of p.egress) {
      if (r.peers.length === 0) continue;
      check(r, (b) =>
        b.some((x) =>
          r.peers.some((peer) => peerMatches(peer, p.namespace, podSide(x), idx.nsLabels) !== 'no'),
        ),
      );
    }
  }
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

/** An ipBlock whose addresses (minus excepts) overlap the pod network. */
function checkPodCidr(
  p: NetworkPolicy,
  podCIDR: string,
  pod: ReturnType<typeof compileBlock>['cidr'],
  emit: Emit,
): void {
  if (!pod.v4) return;
  for (const r of p.ingress.length === 0 ? p.egress : [...p.ingress, ...p.egress]) {
    for (const x of r.peers) {
      if (!x.ipBlock) continue;
      const b = compileBlock(x.ipBlock);
      const lo = Math.max(b.cidr.start, pod.start);
      const hi = Math.min(b.cidr.end, pod.end);
      if (!b.cidr.v4 || lo > hi) continue;
      if (b.except.some((e) => e.v4 && e.start <= lo && e.end >= hi)) continue;
      emit(
        p,
        'POLICY_IPBLOCK_COVERS_PODS',
        'warning',
        `ipBlock ${x.ipBlock.cidr} covers pod addresses (${podCIDR}); the engine lets it match pods, as Calico does, but plugins such as Cilium never apply ipBlocks to pods`,
        x.source,
      );
    }
  }
}

/** §6.10: every egress-isolated pod needs UDP and TCP 53 to the cluster DNS pods. */
function checkDns(
  policies: NetworkPolicy[],
  pods: readonly Pod[],
  idx: PolicyIndex,
  emit: Emit,
): void {
  const dnsPods = pods.filter(
    (x) => x.namespace === 'kube-system' && x.labels['k8s-app'] === 'kube-dns' && !x.hostNetwork,
  );
  const dnsSides: Side[] = dnsPods.length > 0 ? dnsPods.map((x) => podSide(x)) : [SYNTHETIC_DNS];
  const missing = new Map<NetworkPolicy, string[]>();
  for (const pod of pods) {
    if (pod.hostNetwork) continue;
    const pols = isolatingPolicies(idx, pod.namespace, pod.labels, 'Egress');
    if (pols.length === 0) continue;
    const reaches = (proto: Protocol) =>
      dnsSides.some((d) =>
        pols.some((p) =>
          p.egress.some((r) => ruleAllows(r, p.namespace, d, 53, proto, d, idx.nsLabels) !== 'no'),
        ),
      );
    if (reaches('UDP') && reaches('TCP')) continue;
    const list = missing.get(pols[0]) ?? [];
    list.push(pod.ref);
    missing.set(pols[0], list);
  }
  for (const [p, unsorted] of missing) {
    const refs = [...unsorted].sort();
    const shown =
      refs.length > 5
        ? `${refs.slice(0, 5).join(', ')} and ${refs.length - 5} more`
        : refs.join(', ');
    emit(
      p,
      'POLICY_NO_DNS_EGRESS',
      'warning',
      `pods isolated for egress (${shown}) have no egress rule allowing UDP and TCP 53 to the cluster DNS pods (kube-system, k8s-app=kube-dns): name lookups will fail`,
    );
  }
}

/** The reference stage: each policy read without shortcuts, then the checks above. */
export const REFERENCE_STAGE: PolicyStage = {
  read: (m) => readPolicy(m, createReadCache(false)),
  check: (policies, _selection, ctx, diags) => checkPoliciesReference(policies, ctx, diags),
};
