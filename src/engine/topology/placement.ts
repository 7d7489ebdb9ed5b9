// Whether a pod may run on a node (SEMANTICS.md §1.5, §1.11): nodeSelector, required node
// affinity, NoSchedule/NoExecute taints against tolerations, and spec.unschedulable. Reading these
// fields from a pod spec lives here too; choosing among fitting nodes is schedule.ts.
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod, Taint } from '../model/cluster';
import { asArray, asObject } from './report';

export type Toleration = Pod['tolerations'][number];

const NODE_OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

/** The taint the scheduler treats a cordoned (`unschedulable`) node as carrying. */
export const UNSCHEDULABLE_TAINT: Taint = {
  key: 'node.kubernetes.io/unschedulable',
  effect: 'NoSchedule',
};

/** Why a node does not fit a pod, in the scheduler's words; null when it fits. */
export function misfit(pod: Pod, node: Node): string | null {
  for (const k in pod.nodeSelector) {
    if (node.labels[k] !== pod.nodeSelector[k]) return "didn't match Pod's node affinity/selector";
  }
  if (pod.nodeAffinity && !pod.nodeAffinity.some((t) => termMatches(t, node))) {
    return "didn't match Pod's node affinity/selector";
  }
  const taints = node.unschedulable ? [...node.taints, UNSCHEDULABLE_TAINT] : node.taints;
  for (const taint of taints) {
    if (taint.effect === 'PreferNoSchedule') continue;
    if (!pod.tolerations.some((t) => tolerates(t, taint))) {
      return node.unschedulable && taint === UNSCHEDULABLE_TAINT
        ? 'was unschedulable'
        : `had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
    }
  }
  if (!pod.hostNetwork && node.podCIDR === '') return 'had no pod CIDR';
  return null;
}

/** Whether one toleration tolerates one taint (core/v1 Toleration.ToleratesTaint). */
export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.operator === 'Exists') return !t.key || t.key === taint.key;
  return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
}

/** A node selector term: all expressions on labels and all on fields hold; an empty term fails. */
export function termMatches(term: NodeSelectorTerm, node: Node): boolean {
  if (term.matchExpressions.length === 0 && term.matchFields.length === 0) return false;
  return (
    term.matchExpressions.every((r) => requirementMatches(r, node.labels)) &&
    term.matchFields.every((r) => requirementMatches(r, { 'metadata.name': node.name }))
  );
}

function requirementMatches(r: NodeSelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.operator) {
    case 'In':
      return has && r.values.includes(labels[r.key]);
    case 'NotIn':
      return !has || !r.values.includes(labels[r.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || !/^-?\d+$/.test(labels[r.key])) return false;
      const [v, bound] = [Number(labels[r.key]), Number(r.values[0])];
      return r.operator === 'Gt' ? v > bound : v < bound;
    }
  }
}

/** Reads spec.tolerations; problems are the API server's rejections. */
export function readTolerations(raw: unknown, problems: string[]): Toleration[] {
  const out: Toleration[] = [];
  for (const item of asArray(raw)) {
    const o = asObject(item);
    const operator = o.operator === undefined || o.operator === '' ? 'Equal' : String(o.operator);
    const key = typeof o.key === 'string' && o.key !== '' ? o.key : undefined;
    const value = typeof o.value === 'string' && o.value !== '' ? o.value : undefined;
    const effect = typeof o.effect === 'string' && o.effect !== '' ? o.effect : undefined;
    if (operator !== 'Equal' && operator !== 'Exists') {
      problems.push(`spec.tolerations operator "${operator}" must be Equal or Exists`);
      continue;
    }
    if (operator === 'Exists' && value)
      problems.push('spec.tolerations: value must be empty when operator is Exists');
    if (!key && operator !== 'Exists')
      problems.push('spec.tolerations: operator must be Exists when key is empty');
    if (effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
      problems.push(
        `spec.tolerations effect "${effect}" must be NoSchedule, PreferNoSchedule or NoExecute`,
      );
    }
    const t: Toleration = { operator };
    if (key) t.key = key;
    if (value) t.value = value;
    if (effect) t.effect = effect;
    out.push(t);
  }
  return out;
}

/** Reads spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution. */
export function readNodeAffinity(
  spec: Record<string, unknown>,
  problems: string[],
): NodeSelectorTerm[] | undefined {
  const required = asObject(
    asObject(asObject(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution,
  );
  if (!('nodeSelectorTerms' in required)) return undefined;
  const terms = asArray(required.nodeSelectorTerms).map((t) => ({
    matchExpressions: readRequirements(asObject(t).matchExpressions, false, problems),
    matchFields: readRequirements(asObject(t).matchFields, true, problems),
  }));
  if (terms.length === 0)
    problems.push(
      'requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms must have at least one term',
    );
  return terms;
}

function readRequirements(
  raw: unknown,
  fields: boolean,
  problems: string[],
): NodeSelectorRequirement[] {
  const out: NodeSelectorRequirement[] = [];
  for (const item of asArray(raw)) {
    const o = asObject(item);
    const key = typeof o.key === 'string' ? o.key : '';
    const operator = String(o.operator ?? '');
    const values = asArray(o.values).map(String);
    const where = `node affinity ${fields ? 'matchFields' : 'matchExpressions'} "${key} ${operator}"`;
    if (!NODE_OPERATORS.has(operator)) {
      problems.push(`${where}: operator must be one of In, NotIn, Exists, DoesNotExist, Gt, Lt`);
      continue;
    }
    if (
      fields &&
      (key !== 'metadata.name' || !['In', 'NotIn'].includes(operator) || values.length !== 1)
    ) {
      problems.push(
        `${where}: only metadata.name with In/NotIn and exactly one value is supported`,
      );
    } else if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
      problems.push(`${where}: must have at least one value`);
    } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
      problems.push(`${where}: may not have values`);
    } else if (
      (operator === 'Gt' || operator === 'Lt') &&
      (values.length !== 1 || !/^-?\d+$/.test(values[0]))
    ) {
      problems.push(`${where}: must have exactly one integer value`);
    }
    out.push({ key, operator: operator as NodeSelectorRequirement['operator'], values });
  }
  return out;
}
