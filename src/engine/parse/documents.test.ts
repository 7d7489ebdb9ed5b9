import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from './documents';
import { createLineTable } from './lines';

// Lines chosen to sit on every edge of the marker rules: markers with and without comments or
// content, look-alikes, directives, indented markers, and every kind of line break between them.
const LINE = fc.constantFrom(
  '---',
  '--- # c',
  '--- a: 1',
  '...',
  '... # end',
  '----',
  '--',
  ' ---',
  '-',
  '- item',
  '%YAML 1.2',
  '%TAG ! tag:x,2000:',
  'a: 1',
  '.a',
  '# only a comment',
  '',
);
const BREAK = fc.constantFrom('\n', '\r\n', '\r');

describe('splitDocuments', () => {
  it('cuts the same ranges from the line table as from searching the text', () => {
    const text = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(LINE, BREAK), { maxLength: 14 }), LINE)
      .map(([bom, lines, last]) => (bom ? '\ufeff' : '') + lines.flat().join('') + last);
    fc.assert(
      fc.property(text, (t) => {
        const from = t.charCodeAt(0) === 0xfeff ? 1 : 0;
        const starts = createLineTable(t).starts;
        expect(splitDocuments(t, from, starts)).toEqual(splitDocuments(t, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a directive and the document after it to the full reader together', () => {
    const text = 'a: 1\n---\n%YAML 1.2\n---\nb: 2\n';
    const starts = createLineTable(text).starts;
    const ranges = splitDocuments(text, 0, starts);
    expect(ranges.map((r) => r.plain)).toEqual([true, true, false]);
    expect(ranges[2].yamlStart).toBe(text.indexOf('%YAML'));
  });
});
