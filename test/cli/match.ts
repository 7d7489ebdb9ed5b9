// Deep partial matching for golden JSON expectations: every key written in the expectation must
// match, keys left out are not checked. A few `$` operators cover what exact values cannot:
// $contains, $none, $each, $length, $match (regex), $inCidr, $absent. Returns readable mismatches.
import ipaddr from 'ipaddr.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const OPERATORS = new Set(['$contains', '$none', '$each', '$length', '$match', '$inCidr', '$absent']);

/** Mismatches of `actual` against `expected` as `path: what` lines; empty when it matches. */
export function mismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  if (isOperatorObject(expected)) return operatorMismatches(actual, expected, path);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    if (actual.length !== expected.length) {
      return [`${path}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`];
    }
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${show(actual)}`];
    }
    const obj = actual as Record<string, unknown>;
    return Object.entries(expected).flatMap(([k, e]) => {
      const absentOk = isOperatorObject(e) && e.$absent === true;
      if (!(k in obj)) return absentOk ? [] : [`${path}.${k}: missing`];
      return mismatches(obj[k], e, `${path}.${k}`);
    });
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function isOperatorObject(e: unknown): e is { [k: string]: Json } {
  return (
    e !== null &&
    typeof e === 'object' &&
    !Array.isArray(e) &&
    Object.keys(e).length > 0 &&
    Object.keys(e).every((k) => OPERATORS.has(k))
  );
}

function operatorMismatches(actual: unknown, ops: { [k: string]: Json }, path: string): string[] {
  const out: string[] = [];
  if (ops.$absent === true) out.push(`${path}: expected no such key, got ${show(actual)}`);
  if (ops.$length !== undefined) {
    const n = Array.isArray(actual) ? actual.length : undefined;
    if (n !== ops.$length) out.push(`${path}: expected length ${show(ops.$length)}, got ${show(actual)}`);
  }
  if (ops.$contains !== undefined) out.push(...containsMismatches(actual, ops.$contains, path));
  if (ops.$none !== undefined) {
    if (!Array.isArray(actual)) out.push(`${path}: expected an array, got ${show(actual)}`);
    else if (actual.some((a) => mismatches(a, ops.$none).length === 0)) {
      out.push(`${path}: expected no item matching ${show(ops.$none)}; items: ${show(actual)}`);
    }
  }
  if (ops.$each !== undefined) {
    if (!Array.isArray(actual)) out.push(`${path}: expected an array, got ${show(actual)}`);
    else actual.forEach((a, i) => out.push(...mismatches(a, ops.$each, `${path}[${i}]`)));
  }
  if (typeof ops.$match === 'string') {
    if (typeof actual !== 'string' || !new RegExp(ops.$match).test(actual)) {
      out.push(`${path}: expected to match /${ops.$match}/, got ${show(actual)}`);
    }
  }
  if (typeof ops.$inCidr === 'string' && !inCidr(actual, ops.$inCidr)) {
    out.push(`${path}: expected an address inside ${ops.$inCidr}, got ${show(actual)}`);
  }
  return out;
}

/** Every expected item must match some actual item (order and extra items are free). */
function containsMismatches(actual: unknown, expected: Json, path: string): string[] {
  if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
  const wanted = Array.isArray(expected) ? expected : [expected];
  return wanted.flatMap((w) =>
    actual.some((a) => mismatches(a, w).length === 0)
      ? []
      : [`${path}: no item matches ${show(w)}; items: ${show(actual)}`],
  );
}

function inCidr(ip: unknown, cidr: string): boolean {
  if (typeof ip !== 'string' || !ipaddr.isValid(ip)) return false;
  const addr = ipaddr.parse(ip);
  const range = ipaddr.parseCIDR(cidr);
  return addr.kind() === range[0].kind() && addr.match(range);
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 300 ? s.slice(0, 300) + '…' : s;
}
