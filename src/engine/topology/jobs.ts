// Job and CronJob pods (SEMANTICS.md §1.6, §8.2): parallelism/completions defaults, Indexed Jobs,
// suspend, the generated selector, and one hypothetical Job run per CronJob. Names (engine
// choice): NonIndexed `<job>-<5 chars>`, Indexed `<job>-<index>-<5 chars>`, the CronJob's Job
// `<cronjob>-<CRONJOB_RUN_MINUTES>` (a fixed scheduled time, so names stay stable).
import type { Pod } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { FieldPath } from '../model/manifest';
import { dns1123Label } from '../validate/formats';
import { baseIdentity, type ExpandContext, type Expansion } from './controllers';
import { getAt } from './containers';
import { stableUid } from './hash';
import { makePod } from './pods';
import { asObject, finding, type Issue } from './report';
import { isEmptySelector, readLabelSelector, selectorMatches } from './selectors';
import { readCount, type WorkloadRead } from './workloadSpec';

/** The hypothetical CronJob run: 2025-01-01T00:00Z in minutes since the Unix epoch. */
export const CRONJOB_RUN_MINUTES = 28928160;

/** A Job spec once read and checked. */
export interface JobSpec {
  jobName: string;
  parallelism: number;
  completions?: number;
  indexed: boolean;
  suspended: boolean;
  uid: string;
  /** null: generated from the uid (no manualSelector). */
  manualSelector: LabelSelector | null;
}

/** Reads the Job spec at `specPath` (`['spec']`, or the CronJob's `jobTemplate.spec`). */
export function readJobSpec(
  w: WorkloadRead,
  specPath: FieldPath,
  jobName: string,
  issues: Issue[],
): JobSpec {
  const spec = asObject(getAt(w.m.raw, specPath));
  const count = (field: string, fallback: number) =>
    readCount(w.m, [...specPath, field], fallback, issues);
  const parallelism = count('parallelism', 1);
  const completions =
    spec.completions === undefined || spec.completions === null
      ? undefined
      : count('completions', 1);
  const mode = spec.completionMode === undefined ? 'NonIndexed' : String(spec.completionMode);
  const bad = (message: string, field: string) =>
    issues.push({
      code: 'WORKLOAD_SPEC_INVALID',
      severity: 'error',
      message,
      path: [...specPath, field],
    });
  if (mode !== 'NonIndexed' && mode !== 'Indexed')
    bad(`completionMode "${mode}" must be NonIndexed or Indexed`, 'completionMode');
  const indexed = mode === 'Indexed';
  if (indexed && completions === undefined)
    bad('completions is required when completionMode is Indexed', 'completionMode');
  if (indexed && completions !== undefined && completions > 0) {
    const problem = dns1123Label(`${jobName}-${completions - 1}`);
    if (problem)
      bad(`Indexed pod hostname "${jobName}-${completions - 1}" ${problem}`, 'completions');
  }
  const uidRaw = w.kind === 'Job' ? asObject(w.m.raw.metadata).uid : undefined;
  const uid =
    typeof uidRaw === 'string' && uidRaw !== ''
      ? uidRaw
      : stableUid(`Job/${w.namespace}/${jobName}`);
  const suspended =
    spec.suspend === true || (w.kind === 'CronJob' && asObject(w.m.raw.spec).suspend === true);
  return {
    jobName,
    parallelism,
    completions,
    indexed,
    suspended,
    uid,
    manualSelector: readJobSelector(w, specPath, spec, issues),
  };
}

/** A hand-written selector only with `manualSelector: true`; then it must fit the template. */
function readJobSelector(
  w: WorkloadRead,
  specPath: FieldPath,
  spec: Record<string, unknown>,
  issues: Issue[],
): LabelSelector | null {
  const path = [...specPath, 'selector'];
  const bad = (message: string) =>
    issues.push({ code: 'WORKLOAD_SELECTOR_INVALID', severity: 'error', message, path });
  const { selector, problems } = readLabelSelector(spec.selector);
  if (spec.manualSelector !== true) {
    if (selector)
      bad(
        '`selector` not auto-generated: set manualSelector: true to write a Job selector by hand',
      );
    return null;
  }
  problems.forEach((p) => bad(`selector ${p}`));
  if (!selector || isEmptySelector(selector))
    bad('selector is required (and non-empty) with manualSelector: true');
  else if (!selectorMatches(selector, w.template.labels))
    bad('selector does not match template labels');
  return selector;
}

