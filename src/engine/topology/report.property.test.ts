import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelKey, labelValue } from '../validate/formats';
import { labelKeyProblem, labelProblems, labelValueProblem } from './report';

/** The checks without remembered answers. */
function reference(labels: Record<string, string>, field: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(labels)) {
    const kp = labelKey(k);
    if (kp) out.push(`${field} key "${k}": ${kp}`);
    const vp = labelValue(v);
    if (vp) out.push(`${field} value "${v}" of "${k}": ${vp}`);
  }
  return out;
}

// Valid and invalid keys and values, repeated often so remembered answers get reused.
const text = fc.oneof(
  fc.constantFrom('app', 'web', 'a/b', 'example.com/x', '-bad', 'x'.repeat(64), '', 'A_b.c', '9'),
  fc.string({ maxLength: 8 }),
);
const labels = fc.dictionary(text, text, { maxKeys: 5 });

describe('label checks with remembered answers', () => {
  it('report the same problems as the checks made afresh, cold and warm', () => {
    fc.assert(
      fc.property(labels, (l) => {
        expect(labelProblems(l, 'f')).toEqual(reference(l, 'f'));
        expect(labelProblems(l, () => 'g')).toEqual(reference(l, 'g'));
        for (const [k, v] of Object.entries(l)) {
          expect(labelKeyProblem(k)).toBe(labelKey(k));
          expect(labelValueProblem(v)).toBe(labelValue(v));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
