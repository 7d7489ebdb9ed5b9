// Line-by-line comparison of np-guard's expected list with Podpath's, and the known-differences
// file that explains (with the SEMANTICS.md rule Podpath follows) where the two disagree on purpose.
import { readFileSync } from 'node:fs';

export interface Difference {
  pair: string;
  expected?: string;
  ours?: string;
  /** `pair : expected X ; Podpath Y` — what patterns are matched against. */
  text: string;
}

export interface KnownDifference {
  /** Case name, or `*` for every case. */
  case: string;
  /** An exact expected (or Podpath) line, `src => dst : conn`. */
  line?: string;
  /** A regular expression tested against the difference text. */
  pattern?: string;
  reason: string;
}

export interface CaseComparison {
  total: number;
  agreed: number;
  notComparable: number;
  diffs: Difference[];
}

export function compareLines(
  expected: Map<string, string>,
  ours: Map<string, string>,
  notComparable: string[],
): CaseComparison {
  const skip = (pair: string) =>
    notComparable.some((r) => pair.startsWith(`${r} => `) || pair.endsWith(` => ${r}`));
  const out: CaseComparison = { total: 0, agreed: 0, notComparable: 0, diffs: [] };
  for (const [pair, conn] of expected) {
    if (skip(pair)) {
      out.notComparable++;
      continue;
    }
    out.total++;
    if (ours.get(pair) === conn) out.agreed++;
    else out.diffs.push(difference(pair, conn, ours.get(pair)));
  }
  for (const [pair, conn] of ours) {
    if (!expected.has(pair) && !skip(pair)) out.diffs.push(difference(pair, undefined, conn));
  }
  return out;
}

function difference(
  pair: string,
  expected: string | undefined,
  ours: string | undefined,
): Difference {
  const d: Difference = {
    pair,
    text: `${pair} : expected ${expected ?? '(no line)'} ; Podpath ${ours ?? '(no line)'}`,
  };
  if (expected !== undefined) d.expected = expected;
  if (ours !== undefined) d.ours = ours;
  return d;
}

export function loadKnownDifferences(path: string): KnownDifference[] {
  return JSON.parse(readFileSync(path, 'utf8')) as KnownDifference[];
}

/** The entry that explains a difference, if any. */
export function explain(
  known: KnownDifference[],
  caseName: string,
  d: Difference,
): KnownDifference | undefined {
  return known.find((k) => {
    if (k.case !== '*' && k.case !== caseName) return false;
    if (k.line !== undefined) {
      return (
        k.line === `${d.pair} : ${d.expected ?? ''}` || k.line === `${d.pair} : ${d.ours ?? ''}`
      );
    }
    return k.pattern !== undefined && new RegExp(k.pattern).test(d.text);
  });
}