/** Pods running at once (§1.6): none when suspended or parallelism 0, else min(parallelism, completions). */
export function runningPods(job: JobSpec): number {
  if (job.suspended) return 0;
  return job.completions === undefined
    ? job.parallelism
    : Math.min(job.parallelism, job.completions);
}

/** The Job's pods: indexes 0..n−1 for Indexed Jobs (lowest first), else n interchangeable pods. */
export function expandJob(w: WorkloadRead, job: JobSpec, ctx: ExpandContext): Expansion {
  const created: Pod[] = [];
  const labels: Record<string, string> = {};
  if (!job.manualSelector) {
    Object.assign(labels, {
      'batch.kubernetes.io/controller-uid': job.uid,
      'batch.kubernetes.io/job-name': job.jobName,
      'controller-uid': job.uid,
      'job-name': job.jobName,
    });
  }
  const controller = { kind: 'Job', name: job.jobName };
  // A CronJob whose Jobs are in the input (a dump) has its real runs there: no hypothetical one.
  const runs = w.kind === 'CronJob' ? ctx.cronJobRuns.get(`${w.namespace}/${w.name}`) : undefined;
  const n = runs ? 0 : runningPods(job);
  const selector = job.manualSelector ?? {
    matchLabels: { 'batch.kubernetes.io/controller-uid': job.uid },
    matchExpressions: [],
  };
  // A captured Job's own pods (ownerReference) count toward its running pods (SEMANTICS.md §1.9).
  const claimed = w.kind === 'Job' ? ctx.owned.claim(w.m, w.name, selector) : [];
  ctx.bare.adopt(claimed, { kind: w.kind, name: w.name }, controller);
  const taken = new Set(claimed.map((p) => p.labels['batch.kubernetes.io/job-completion-index']));
  for (let i = 0, missing = n - claimed.length; i < n && missing > 0; i++) {
    if (job.indexed && taken.has(String(i))) continue;
    missing--;
    const base = job.indexed ? `${job.jobName}-${i}-` : `${job.jobName}-`;
    const name = ctx.names.generate(w.namespace, base, `${w.namespace}/${job.jobName}/${i}`);
    const id = {
      ...baseIdentity(w, name),
      controller,
      labels,
      replicaIndex: i,
      hypothetical: w.kind === 'CronJob',
    };
    if (!job.indexed) {
      created.push(makePod(w.template, id));
      continue;
    }
    const index = { 'batch.kubernetes.io/job-completion-index': String(i) };
    const hostname = `${job.jobName}-${i}`;
    const pod = makePod(w.template, {
      ...id,
      labels: { ...labels, ...index },
      annotations: index,
      specHostname: hostname,
      env: ['JOB_COMPLETION_INDEX'],
    });
    created.push(pod);
  }
  if (runs) {
    const message = `its Jobs are in the input (${runs.join(', ')}): they are its runs, so no hypothetical run is added`;
    ctx.diags.push(finding('CRONJOB_CAPTURED_RUNS', 'info', w.m, message, ['metadata', 'name']));
  }
  if (w.kind === 'CronJob' && n > 0) {
    const message = `pods shown are one hypothetical run (Job ${job.jobName}); a real CronJob has none until its schedule fires`;
    ctx.diags.push(finding('CRONJOB_HYPOTHETICAL', 'info', w.m, message, ['spec', 'schedule']));
  }
  return { created, adopted: claimed, replicas: n, selector };
}

/** CronJob-only checks: a schedule is required. */
export function checkCronJob(w: WorkloadRead, issues: Issue[]): void {
  const schedule = asObject(w.m.raw.spec).schedule;
  if (typeof schedule !== 'string' || schedule.trim() === '') {
    issues.push({
      code: 'WORKLOAD_SPEC_INVALID',
      severity: 'error',
      message: 'spec.schedule is required',
      path: ['spec'],
    });
  }
}
