// Small shared helpers for topology/: where an object lives, how a finding about it is worded and
// located, and the label checks every object kind shares. Kind-specific rules live elsewhere.
import { diagAt, type Diagnostic, type Severity } from '../model/diagnostic';
import { objectRef, type FieldPath, type Manifest } from '../model/manifest';
import type { Labels } from '../model/labels';
import { labelKey, labelValue } from '../validate/formats';
import type { TOPOLOGY_CODES } from './codes';

export type TopologyCode = keyof typeof TOPOLOGY_CODES;

/** Kinds that have no namespace (a `metadata.namespace` on them is ignored by the API server). */
export const CLUSTER_SCOPED_KINDS = new Set([
  'Namespace',
  'Node',
  'IngressClass',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'RuntimeClass',
  'CSIDriver',
  'CSINode',
  'APIService',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'VolumeAttachment',
  'CertificateSigningRequest',
  'ClusterIssuer',
  'GatewayClass',
]);

/** The namespace an object lives in: as written, or `default` (CLI contract). */
export function namespaceOf(m: Manifest): string {
  return m.namespace && m.namespace !== '' ? m.namespace : 'default';
}

/** `Kind ns/name` as messages name an object. */
export function describe(m: Manifest, name = m.name): string {
  return CLUSTER_SCOPED_KINDS.has(m.kind)
    ? `${m.kind} ${name}`
    : `${m.kind} ${namespaceOf(m)}/${name}`;
}

/** A finding about manifest `m`, located at `path` inside it. */
export function finding(
  code: TopologyCode,
  severity: Severity,
  m: Manifest,
  message: string,
  path: FieldPath = [],
): Diagnostic {
  const ns = CLUSTER_SCOPED_KINDS.has(m.kind) ? undefined : namespaceOf(m);
  return diagAt(
    code,
    severity,
    `${describe(m)}: ${message}`,
    m.lineOf(path),
    objectRef(m.kind, m.name, ns),
  );
}

/**
 * Problems with a label map, in the API server's words (empty when all keys/values are valid).
 * `field` may be a function: the field text is then made only when there is a problem.
 */
export function labelProblems(labels: Labels, field: string | (() => string)): string[] {
  const out: string[] = [];
  for (const k in labels) {
    const v = labels[k];
    const kp = labelKeyProblem(k);
    const vp = labelValueProblem(v);
    if (kp === null && vp === null) continue;
    const f = typeof field === 'string' ? field : field();
    if (kp) out.push(`${f} key "${k}": ${kp}`);
    if (vp) out.push(`${f} value "${v}" of "${k}": ${vp}`);
  }
  return out;
}

// The same few label keys and values come back on thousands of objects: remember each check's
// answer (they are pure functions of the text). Bounded, so a long-lived worker does not grow.
const keyChecks = new Map<string, string | null>();
const valueChecks = new Map<string, string | null>();
const MAX_REMEMBERED = 20000;

/** labelKey, remembered. */
export function labelKeyProblem(key: string): string | null {
  return checked(keyChecks, labelKey, key);
}

/** labelValue, remembered. */
export function labelValueProblem(value: string): string | null {
  return checked(valueChecks, labelValue, value);
}

/** `check(text)`, remembered in `memo`. */
function checked(
  memo: Map<string, string | null>,
  check: (text: string) => string | null,
  text: string,
): string | null {
  let answer = memo.get(text);
  if (answer === undefined) {
    answer = check(text);
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(text, answer);
  }
  return answer;
}

/** A plain object at `raw`, or an empty one (manifests may hold anything where objects belong). */
export function asObject(raw: unknown): Record<string, unknown> {
  return raw && typeof raw === 'object' && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : {};
}

/** The array at `raw`, or an empty one. */
export function asArray(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : [];
}

/** Natural order (node-2 before node-10), used wherever users expect numbered names in order. */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A problem found while reading an object, before it is turned into a Diagnostic. */
export interface Issue {
  code: TopologyCode;
  severity: 'error' | 'warning';
  message: string;
  path: FieldPath;
}

/** Turns issues into diagnostics about `m`; returns whether any is an error (object rejected). */
export function reportIssues(
  m: Manifest,
  issues: readonly Issue[],
  diags: Diagnostic[],
  name?: string,
): boolean {
  const rejected = issues.some((i) => i.severity === 'error');
  for (const i of issues) {
    // Warnings about an object the API server rejects anyway would only be noise.
    if (rejected && i.severity !== 'error') continue;
    const d = finding(i.code, i.severity, m, i.message, i.path);
    if (name !== undefined && name !== m.name) d.message = `${describe(m, name)}: ${i.message}`;
    diags.push(d);
  }
  return rejected;
}
