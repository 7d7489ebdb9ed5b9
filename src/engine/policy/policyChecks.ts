// Warnings about accepted policies that need the rest of the cluster (SEMANTICS.md §8.5): no pod
// selected, hostNetwork pods selected (§6.8), egress isolation without DNS (§6.10), Service ports
// in policies (§6.9, servicePortCheck.ts), unresolvable named ports, ipBlocks over the pod
// network, inert plugin (§6.1). referencePolicyChecks.ts is the plain version it must agree with.
import type { Namespace, Pod, Protocol, Service } from '../model/cluster';
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef } from '../model/manifest';
import type { IpBlock, NetworkPolicy, PolicyRule } from '../model/policy';
import type { ClusterSettings } from '../model/settings';
import { checkDnsEgress } from './dnsEgressCheck';
import { compileBlock, peerMatches, resolveNamedPort, type Side } from './match';
import { buildPolicyIndex, cmp, podSide, type PolicyIndex } from './policyIndex';
import {
  checkEgressServicePorts,
  checkIngressServicePorts,
  indexServicePorts,
  type ServicePorts,
} from './servicePortCheck';

export interface CheckContext {
  namespaces: readonly Namespace[];
  pods: readonly Pod[];
  services: readonly Service[];
  settings: ClusterSettings;
}

/** What every policy's checks share, built once per call. */
interface Tables {
  diags: Diagnostic[];
  idx: PolicyIndex;
  pods: readonly Pod[];
  services: ServicePorts;
  /** Pods as policy sees them, made once each. */
  sides: Map<Pod, Side>;
  podCIDR: string;
  podNet: ReturnType<typeof compileBlock>['cidr'];
  /** Whether an ipBlock overlaps the pod network, per (shared) IpBlock. */
  coversPods: Map<IpBlock, boolean>;
}

function emit(
  t: Tables,
  p: NetworkPolicy,
  code: string,
  severity: 'warning' | 'info',
  message: string,
  at: NetworkPolicy['source'] = p.source,
): void {
  t.diags.push(
    diagAt(code, severity, message, at, objectRef('NetworkPolicy', p.name, p.namespace)),
  );
}

/**
 * `policies` sorted by namespace and name, as buildPolicies returns them; `selection[i]` the Pod
 * objects `policies[i]` selects (its namespace's pods matching its podSelector, in pod order).
 */
export function checkPolicies(
  policies: NetworkPolicy[],
  selection: readonly (readonly Pod[])[],
  ctx: CheckContext,
  diags: Diagnostic[],
): void {
  const idx = buildPolicyIndex(ctx.namespaces, [], ctx.pods, policies, ctx.settings.cni);
  const t: Tables = {
    diags,
    idx,
    pods: ctx.pods,
    services: indexServicePorts(ctx.services, podsByNamespace(ctx.pods)),
    sides: new Map(),
    podCIDR: ctx.settings.podCIDR,
    podNet: compileBlock({ cidr: ctx.settings.podCIDR, except: [] }).cidr,
    coversPods: new Map(),
  };
  if (policies.length > 0 && !idx.enforcing) {
    const msg = `${policies.length} NetworkPolic${policies.length === 1 ? 'y is' : 'ies are'} present, but the network plugin ${ctx.settings.cni} does not enforce NetworkPolicy: every connection is allowed`;
    emit(t, policies[0], 'POLICY_CNI_NOT_ENFORCING', 'warning', msg);
  }
  const warnServicePort = (p: NetworkPolicy, message: string, at: NetworkPolicy['source']) =>
    emit(t, p, 'POLICY_SERVICE_PORT', 'warning', message, at);
  // With one pod per ref, a policy's pods by ref are its selection (in pod order): the checks
  // below only count them, test each, or sort what they list.
  const uniqueRefs = idx.podsByRef.size === ctx.pods.length;
  for (let i = 0; i < policies.length; i++) {
    const p = policies[i];
    const selected = uniqueRefs ? selection[i] : selectedByRef(p, idx);
    checkSelection(t, p, selected);
    checkNamedPorts(t, p, selected);
    if (p.policyTypes.includes('Ingress')) checkIngressServicePorts(p, t.services, warnServicePort);
    if (p.policyTypes.includes('Egress'))
      checkEgressServicePorts(p, t.services, idx, t.sides, warnServicePort);
    checkPodCidr(t, p, p.ingress);
    checkPodCidr(t, p, p.egress);
  }
  const warnDns = (p: NetworkPolicy, message: string) =>
    emit(t, p, 'POLICY_NO_DNS_EGRESS', 'warning', message);
  checkDnsEgress(policies, selection, t.pods, idx, warnDns);
}

function podsByNamespace(pods: readonly Pod[]): Map<string, Pod[]> {
  const byNs = new Map<string, Pod[]>();
  for (const pod of pods) {
    const list = byNs.get(pod.namespace);
    if (list) list.push(pod);
    else byNs.set(pod.namespace, [pod]);
  }
  return byNs;
}

