// Services: defaults and validation (serviceSpec.ts), then ClusterIPs, node ports and LoadBalancer
// addresses (SEMANTICS.md §3.1–3.6, §8.3), plus the built-in default/kubernetes and
// kube-system/kube-dns. Endpoints are endpoints.ts's job, DNS names dns/records.ts's.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { Service } from '../model/cluster';
import type { ClusterSettings } from '../model/settings';
import { BUILTIN_SOURCE } from '../model/source';
import {
  allocateClusterIP,
  checkExplicitClusterIP,
  createClusterIPPool,
  poolAddress,
  takeExplicitClusterIP,
  type ClusterIPPool,
} from './clusterIPs';
import {
  allocateNodePorts,
  claimNodePorts,
  type NodePortPlan,
  type NodePortOwners,
} from './nodePorts';
import { assignLoadBalancerIPs } from './loadBalancers';
import { readService, type ServiceDraft } from './serviceSpec';

/** Where built-in Services say they come from: no file, line 0. */
export { BUILTIN_SOURCE };

/** Reads, validates and allocates every Service; rejected ones are reported and left out. */
export function buildServices(
  manifests: readonly Manifest[],
  settings: ClusterSettings,
  diags: Diagnostic[],
): Service[] {
  const drafts = readAll(manifests, diags);
  const pool = createClusterIPPool(settings.serviceCIDR);
  const owners: NodePortOwners = new Map();
  const byKey = (d: ServiceDraft) => `${d.service.namespace}/${d.service.name}`;
  const defined = new Set(drafts.map(byKey));
  const builtins = builtinDrafts(pool).filter((d) => !defined.has(byKey(d)));
  const claimed = claimExplicit([...builtins, ...drafts], pool, owners, diags);
  // Keys made once, not twice per comparison.
  const keyed = claimed.map((c) => ({ c, key: byKey(c.draft) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const accepted: ServiceDraft[] = [];
  for (const {
    c: { draft, plan },
  } of keyed) {
    const s = draft.service;
    if (s.clusterIP === '' && !allocateClusterIP(pool, draft, diags)) continue;
    if (plan && !allocateNodePorts(draft, plan, owners, diags)) {
      pool.owners.delete(s.clusterIP ?? '');
      continue;
    }
    accepted.push(draft);
  }
  assignLoadBalancerIPs(accepted, diags);
  return accepted.map((d) => d.service);
}

/** Plain code-unit order, so results never depend on the host's locale. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Validates each Service manifest; a second object with the same namespace/name is rejected. */
function readAll(manifests: readonly Manifest[], diags: Diagnostic[]): ServiceDraft[] {
  const seen = new Map<string, Manifest>();
  const out: ServiceDraft[] = [];
  const services = manifests.filter((m) => m.kind === 'Service').sort((a, b) => a.order - b.order);
  for (const m of services) {
    const key = `${m.namespace ?? 'default'}/${m.name}`;
    const first = seen.get(key);
    if (first) {
      const msg = `Service ${key} is defined twice (first at ${first.source.file}:${first.source.line}); this one is rejected`;
      const ref = objectRef('Service', m.name, m.namespace ?? 'default');
      diags.push(diagAt('SERVICE_DUPLICATE', 'error', msg, m.lineOf(['metadata', 'name']), ref));
      continue;
    }
    const draft = readService(m, diags);
    if (draft) {
      seen.set(key, m);
      out.push(draft);
    }
  }
  return out;
}

/**
 * Explicit ClusterIPs and node ports, claimed in input order (built-ins first: they exist before
 * anything is applied). A Service losing any claim is rejected and keeps none of its claims.
 */
function claimExplicit(
  drafts: readonly ServiceDraft[],
  pool: ClusterIPPool,
  owners: NodePortOwners,
  diags: Diagnostic[],
): { draft: ServiceDraft; plan?: NodePortPlan }[] {
  const out: { draft: ServiceDraft; plan?: NodePortPlan }[] = [];
  for (const draft of drafts) {
    const type = draft.service.type;
    if (!checkExplicitClusterIP(pool, draft, diags)) continue;
    let plan: NodePortPlan | undefined;
    if (type === 'NodePort' || type === 'LoadBalancer') {
      const p = claimNodePorts(draft, owners, diags);
      if (!p) continue;
      plan = p;
    }
    takeExplicitClusterIP(pool, draft);
    out.push(plan ? { draft, plan } : { draft });
  }
  return out;
}

function builtinManifest(namespace: string, name: string): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    name,
    namespace,
    raw: {},
    source: BUILTIN_SOURCE,
    order: -1,
    lineOf: () => BUILTIN_SOURCE,
  };
}

function builtinDraft(
  namespace: string,
  name: string,
  s: Partial<Service>,
  ip?: string,
): ServiceDraft {
  const service: Service = {
    namespace,
    name,
    type: 'ClusterIP',
    clusterIP: '',
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: null,
    ports: [],
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    endpoints: [],
    dnsNames: [],
    builtin: true,
    source: BUILTIN_SOURCE,
    ...s,
  };
  const draft: ServiceDraft = {
    manifest: builtinManifest(namespace, name),
    service,
    allocateNodePorts: false,
    statusIPs: [],
  };
  if (ip !== undefined) draft.requestedClusterIP = ip;
  return draft;
}

/** default/kubernetes (first address) and kube-system/kube-dns (tenth), as kubeadm makes them. */
function builtinDrafts(pool: ClusterIPPool): ServiceDraft[] {
  const port = (name: string, n: number, protocol: 'TCP' | 'UDP') => ({
    name,
    port: n,
    protocol,
    targetPort: n,
    source: BUILTIN_SOURCE,
  });
  const kubernetes = builtinDraft(
    'default',
    'kubernetes',
    { ports: [{ ...port('https', 443, 'TCP'), targetPort: 6443 }] },
    poolAddress(pool, 1),
  );
  const kubeDns = builtinDraft(
    'kube-system',
    'kube-dns',
    {
      selector: { 'k8s-app': 'kube-dns' },
      ports: [port('dns', 53, 'UDP'), port('dns-tcp', 53, 'TCP'), port('metrics', 9153, 'TCP')],
    },
    poolAddress(pool, 10),
  );
  return [kubernetes, kubeDns];
}
