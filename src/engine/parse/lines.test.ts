import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineTable } from './lines';

/** The reference: count YAML line breaks (CRLF, LF, lone CR) before `offset`, one by one. */
function naiveLine(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

describe('line table', () => {
  it('lineAt agrees with counting line breaks, for LF, CRLF and lone CR text', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', 'x'.repeat(40));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.nat(), (pieces, pick) => {
        const text = pieces.join('');
        const table = createLineTable(text);
        const offset = text.length === 0 ? 0 : pick % (text.length + 1);
        expect(table.lineAt(offset)).toBe(naiveLine(text, offset));
      }),
      { numRuns: 1000 },
    );
  });
});
