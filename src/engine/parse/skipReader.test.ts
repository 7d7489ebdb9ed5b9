import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_DOCUMENT, readBlockDocument } from './blockReader';
import { awkwardOffsets } from './blockScalars';
import { createTape } from './tape';

function fast(text: string): unknown {
  const tape = createTape(text);
  const value = readBlockDocument(text, 0, text.length, tape, 100, awkwardOffsets(text));
  return value === EMPTY_DOCUMENT ? null : value;
}

// managedFields as kubectl prints it, with the shapes the reader must judge inside it: quoted and
// plain keys, `k:{…}` keys, empty values, nested sequences, a literal block and comments.
const MANAGED = `  managedFields:
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:metadata:
        f:labels:
          .: {}
          f:app: {}
        "f:annotations": []
      f:spec:
        f:containers:
          k:{"name":"app"}:
            .: {}
            f:ports:
              k:{"containerPort":80,"protocol":"TCP"}: # a comment
                f:name: {}
    manager: kubectl
    note: |
      line one
    subresource:
    time: "2024-05-01T10:00:00Z"
  - manager: 'it''s'
    operation: Update
`;
const doc = (key: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n${MANAGED.replace('managedFields', key)}  labels:\n    app: a\n`;

describe('skipping managedFields', () => {
  it('gives up exactly where reading the same subtree would, and reads the rest alike', () => {
    // Edits land after the key's own line, so the key itself is never changed.
    const start = doc('managedFields').indexOf('managedFields:\n') + 'managedFields:\n'.length;
    const region = MANAGED.length - '  managedFields:\n'.length;
    const charEdit = fc.record({
      at: fc.nat({ max: region }),
      cut: fc.nat({ max: 3 }),
      insert: fc.constantFrom('', ' ', '- ', ':', ': ', '#', "'", '"', '\n', '\\', '<<', '|', 'x'),
    });
    // Line edits make what char edits rarely do: duplicate keys, wrong indentation, lost parents.
    const lineEdit = fc.record({
      line: fc.nat(),
      op: fc.constantFrom('dup', 'del', 'indent', 'dedent', '<<'),
    });
    const edits = fc.array(fc.oneof(charEdit, lineEdit), { minLength: 1, maxLength: 3 });
    let gaveUp = 0;
    let read = 0;
    fc.assert(
      fc.property(edits, (list) => {
        const edit = (text: string) => {
          let t = text;
          for (const e of list) {
            if ('at' in e) {
              const at = start + e.at;
              t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
              continue;
            }
            const head = t.slice(0, start);
            const lines = t.slice(start).split('\n');
            const i = e.line % (MANAGED.split('\n').length - 2);
            if (e.op === 'dup') lines.splice(i, 0, lines[i]);
            else if (e.op === 'del') lines.splice(i, 1);
            else if (e.op === 'indent') lines[i] = '  ' + lines[i];
            else if (e.op === 'dedent') lines[i] = lines[i].replace(/^ {2}/, '');
            else lines[i] = lines[i].replace(/[^ ]+:/, '<<:');
            t = head + lines.join('\n');
          }
          return t;
        };
        const skipped = fast(edit(doc('managedFields')));
        const full = fast(edit(doc('managedFieldz'))) as { metadata?: object } | undefined;
        expect(skipped === undefined).toBe(full === undefined);
        if (full === undefined) return void gaveUp++;
        read++;
        const meta = { ...full.metadata } as Record<string, unknown>;
        delete meta.managedFieldz;
        expect(skipped).toEqual({ ...full, metadata: meta });
      }),
      { numRuns: 3000 },
    );
    expect(gaveUp).toBeGreaterThan(100);
    expect(read).toBeGreaterThan(100);
  });

  it('rejects a duplicate key in a long mapping inside managedFields', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `        f:k${i}: {}\n`).join('');
    const text = (dup: string) =>
      `kind: X\nmetadata:\n  managedFields:\n  - fieldsV1:\n${keys}${dup}  name: a\n`;
    expect(fast(text(''))).toEqual({ kind: 'X', metadata: { name: 'a' } });
    expect(fast(text('        f:k3: {}\n'))).toBeUndefined();
  });
});
