// Reading and validating one workload object (SEMANTICS.md §1.3, §1.7, §1.8, §8.1, §8.2): its name,
// replicas, selector and pod template, per kind. Job/CronJob counts are jobs.ts; making pods from
// the result is controllers.ts. A workload with any error is rejected (the caller drops it).
import type { WorkloadKind } from '../model/cluster';
import type { Labels, LabelSelector } from '../model/labels';
import type { FieldPath, Manifest } from '../model/manifest';
import type { SourceRef } from '../model/source';
import { dns1123Label, dns1123Subdomain } from '../validate/formats';
import { getAt } from './containers';
import { readPodTemplate, type PodTemplate } from './podSpec';
import { isEmptySelector, readLabelSelector, readStringMap, selectorMatches } from './selectors';
import { asObject, labelProblems, namespaceOf, type Issue } from './report';

/** What every workload kind shares once read. */
export interface WorkloadRead {
  m: Manifest;
  kind: WorkloadKind;
  namespace: string;
  name: string;
  labels: Labels;
  template: PodTemplate;
  /** Where `metadata`/`spec` of the pod template sit in the object. */
  templatePath: FieldPath;
  /** The selector as stored (RC: its map as matchLabels; Job: possibly generated later). */
  selector: LabelSelector | null;
  replicas: number;
  /** Set by controllers.ts on first use: where the template starts, and its pods' owner. */
  templateSource?: SourceRef;
  podOwner?: { kind: WorkloadKind; name: string };
}

/** Kinds whose `spec.selector` is a required, non-empty LabelSelector (apps/v1). */
const APPS_KINDS = new Set<WorkloadKind>(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** Template location per kind. */
export function templatePathOf(kind: WorkloadKind): FieldPath {
  return kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template'] : ['spec', 'template'];
}

/** Reads a workload; issues collect every rejection and warning. */
export function readWorkload(
  m: Manifest,
  kind: WorkloadKind,
  name: string,
  issues: Issue[],
): WorkloadRead {
  checkName(kind, name, issues);
  const templatePath = templatePathOf(kind);
  if (getAt(m.raw, templatePath) === undefined) {
    issues.push({
      code: 'WORKLOAD_SPEC_INVALID',
      severity: 'error',
      message: `${templatePath.join('.')} is required`,
      path: ['spec'],
    });
  }
  const template = readPodTemplate(m, templatePath, issues);
  const labels = readStringMap(asObject(m.raw.metadata).labels);
  for (const message of labelProblems(labels, 'metadata.labels')) {
    issues.push({
      code: 'LABELS_INVALID',
      severity: 'error',
      message,
      path: ['metadata', 'labels'],
    });
  }
  const w: WorkloadRead = {
    m,
    kind,
    namespace: namespaceOf(m),
    name,
    labels,
    template,
    templatePath,
    selector: null,
    replicas: 1,
  };
  if (kind !== 'Job' && kind !== 'CronJob' && kind !== 'DaemonSet')
    w.replicas = readCount(m, ['spec', 'replicas'], 1, issues);
  if (kind !== 'Job' && kind !== 'CronJob') readCount(m, ['spec', 'minReadySeconds'], 0, issues);
  checkTemplateRestartPolicy(w, issues);
  if (APPS_KINDS.has(kind)) w.selector = readAppsSelector(w, issues);
  if (kind === 'ReplicationController') {
    // §1.7: an absent/empty selector, and empty metadata.labels, default to the template labels.
    const selector = readStringMap(asObject(m.raw.spec).selector);
    const map = Object.keys(selector).length > 0 ? selector : { ...template.labels };
    w.selector = { matchLabels: map, matchExpressions: [] };
    checkSelectorFits(w, issues);
    if (Object.keys(labels).length === 0) w.labels = { ...template.labels };
  }
  if (kind === 'StatefulSet') checkStatefulSet(w, issues);
  return w;
}

function checkName(kind: WorkloadKind, name: string, issues: Issue[]): void {
  let problem = name === '' ? 'metadata.name is required' : null;
  // StatefulSet names become pod hostnames, so they must be DNS labels, not subdomains.
  problem ??= kind === 'StatefulSet' ? dns1123Label(name) : dns1123Subdomain(name);
  if (!problem && kind === 'CronJob' && name.length > 52)
    problem = 'must be no more than 52 characters (Job names append 11)';
  if (!problem && kind === 'Job' && name.length > 63)
    problem = 'must be no more than 63 characters (it becomes the job-name label)';
  if (problem)
    issues.push({
      code: 'OBJECT_NAME_INVALID',
      severity: 'error',
      message: `name "${name}" ${problem}`,
      path: ['metadata', 'name'],
    });
}

/** An integer field ≥ 0 (`replicas`, `parallelism`…), `fallback` when absent. */
export function readCount(m: Manifest, path: FieldPath, fallback: number, issues: Issue[]): number {
  const v = getAt(m.raw, path);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    issues.push({
      code: 'WORKLOAD_SPEC_INVALID',
      severity: 'error',
      message: `${path.join('.')} ${String(v)} must be a whole number ≥ 0`,
      path,
    });
    return fallback;
  }
  return v;
}

