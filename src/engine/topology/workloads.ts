// Workloads → pods (SEMANTICS.md §1): bare Pods first (they can be adopted, §1.9), then every
// workload in (namespace, kind, name) order, plus the CoreDNS add-on unless the manifests define it.
// Rejected objects are reported and left out. Pods come out Pending; schedule.ts places them.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Namespace, Node, Pod, Workload, WorkloadKind } from '../model/cluster';
import { dns1123Subdomain } from '../validate/formats';
import { AdoptablePods } from './adoption';
import { BUILTIN_SOURCE, corednsManifest } from './coredns';
import {
  expandDaemonSet,
  expandReplicaSet,
  expandStatefulSet,
  type ExpandContext,
  type Expansion,
} from './controllers';
import { suffix5 } from './hash';
import {
  controllerRefOf,
  cronJobRuns,
  deploymentReplicaSets,
  OwnedPods,
  type ControllerRef,
} from './owners';
import { checkCronJob, CRONJOB_RUN_MINUTES, expandJob, readJobSpec } from './jobs';
import { readPodTemplate } from './podSpec';
import { makePod, NameBook } from './pods';
import { asArray, asObject, finding, namespaceOf, reportIssues, type Issue } from './report';
import { readWorkload } from './workloadSpec';

/** Kinds that make pods, in the order adoption conflicts are settled within a namespace. */
export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
];
const KIND_RANK = new Map<string, number>(WORKLOAD_KINDS.map((k, i) => [k, i]));

