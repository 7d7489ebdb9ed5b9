import { describe, expect, it } from 'vitest';
import { mapMatches, readLabelSelector, selectorMatches } from './selectors';

const sel = (raw: unknown) => readLabelSelector(raw).selector!;

describe('label selectors (SEMANTICS.md §1.8)', () => {
  it('§1.8 NotIn also selects pods that lack the key', () => {
    const s = sel({ matchExpressions: [{ key: 'track', operator: 'NotIn', values: ['canary'] }] });
    expect(selectorMatches(s, { app: 'web', track: 'stable' })).toBe(true);
    expect(selectorMatches(s, { app: 'web' })).toBe(true);
    expect(selectorMatches(s, { app: 'web', track: 'canary' })).toBe(false);
  });
  it('§1.8 Exists matches an empty value; DoesNotExist needs absence', () => {
    expect(
      selectorMatches(sel({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }), { a: '' }),
    ).toBe(true);
    expect(
      selectorMatches(sel({ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] }), {
        a: '',
      }),
    ).toBe(false);
  });
  it('§1.8 an empty selector matches everything; a missing one is null', () => {
    expect(selectorMatches(sel({}), { any: 'thing' })).toBe(true);
    expect(readLabelSelector(undefined).selector).toBeNull();
  });
  it('§1.8 comparisons are exact and case-sensitive; matchLabels AND expressions', () => {
    const s = sel({
      matchLabels: { app: 'Web' },
      matchExpressions: [{ key: 'x', operator: 'In', values: ['1'] }],
    });
    expect(selectorMatches(s, { app: 'web', x: '1' })).toBe(false);
    expect(selectorMatches(s, { app: 'Web', x: '1' })).toBe(true);
    expect(selectorMatches(s, { app: 'Web', x: '2' })).toBe(false);
  });
  it('§1.8 In/NotIn need values, Exists/DoesNotExist must have none', () => {
    expect(
      readLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }).problems,
    ).toHaveLength(1);
    expect(
      readLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] })
        .problems,
    ).toHaveLength(1);
    expect(
      readLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Near' }] }).problems,
    ).toHaveLength(1);
  });
  it('equality-map selectors need every pair', () => {
    expect(mapMatches({ app: 'db' }, { app: 'db', x: 'y' })).toBe(true);
    expect(mapMatches({ app: 'db', tier: 'x' }, { app: 'db' })).toBe(false);
  });
});