/** apps/v1 and RC templates must restart Always; Job templates must say Never or OnFailure. */
function checkTemplateRestartPolicy(w: WorkloadRead, issues: Issue[]): void {
  const path = [...w.templatePath, 'spec', 'restartPolicy'];
  const t = w.template;
  if (w.kind === 'Job' || w.kind === 'CronJob') {
    if (!t.restartPolicySet || (t.restartPolicy !== 'Never' && t.restartPolicy !== 'OnFailure')) {
      const message = `${path.join('.')} must be set to Never or OnFailure for a Job${t.restartPolicySet ? ` (is ${t.restartPolicy})` : ''}`;
      issues.push({ code: 'POD_SPEC_INVALID', severity: 'error', message, path });
    }
  } else if (t.restartPolicy !== 'Always') {
    issues.push({
      code: 'POD_SPEC_INVALID',
      severity: 'error',
      message: `${path.join('.')} must be Always for a ${w.kind} (is ${t.restartPolicy})`,
      path,
    });
  }
}

/** Deployment/ReplicaSet/StatefulSet/DaemonSet: required, non-empty, valid, matches the template. */
function readAppsSelector(w: WorkloadRead, issues: Issue[]): LabelSelector | null {
  const raw = asObject(w.m.raw.spec).selector;
  const path = ['spec', 'selector'];
  const bad = (message: string) =>
    issues.push({ code: 'WORKLOAD_SELECTOR_INVALID', severity: 'error', message, path });
  const { selector, problems } = readLabelSelector(raw);
  if (!selector) {
    bad(problems[0] ?? 'spec.selector is required');
    return null;
  }
  problems.forEach((p) => bad(`spec.selector ${p}`));
  if (problems.length > 0) return selector;
  if (isEmptySelector(selector)) {
    bad('spec.selector: empty selector is invalid for a ' + w.kind);
    return selector;
  }
  w.selector = selector;
  checkSelectorFits(w, issues);
  return selector;
}

/** "selector does not match template labels" (§8.2), for any kind with a selector. */
export function checkSelectorFits(w: WorkloadRead, issues: Issue[]): void {
  if (!w.selector) return;
  if (isEmptySelector(w.selector)) {
    issues.push({
      code: 'WORKLOAD_SELECTOR_INVALID',
      severity: 'error',
      message: 'spec.selector is empty (and the template has no labels to default it to)',
      path: ['spec', 'selector'],
    });
  } else if (!selectorMatches(w.selector, w.template.labels)) {
    const message = `spec.selector does not match template labels (${[...w.templatePath, 'metadata', 'labels'].join('.')})`;
    issues.push({
      code: 'WORKLOAD_SELECTOR_INVALID',
      severity: 'error',
      message,
      path: ['spec', 'selector'],
    });
  }
}

function checkStatefulSet(w: WorkloadRead, issues: Issue[]): void {
  readCount(w.m, ['spec', 'ordinals', 'start'], 0, issues);
  const serviceName = asObject(w.m.raw.spec).serviceName;
  if (typeof serviceName !== 'string' || serviceName === '') {
    issues.push({
      code: 'STATEFULSET_SERVICE_NAME',
      severity: 'warning',
      message: 'spec.serviceName is missing: its pods get no per-pod DNS names (<pod>.<service>)',
      path: ['spec'],
    });
  } else if (dns1123Label(serviceName)) {
    issues.push({
      code: 'WORKLOAD_SPEC_INVALID',
      severity: 'error',
      message: `spec.serviceName "${serviceName}" ${dns1123Label(serviceName)}`,
      path: ['spec', 'serviceName'],
    });
  }
}
