// NetworkPolicy objects: reading and validation (readPolicy.ts), duplicates, selected pods, and
// the warnings that need the rest of the cluster (policyChecks.ts). Output sorted by namespace/name.
// Verdicts are verdict.ts's; this stage only prepares the policies (SEMANTICS.md §6.2–6.6, §8.5).
import type { Namespace, Pod, Service } from '../model/cluster';
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { LabelSelector } from '../model/labels';
import type { NetworkPolicy } from '../model/policy';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import { selectorMatches } from '../topology/selectors';
import { cmp } from './policyIndex';
import { checkPolicies, type CheckContext } from './policyChecks';
import { createReadCache, readPolicy, type PolicyProblem } from './readPolicy';

const API_VERSION = 'networking.k8s.io/v1';

/** How the stage reads one manifest and checks the accepted policies (fast or reference). */
export interface PolicyStage {
  read: (m: Manifest) => { policy: NetworkPolicy | null; problems: PolicyProblem[] };
  check: (
    policies: NetworkPolicy[],
    selection: readonly (readonly Pod[])[],
    ctx: CheckContext,
    diags: Diagnostic[],
  ) => void;
}

/** Shapes read once per analysis are shared by every policy that repeats them. */
function fastStage(): PolicyStage {
  const cache = createReadCache();
  return { read: (m) => readPolicy(m, cache), check: checkPolicies };
}

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
  stage: PolicyStage = fastStage(),
): NetworkPolicy[] {
  const policies = readPolicies(manifests, namespaces, diags, stage);
  const selection = selectPods(policies, pods);
  stage.check(policies, selection, { namespaces, pods, services, settings }, diags);
  return policies;
}

/** The policies the API server would store, sorted by namespace and name. */
function readPolicies(
  manifests: readonly Manifest[],
  namespaces: readonly Namespace[],
  diags: Diagnostic[],
  stage: PolicyStage,
): NetworkPolicy[] {
  const known = new Set(namespaces.map((n) => n.name));
  // namespace → name → policy: finds duplicates and sorts without building "ns/name" keys.
  const byNs = new Map<string, Map<string, NetworkPolicy>>();
  for (const m of manifests) {
    if (m.kind !== 'NetworkPolicy') continue;
    if (m.apiVersion !== API_VERSION) {
      const msg = `apiVersion ${m.apiVersion || '(missing)'} is not served for NetworkPolicy; use ${API_VERSION}`;
      diags.push(diagAt('POLICY_INVALID', 'error', msg, m.lineOf(['apiVersion']), refOf(m)));
      continue;
    }
    const { policy, problems } = stage.read(m);
    for (const p of problems)
      diags.push(diagAt(p.code, p.severity, p.message, m.lineOf(p.path), refOf(m)));
    // Objects in a namespace the namespace stage rejected are not stored (it reports why).
    if (!policy || (known.size > 0 && !known.has(policy.namespace))) continue;
    let names = byNs.get(policy.namespace);
    if (!names) byNs.set(policy.namespace, (names = new Map()));
    const first = names.get(policy.name);
    if (first) {
      const key = `${policy.namespace}/${policy.name}`;
      const msg = `NetworkPolicy ${key} already exists (first defined at ${first.source.file}:${first.source.line}); this one is rejected`;
      diags.push(
        diagAt('POLICY_DUPLICATE', 'error', msg, m.lineOf(['metadata', 'name']), refOf(m)),
      );
      continue;
    }
    names.set(policy.name, policy);
  }
  return sortedPolicies(byNs);
}

const refOf = (m: Manifest) => objectRef('NetworkPolicy', m.name, m.namespace ?? 'default');

/** By namespace, then name: a few hundred short sorts instead of one long one. */
function sortedPolicies(byNs: Map<string, Map<string, NetworkPolicy>>): NetworkPolicy[] {
  const out: NetworkPolicy[] = [];
  for (const ns of [...byNs.keys()].sort(cmp)) {
    const names = byNs.get(ns)!;
    for (const name of [...names.keys()].sort(cmp)) out.push(names.get(name)!);
  }
  return out;
}

/** The pods one podSelector selects in one namespace: in pod order, and their refs sorted. */
interface Selected {
  pods: Pod[];
  refs: string[];
}

/**
 * Sets each policy's selectedPods (refs, sorted) and returns the same selections as Pod objects
 * in pod order, for the checks. Reading shares equal selectors between policies (readPolicy.ts),
 * so a selection is worked out once per selector object and namespace; selectors are never
 * mutated, so the same object always selects the same pods.
 */
function selectPods(policies: NetworkPolicy[], pods: readonly Pod[]): Pod[][] {
  const byNs = new Map<string, Pod[]>();
  for (const pod of pods) {
    const list = byNs.get(pod.namespace);
    if (list) list.push(pod);
    else byNs.set(pod.namespace, [pod]);
  }
  const seen = new Map<LabelSelector, Map<string, Selected>>();
  const selection: Pod[][] = [];
  for (const p of policies) {
    let inNs = seen.get(p.podSelector);
    if (!inNs) seen.set(p.podSelector, (inNs = new Map()));
    let selected = inNs.get(p.namespace);
    if (!selected) {
      selected = select(p.podSelector, byNs.get(p.namespace) ?? []);
      inNs.set(p.namespace, selected);
    }
    p.selectedPods = selected.refs.slice(); // each policy owns its list
    selection.push(selected.pods);
  }
  return selection;
}

function select(selector: LabelSelector, candidates: readonly Pod[]): Selected {
  const pods: Pod[] = [];
  const refs: string[] = [];
  for (const pod of candidates) {
    if (!selectorMatches(selector, pod.labels)) continue;
    pods.push(pod);
    refs.push(pod.ref);
  }
  return { pods, refs: refs.sort(cmp) };
}