/** Every workload and pod of the cluster, sorted by namespace then name. */
export function expandWorkloads(
  manifests: readonly Manifest[],
  namespaces: readonly Namespace[],
  nodes: readonly Node[],
  diags: Diagnostic[],
): { workloads: Workload[]; pods: Pod[] } {
  const known = new Set(namespaces.map((n) => n.name));
  const objects = withNames(podMakers(manifests, known), diags);
  const names = new NameBook();
  for (const { m, name } of objects)
    if (m.kind === 'Pod' && name !== '') names.add(namespaceOf(m), name);
  const bare = readBarePods(
    objects.filter((o) => o.m.kind === 'Pod'),
    names,
    diags,
  );
  const replicaSets = deploymentReplicaSets(objects);
  const consumed = new Set([...replicaSets.values()].flat().map((o) => o.m));
  const ctx: ExpandContext = {
    names,
    bare: new AdoptablePods(bare.adoptable),
    owned: new OwnedPods(bare.owned),
    replicaSets,
    cronJobRuns: cronJobRuns(objects),
    nodes,
    diags,
  };
  const pods: Pod[] = [...bare.pods];
  const workloads: Workload[] = [];
  const ordered = objects
    .filter((o) => o.m.kind !== 'Pod' && !consumed.has(o.m))
    .sort(byNamespaceKindName);
  for (const { m, name } of ordered) {
    const made = expandOne(m, name, ctx);
    if (!made) continue;
    workloads.push(made.workload);
    pods.push(...made.created);
  }
  pods.sort((a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name));
  workloads.sort(
    (a, b) =>
      compare(a.namespace, b.namespace) || compare(a.name, b.name) || compare(a.kind, b.kind),
  );
  return { workloads, pods };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNamespaceKindName(
  a: { m: Manifest; name: string },
  b: { m: Manifest; name: string },
): number {
  return (
    compare(namespaceOf(a.m), namespaceOf(b.m)) ||
    KIND_RANK.get(a.m.kind)! - KIND_RANK.get(b.m.kind)! ||
    compare(a.name, b.name)
  );
}

/** Pods and workloads in existing namespaces, plus CoreDNS when no manifest replaces it. */
function podMakers(manifests: readonly Manifest[], namespaces: Set<string>): Manifest[] {
  const out = manifests.filter(
    (m) => (m.kind === 'Pod' || KIND_RANK.has(m.kind)) && namespaces.has(namespaceOf(m)),
  );
  const userCoredns = out.some(
    (m) => m.kind === 'Deployment' && namespaceOf(m) === 'kube-system' && m.name === 'coredns',
  );
  if (!userCoredns)
    out.push(corednsManifest(manifests.reduce((max, m) => Math.max(max, m.order), -1) + 1));
  return out;
}

/**
 * Resolves `generateName` (deterministic suffix from namespace, prefix and occurrence) and drops
 * the later of two objects with the same kind, namespace and name, as the API server would.
 */
function withNames(
  objects: readonly Manifest[],
  diags: Diagnostic[],
): { m: Manifest; name: string }[] {
  const seen = new Map<string, Manifest>();
  const generated = new Map<string, number>();
  const out: { m: Manifest; name: string }[] = [];
  for (const m of [...objects].sort((a, b) => a.order - b.order)) {
    let name = m.name;
    const prefix = asObject(m.raw.metadata).generateName;
    if (name === '' && typeof prefix === 'string' && prefix !== '') {
      const key = `${m.kind}/${namespaceOf(m)}/${prefix}`;
      const n = generated.get(key) ?? 0;
      generated.set(key, n + 1);
      name = prefix.slice(0, 58) + suffix5(`${key}/${n}`);
    }
    const key = `${m.kind}/${namespaceOf(m)}/${name}`;
    const first = seen.get(key);
    if (name !== '' && first) {
      const message = `already defined at ${first.source.file}:${first.source.line}; this one is rejected`;
      diags.push(finding('DUPLICATE_OBJECT', 'error', m, message, ['metadata', 'name']));
      continue;
    }
    seen.set(key, m);
    out.push({ m, name });
  }
  return out;
}

/** Bare Pods; those without a controller ownerReference may be adopted, the others claimed. */
function readBarePods(
  objects: readonly { m: Manifest; name: string }[],
  names: NameBook,
  diags: Diagnostic[],
): { pods: Pod[]; adoptable: Pod[]; owned: { pod: Pod; ref: ControllerRef }[] } {
  const out = {
    pods: [] as Pod[],
    adoptable: [] as Pod[],
    owned: [] as { pod: Pod; ref: ControllerRef }[],
  };
  for (const { m, name } of objects) {
    const issues: Issue[] = [];
    const problem =
      name === '' ? 'metadata.name or generateName is required' : dns1123Subdomain(name);
    if (problem)
      issues.push({
        code: 'OBJECT_NAME_INVALID',
        severity: 'error',
        message: `name "${name}" ${problem}`,
        path: ['metadata', 'name'],
      });
    const template = readPodTemplate(m, [], issues);
    if (reportIssues(m, issues, diags, name)) continue;
    names.add(namespaceOf(m), name);
    const pod = makePod(template, { namespace: namespaceOf(m), name, source: m.source });
    out.pods.push(pod);
    const ref = controllerRefOf(m);
    const owners = asArray(asObject(m.raw.metadata).ownerReferences).map(asObject);
    if (ref) out.owned.push({ pod, ref });
    else if (!owners.some((o) => o.controller === true)) out.adoptable.push(pod);
  }
  return out;
}

/** Reads, validates and expands one workload; null when rejected. */
function expandOne(
  m: Manifest,
  name: string,
  ctx: ExpandContext,
): { workload: Workload; created: Pod[] } | null {
  const kind = m.kind as WorkloadKind;
  const issues: Issue[] = [];
  const w = readWorkload(m, kind, name, issues);
  const job =
    kind === 'Job'
      ? readJobSpec(w, ['spec'], name, issues)
      : kind === 'CronJob'
        ? (checkCronJob(w, issues),
          readJobSpec(w, ['spec', 'jobTemplate', 'spec'], `${name}-${CRONJOB_RUN_MINUTES}`, issues))
        : undefined;
  if (reportIssues(m, issues, ctx.diags, name)) return null;
  let made: Expansion;
  if (job) made = expandJob(w, job, ctx);
  else if (kind === 'StatefulSet') made = expandStatefulSet(w, ctx);
  else if (kind === 'DaemonSet') made = expandDaemonSet(w, ctx);
  else made = expandReplicaSet(w, ctx);
  const builtin = m.source === BUILTIN_SOURCE;
  const workload: Workload = {
    kind,
    namespace: w.namespace,
    name,
    labels: w.labels,
    templateLabels: { ...w.template.labels },
    replicas: made.replicas,
    pods: [...made.created, ...made.adopted].map((p) => p.ref),
    source: m.source,
  };
  if (made.selector) workload.selector = made.selector;
  if (builtin) {
    workload.builtin = true;
    for (const p of made.created) p.builtin = true;
  }
  return { workload, created: made.created };
}
