import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitRows } from './bits';

// A model of the slab: one Set of bit indices per row. Ops name rows by their order of creation.
type Op =
  | { kind: 'add' }
  | { kind: 'ones' }
  | { kind: 'set'; row: number; bit: number }
  | { kind: 'or' | 'and'; into: number; from: number }
  | { kind: 'clear'; row: number };

const op = (size: number): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.constant<Op>({ kind: 'add' }),
    fc.constant<Op>({ kind: 'ones' }),
    fc.record({ kind: fc.constant('set' as const), row: fc.nat(40), bit: fc.nat(size - 1) }),
    fc.record({
      kind: fc.constantFrom('or' as const, 'and' as const),
      into: fc.nat(40),
      from: fc.nat(40),
    }),
    fc.record({ kind: fc.constant('clear' as const), row: fc.nat(40) }),
  );

function apply(rows: BitRows, model: Set<number>[], o: Op, size: number): void {
  const n = model.length;
  if (o.kind === 'add' || o.kind === 'ones') {
    const r = o.kind === 'add' ? rows.add() : rows.addOnes();
    expect(r).toBe(n);
    model.push(new Set(o.kind === 'add' ? [] : Array.from({ length: size }, (_, i) => i)));
  } else if (n === 0) {
    return;
  } else if (o.kind === 'set') {
    rows.set(o.row % n, o.bit);
    model[o.row % n].add(o.bit);
  } else if (o.kind === 'clear') {
    rows.clear(o.row % n);
    model[o.row % n].clear();
  } else {
    const [into, from] = [model[o.into % n], model[o.from % n]];
    rows[o.kind](o.into % n, o.from % n);
    const next = [...into].filter((b) => o.kind === 'or' || from.has(b));
    if (o.kind === 'or') next.push(...from);
    model[o.into % n] = new Set(next);
  }
}

describe('BitRows', () => {
  it('rows of one slab never alias: every row equals its own model through adds, growth and OR/AND', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100 })
          .chain((size) => fc.tuple(fc.constant(size), fc.array(op(size), { maxLength: 60 }))),
        ([size, ops]) => {
          const rows = new BitRows(size, 1); // capacity 1: the slab grows (and is copied) often
          const model: Set<number>[] = [];
          for (const o of ops) apply(rows, model, o, size);
          expect(rows.rows).toBe(model.length);
          model.forEach((bits, r) => {
            expect(rows.members(r)).toEqual([...bits].sort((a, b) => a - b));
            expect(rows.isEmpty(r)).toBe(bits.size === 0);
          });
          model.forEach((a, r) =>
            model.forEach((b, s) =>
              expect(rows.equal(r, s)).toBe(a.size === b.size && [...a].every((x) => b.has(x))),
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('addOnes sets exactly the bits below size, also when size is not a multiple of 32', () => {
    for (const size of [1, 31, 32, 33, 64, 78 * 32 - 5]) {
      const rows = new BitRows(size);
      const r = rows.addOnes();
      expect(rows.members(r)).toHaveLength(size);
      const spare = rows.words * 32 - size;
      if (spare > 0) expect(rows.data[rows.words - 1] >>> (32 - spare)).toBe(0);
    }
  });
});
