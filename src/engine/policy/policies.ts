// NetworkPolicy objects: reading and validation (readPolicy.ts), duplicates, selected pods, and
// the warnings that need the rest of the cluster (policyChecks.ts). Output sorted by namespace/name.
// Verdicts are verdict.ts's; this stage only prepares the policies (SEMANTICS.md §6.2–6.6, §8.5).
import type { Namespace, Pod, Service } from '../model/cluster';
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { NetworkPolicy } from '../model/policy';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import { selectorMatches } from '../topology/selectors';
import { cmp } from './policyIndex';
import { checkPolicies } from './policyChecks';
import { readPolicy } from './readPolicy';

const API_VERSION = 'networking.k8s.io/v1';

/**
 * Every NetworkPolicy the API server would store, with effective policyTypes and selected pods.
 * `services` and `settings` feed the §6.9 Service-port and §6.1 plugin warnings.
 */
export function buildPolicies(
  manifests: readonly Manifest[],
  namespaces: readonly Namespace[],
  pods: readonly Pod[],
  diags: Diagnostic[],
  services: readonly Service[] = [],
  settings: ClusterSettings = DEFAULT_SETTINGS,
): NetworkPolicy[] {
  const known = new Set(namespaces.map((n) => n.name));
  const byKey = new Map<string, NetworkPolicy>();
  for (const m of manifests) {
    if (m.kind !== 'NetworkPolicy') continue;
    const ref = objectRef('NetworkPolicy', m.name, m.namespace ?? 'default');
    if (m.apiVersion !== API_VERSION) {
      const msg = `apiVersion ${m.apiVersion || '(missing)'} is not served for NetworkPolicy; use ${API_VERSION}`;
      diags.push(diagAt('POLICY_INVALID', 'error', msg, m.lineOf(['apiVersion']), ref));
      continue;
    }
    const { policy, problems } = readPolicy(m);
    for (const p of problems)
      diags.push(diagAt(p.code, p.severity, p.message, m.lineOf(p.path), ref));
    // Objects in a namespace the namespace stage rejected are not stored (it reports why).
    if (!policy || (known.size > 0 && !known.has(policy.namespace))) continue;
    const key = `${policy.namespace}/${policy.name}`;
    const first = byKey.get(key);
    if (first) {
      const msg = `NetworkPolicy ${key} already exists (first defined at ${first.source.file}:${first.source.line}); this one is rejected`;
      diags.push(diagAt('POLICY_DUPLICATE', 'error', msg, m.lineOf(['metadata', 'name']), ref));
      continue;
    }
    byKey.set(key, policy);
  }
  const policies = [...byKey.values()].sort(
    (a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name),
  );
  const byNs = new Map<string, Pod[]>();
  for (const pod of pods) {
    const list = byNs.get(pod.namespace);
    if (list) list.push(pod);
    else byNs.set(pod.namespace, [pod]);
  }
  for (const p of policies) {
    p.selectedPods = (byNs.get(p.namespace) ?? [])
      .filter((pod) => selectorMatches(p.podSelector, pod.labels))
      .map((pod) => pod.ref)
      .sort(cmp);
  }
  checkPolicies(policies, { namespaces, pods, services, settings }, diags);
  return policies;
}
