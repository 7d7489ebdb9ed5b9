import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRunLookup, mapRunLookup } from './sortedRuns';

const KEYS = ['a.svc.cluster.local', 'b.svc.cluster.local', 'B.svc', 'a', '', 'a.b', 'zz', 'é'];
const item = fc.record({ key: fc.constantFrom(...KEYS), n: fc.nat(5) });
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('lookup of sorted runs', () => {
  it('the binary search over a sorted list answers like a Map of every item, in list order', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.boolean(), (list, sort) => {
        const items = sort ? [...list].sort((a, b) => cmp(a.key, b.key)) : list;
        const fast = createRunLookup(items, (x) => x.key);
        const slow = mapRunLookup(items, (x) => x.key);
        for (const key of [...KEYS, 'missing', 'a.svc']) expect(fast(key)).toEqual(slow(key));
      }),
      { numRuns: 500 },
    );
  });

  it('hands out fresh arrays: a caller sorting its run changes nothing for the next caller', () => {
    const items = [
      { key: 'a', n: 2 },
      { key: 'a', n: 1 },
    ];
    for (const lookup of [
      createRunLookup(items, (x) => x.key),
      mapRunLookup(items, (x) => x.key),
    ]) {
      lookup('a')!.sort((x, y) => x.n - y.n);
      expect(lookup('a')!.map((x) => x.n)).toEqual([2, 1]);
    }
  });
});
