// Label selectors (SEMANTICS.md §1.8): reading them from manifests, checking them, matching them.
// Every stage that selects pods or namespaces uses these, so the "empty vs missing" rules live here.
import type { Labels, LabelSelector, SelectorOperator } from '../model/labels';
import { labelKey, labelValue } from '../validate/formats';

const OPERATORS = new Set<SelectorOperator>(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** Whether a LabelSelector matches a label set: the AND of all requirements. */
export function selectorMatches(sel: LabelSelector, labels: Labels): boolean {
  for (const k in sel.matchLabels) {
    if (labels[k] !== sel.matchLabels[k]) return false;
  }
  for (const r of sel.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    switch (r.operator) {
      case 'In':
        if (!has || !r.values.includes(labels[r.key])) return false;
        break;
      case 'NotIn':
        if (has && r.values.includes(labels[r.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** Equality-map selector (Service, ReplicationController): every pair must be present. */
export function mapMatches(selector: Labels, labels: Labels): boolean {
  for (const k in selector) if (labels[k] !== selector[k]) return false;
  return true;
}

/** A selector with no requirements (`{}`): matches everything. */
export function isEmptySelector(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels).length === 0 && sel.matchExpressions.length === 0;
}

/** Reads a plain string map (labels, annotations, Service selectors); non-strings are dropped. */
export function readStringMap(raw: unknown): Labels {
  const out: Labels = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    // for-in with an own-property test visits what Object.entries would, in the same order,
    // without an array per entry (labels are read for every pod, workload and selector).
    for (const k in r) {
      if (!Object.prototype.hasOwnProperty.call(r, k)) continue;
      const v = r[k];
      if (typeof v === 'string') out[k] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
    }
  }
  return out;
}

/**
 * Label key and value verdicts already worked out (null: valid). Policies repeat the same few
 * keys and values thousands of times, and the checks are regular expressions. The verdicts
 * depend on the text alone, so sharing them changes no result.
 */
export interface SelectorMemo {
  keys: Map<string, string | null>;
  values: Map<string, string | null>;
  /** Selectors read without a problem, for the two shapes policies repeat most (shared). */
  empty?: LabelSelector;
  /** `{matchLabels: {key: value}}` by key, then value. */
  oneLabel: Map<string, Map<string, LabelSelector>>;
}

export function createSelectorMemo(): SelectorMemo {
  return { keys: new Map(), values: new Map(), oneLabel: new Map() };
}

/**
 * The shape of a raw selector that `remembered` selectors are kept for: `{}` → '', or
 * `{matchLabels: {key: value}}` with a string value → [key, value]; anything else → undefined.
 */
function commonShape(raw: unknown): '' | [string, string] | undefined {
  if (!isPlainObject(raw)) return undefined;
  let only: string | undefined;
  for (const k in raw) {
    if (only !== undefined || k !== 'matchLabels') return undefined;
    only = k;
  }
  if (only === undefined) return '';
  const labels = raw.matchLabels;
  if (!isPlainObject(labels)) return undefined;
  let pair: [string, string] | undefined;
  for (const k in labels) {
    const v = labels[k];
    if (pair || typeof v !== 'string') return undefined;
    pair = [k, v];
  }
  return pair;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype;

/** A selector already read from a raw selector of the same common shape (see commonShape). */
export function sharedSelector(memo: SelectorMemo, raw: unknown): LabelSelector | undefined {
  const shape = commonShape(raw);
  if (shape === '') return memo.empty;
  return shape && memo.oneLabel.get(shape[0])?.get(shape[1]);
}

/** Keeps `selector`, read from `raw` without a problem, for later raw selectors of its shape. */
export function shareSelector(memo: SelectorMemo, raw: unknown, selector: LabelSelector): void {
  const shape = commonShape(raw);
  if (shape === '') memo.empty = selector;
  else if (shape) {
    let byValue = memo.oneLabel.get(shape[0]);
    if (!byValue) memo.oneLabel.set(shape[0], (byValue = new Map()));
    byValue.set(shape[1], selector);
  }
}

function remembered(
  memo: Map<string, string | null> | undefined,
  check: (v: string) => string | null,
  v: string,
): string | null {
  if (!memo) return check(v);
  let problem = memo.get(v);
  if (problem === undefined) memo.set(v, (problem = check(v)));
  return problem;
}

/**
 * Reads a metav1.LabelSelector. Returns the selector and the problems the API server would reject
 * it for (messages only; the caller attaches location and severity). `null` input → null.
 */
export function readLabelSelector(
  raw: unknown,
  memo?: SelectorMemo,
): {
  selector: LabelSelector | null;
  problems: string[];
} {
  if (raw === null || raw === undefined) return { selector: null, problems: [] };
  const problems: string[] = [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { selector: null, problems: ['selector must be an object'] };
  }
  const r = raw as Record<string, unknown>;
  const matchLabels = readStringMap(r.matchLabels);
  for (const k in matchLabels) {
    const v = matchLabels[k];
    const kp = remembered(memo?.keys, labelKey, k);
    if (kp) problems.push(`matchLabels key "${k}": ${kp}`);
    const vp = remembered(memo?.values, labelValue, v);
    if (vp) problems.push(`matchLabels value "${v}": ${vp}`);
  }
  const matchExpressions = [];
  for (const e of Array.isArray(r.matchExpressions) ? r.matchExpressions : []) {
    const x = (e ?? {}) as Record<string, unknown>;
    const key = typeof x.key === 'string' ? x.key : '';
    const operator = x.operator as SelectorOperator;
    const values = Array.isArray(x.values) ? x.values.map(String) : [];
    if (!OPERATORS.has(operator)) {
      problems.push(
        `matchExpressions operator "${String(x.operator)}" is not one of In, NotIn, Exists, DoesNotExist`,
      );
      continue;
    }
    const kp = remembered(memo?.keys, labelKey, key);
    if (kp) problems.push(`matchExpressions key "${key}": ${kp}`);
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
      problems.push(`matchExpressions "${key} ${operator}" must have at least one value`);
    }
    if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
      problems.push(`matchExpressions "${key} ${operator}" may not have values`);
    }
    matchExpressions.push({ key, operator, values });
  }
  return { selector: { matchLabels, matchExpressions }, problems };
}

/** A selector in words: `{app=web, tier in (a,b)}`, `{}` for all. */
export function describeSelector(sel: LabelSelector): string {
  const parts = Object.entries(sel.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const r of sel.matchExpressions) {
    if (r.operator === 'Exists') parts.push(r.key);
    else if (r.operator === 'DoesNotExist') parts.push(`!${r.key}`);
    else parts.push(`${r.key} ${r.operator === 'In' ? 'in' : 'notin'} (${r.values.join(',')})`);
  }
  return `{${parts.join(', ')}}`;
}
