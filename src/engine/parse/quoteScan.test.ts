import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingDoubleQuote, createQuoteMarks } from './quoteScan';

/** The plain way: read left to right, a backslash escapes the next character. */
function referenceClose(text: string, p: number, le: number): { close: number; escaped: boolean } {
  let escaped = false;
  for (let i = p + 1; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      escaped = true;
      i++;
    } else if (c === 34) return { close: i, escaped };
  }
  return { close: -1, escaped };
}

describe('closingDoubleQuote', () => {
  it('finds the same closing quote as reading every character, scalar after scalar', () => {
    const text = fc
      .array(fc.constantFrom('"', '\\', 'a', ' ', '\n', '\\"', '\\\\'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        // One set of remembered searches for the whole text, asked at increasing offsets.
        const marks = createQuoteMarks();
        for (let p = t.indexOf('"'); p >= 0; p = t.indexOf('"', p + 1)) {
          const nl = t.indexOf('\n', p);
          const le = nl < 0 ? t.length : nl;
          const want = referenceClose(t, p, le);
          const close = closingDoubleQuote(t, p, le, marks);
          expect(close).toBe(want.close);
          if (close >= 0) expect(marks.escaped).toBe(want.escaped);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads escaped JSON as one scalar', () => {
    const line = String.raw`"{\"a\":\"b\\\"}\n" # c`;
    const marks = createQuoteMarks();
    expect(closingDoubleQuote(line, 0, line.length, marks)).toBe(line.indexOf(' #') - 1);
    expect(marks.escaped).toBe(true);
  });
});