/** The selected pods by ref, sorted by ref (the order the warnings list them in). */
function selectedByRef(p: NetworkPolicy, idx: PolicyIndex): Pod[] {
  const out: Pod[] = [];
  for (const ref of p.selectedPods) {
    const pod = idx.podsByRef.get(ref);
    if (pod) out.push(pod);
  }
  return out;
}

function checkSelection(t: Tables, p: NetworkPolicy, selected: readonly Pod[]): void {
  if (selected.length === 0) {
    const msg = `policy ${p.name} selects no pod in namespace ${p.namespace}`;
    emit(t, p, 'POLICY_SELECTS_NO_POD', 'info', msg);
    return;
  }
  const hostNet: string[] = [];
  for (const x of selected) if (x.hostNetwork) hostNet.push(x.ref);
  if (hostNet.length === 0) return;
  hostNet.sort(cmp);
  const only = hostNet.length === selected.length;
  emit(
    t,
    p,
    'POLICY_SELECTS_HOST_NETWORK',
    'info',
    `policy ${p.name} selects ${only ? 'only ' : ''}hostNetwork pods (${hostNet.join(', ')}); they use their node's address and the policy does not protect them (engine default, §6.8)`,
  );
}

/** Named ports that no candidate destination pod declares with the entry's protocol. */
function checkNamedPorts(t: Tables, p: NetworkPolicy, selected: readonly Pod[]): void {
  for (const r of p.ingress) {
    for (const e of r.ports) {
      if (typeof e.port !== 'string' || anyDeclares(selected, e.port, e.protocol)) continue;
      warnNamedPort(t, p, e.port, e.protocol, 'ingress', r, e.source);
    }
  }
  for (const r of p.egress) {
    for (const e of r.ports) {
      if (typeof e.port !== 'string' || anyPeerDeclares(t, p, r, e.port, e.protocol)) continue;
      warnNamedPort(t, p, e.port, e.protocol, 'egress', r, e.source);
    }
  }
}

function anyDeclares(pods: readonly Pod[], name: string, protocol: Protocol): boolean {
  for (const pod of pods)
    if (resolveNamedPort(pod.ports, name, protocol) !== undefined) return true;
  return false;
}

/** Whether a pod the egress rule admits declares the port (the name first: it is cheaper). */
function anyPeerDeclares(
  t: Tables,
  p: NetworkPolicy,
  r: PolicyRule,
  name: string,
  protocol: Protocol,
): boolean {
  for (const pod of t.pods) {
    if (resolveNamedPort(pod.ports, name, protocol) === undefined) continue;
    if (r.peers.length === 0) return true;
    const side = sideOf(t, pod);
    for (const x of r.peers) {
      if (peerMatches(x, p.namespace, side, t.idx.nsLabels) !== 'no') return true;
    }
  }
  return false;
}

function warnNamedPort(
  t: Tables,
  p: NetworkPolicy,
  name: string,
  protocol: Protocol,
  dir: string,
  r: PolicyRule,
  at: NetworkPolicy['source'],
): void {
  emit(
    t,
    p,
    'POLICY_NAMED_PORT_UNRESOLVED',
    'warning',
    `named port ${name}/${protocol} in ${dir} rule ${r.index + 1} is declared by none of the destination pods it could apply to, so it matches nothing`,
    at,
  );
}

function sideOf(t: Tables, pod: Pod): Side {
  let side = t.sides.get(pod);
  if (!side) t.sides.set(pod, (side = podSide(pod)));
  return side;
}

/** An ipBlock whose addresses (minus excepts) overlap the pod network. */
function checkPodCidr(t: Tables, p: NetworkPolicy, rules: PolicyRule[]): void {
  if (!t.podNet.v4) return;
  for (const r of rules) {
    for (const x of r.peers) {
      if (!x.ipBlock || !coversPods(t, x.ipBlock)) continue;
      emit(
        t,
        p,
        'POLICY_IPBLOCK_COVERS_PODS',
        'warning',
        `ipBlock ${x.ipBlock.cidr} covers pod addresses (${t.podCIDR}); the engine lets it match pods, as Calico does, but plugins such as Cilium never apply ipBlocks to pods`,
        x.source,
      );
    }
  }
}

function coversPods(t: Tables, block: IpBlock): boolean {
  let covers = t.coversPods.get(block);
  if (covers === undefined) {
    const b = compileBlock(block);
    const lo = Math.max(b.cidr.start, t.podNet.start);
    const hi = Math.min(b.cidr.end, t.podNet.end);
    covers = b.cidr.v4 && lo <= hi && !b.except.some((e) => e.v4 && e.start <= lo && e.end >= hi);
    t.coversPods.set(block, covers);
  }
  return covers;
}
