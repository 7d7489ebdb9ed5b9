// np-guard/netpol-analyzer conformance (issue 4 item 7): every case of the corpus through the real
// pipeline, compared line by line; differences must be listed, with the SEMANTICS.md rule Podpath
// follows, in npguard-known-differences.json. Prints the agreement figure at the end.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareLines,
  explain,
  loadKnownDifferences,
  type KnownDifference,
} from './npguardCompare';
import { loadCase, loadIndex } from './npguardCase';
import { ourLines } from './npguardOurs';

const known = loadKnownDifferences(join(__dirname, 'npguard-known-differences.json'));
const used = new Set<KnownDifference>();
const totals = { lines: 0, agreed: 0, notComparable: 0, cases: 0, casesAgreed: 0, explained: 0 };
const perCase: string[] = [];

describe('np-guard conformance', () => {
  for (const index of loadIndex()) {
    it(`np-guard ${index.name}`, () => {
      const c = loadCase(index);
      const ours = ourLines(c);
      const cmp = compareLines(c.expected, ours.lines, ours.notComparable);
      const unexplained: string[] = [];
      for (const d of cmp.diffs) {
        const k = explain(known, index.name, d);
        if (k) used.add(k);
        else unexplained.push(d.text);
      }
      totals.lines += cmp.total;
      totals.agreed += cmp.agreed;
      totals.notComparable += cmp.notComparable;
      totals.explained += cmp.diffs.length - unexplained.length;
      totals.cases++;
      if (cmp.diffs.length === 0) totals.casesAgreed++;
      perCase.push(
        `${index.name}: ${cmp.agreed}/${cmp.total} lines${cmp.diffs.length ? `, ${cmp.diffs.length} differences` : ''}${ours.inconsistent.length ? `, ${ours.inconsistent.length} pairs with pods that disagree` : ''}`,
      );
      expect(unexplained.slice(0, 20)).toEqual([]);
    });
  }
});

afterAll(() => {
  const stale = known.filter((k) => !used.has(k)).map((k) => `${k.case}: ${k.line ?? k.pattern}`);
  // A summary for people running the suite: the agreement figure of issue 4 item 7.
  console.log(
    [
      `np-guard agreement: ${totals.agreed}/${totals.lines} lines agree; ${totals.casesAgreed}/${totals.cases} cases fully agree`,
      `${totals.explained} differences explained by npguard-known-differences.json; ${totals.notComparable} lines not comparable (IP range inside cluster addresses)`,
      ...perCase,
      ...(stale.length ? ['known differences that matched nothing:', ...stale] : []),
    ].join('\n'),
  );
});
