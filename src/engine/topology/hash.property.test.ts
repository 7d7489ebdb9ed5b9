import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson, fnv1a } from './hash';

// hash.ts writes integers' digits and sorts keys itself instead of calling JSON.stringify and
// Array.sort: templates full of numbers and unsorted keys must still hash like canonicalJson.
const number = fc.oneof(
  fc.integer(),
  fc.maxSafeInteger(),
  fc.constantFrom(0, -0, 9, 10, 99, 100, 1e14, 1e15 - 1, 1e15, -1e15 + 1, 2 ** 53, 1e21, 0.5),
  fc.double(),
);
const key = fc.constantFrom('a', 'b', 'B', 'aa', '', 'é', 'z', '_', '10', '9');
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    number,
    fc.constant(undefined),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 6 }),
  ),
})).node;

describe('template hash fast paths', () => {
  it('numbers and key order hash as in canonicalJson', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalHash(v)).toBe(fnv1a(canonicalJson(v)));
      }),
      { numRuns: 3000 },
    );
  });
});
