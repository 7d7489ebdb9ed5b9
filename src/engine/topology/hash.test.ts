import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson, fnv1a, templateHash } from './hash';

// Strings with quotes, backslashes, controls and lone surrogates: everything JSON escapes.
const awkwardString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '\\', '\n', '\u0001', '\ud800', 'k:{"name":"A"}', 'é', '😀'),
);
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    awkwardString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(awkwardString, tie('node'), { maxKeys: 4 }),
  ),
})).node;

describe('template hash', () => {
  it('canonicalHash is fnv1a of canonicalJson, for any JSON-like value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalHash(v)).toBe(fnv1a(canonicalJson(v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores key order and undefined members, as canonicalJson does', () => {
    const a = { spec: { b: 1, a: [1, 'x'] }, metadata: { labels: { app: 'web' } } };
    const b = { metadata: { labels: { app: 'web' } }, spec: { a: [1, 'x'], b: 1, c: undefined } };
    expect(templateHash(a)).toBe(templateHash(b));
    expect(templateHash(a)).not.toBe(templateHash({ ...a, spec: { b: 2, a: [1, 'x'] } }));
  });
});
