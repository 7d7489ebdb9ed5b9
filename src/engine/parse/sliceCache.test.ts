import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SliceCache } from './sliceCache';

describe('SliceCache', () => {
  it('always answers resolve(slice), whatever collides, with the slice as raw', () => {
    const words = fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 30 });
    const reads = fc.array(fc.nat(), { maxLength: 80 });
    fc.assert(
      fc.property(words, reads, fc.constantFrom(1, 2, 4, 8192), (ws, picks, slots) => {
        const text = ws.join('|');
        const starts = ws.map((_, i) => ws.slice(0, i).join('|').length + (i > 0 ? 1 : 0));
        let calls = 0;
        const cache = new SliceCache((raw) => {
          calls++;
          return `<${raw}>`;
        }, slots);
        for (const pick of picks) {
          const i = pick % ws.length;
          expect(cache.read(text, starts[i], starts[i] + ws[i].length)).toBe(`<${ws[i]}>`);
          expect(cache.raw).toBe(ws[i]);
        }
        expect(calls).toBeLessThanOrEqual(picks.length);
      }),
      { numRuns: 500 },
    );
  });

  it('resolves a repeated text once and hands back the same string', () => {
    const text = 'protocol: TCP\nprotocol: TCP\n';
    let calls = 0;
    const cache = new SliceCache((raw) => {
      calls++;
      return raw;
    });
    const first = cache.read(text, 10, 13);
    const second = cache.read(text, 24, 27);
    expect([first, second, calls]).toEqual(['TCP', 'TCP', 1]);
  });
});
