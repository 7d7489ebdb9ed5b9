import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_DOCUMENT, readBlockDocument } from './blockReader';
import { awkwardOffsets } from './blockScalars';
import { KUBECTL_SCHEMA } from './schema';
import { createTape } from './tape';

/** The fast reader on a whole text, or undefined when it hands the text to js-yaml. */
function fast(text: string): unknown {
  const value = readBlockDocument(
    text,
    0,
    text.length,
    createTape(text),
    100,
    awkwardOffsets(text),
  );
  return value === EMPTY_DOCUMENT ? null : value;
}

/**
 * js-yaml's reading of the same text, or an Error; minus the object's own
 * metadata.managedFields, which the fast reader checks but does not build.
 */
function reference(text: string): unknown {
  let value: unknown;
  try {
    value = load(text, { schema: KUBECTL_SCHEMA });
  } catch (e) {
    return e as Error;
  }
  const meta = isMap(value) ? value.metadata : undefined;
  if (isMap(meta) && Object.hasOwn(meta, 'managedFields')) delete meta.managedFields;
  return value;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SAMPLE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # trailing comment
  managedFields:
  - manager: kubectl
    fieldsV1:
      f:spec:
        k:{"name":"web"}:
          .: {}
    time: "2024-05-01T10:00:00Z"
  labels: {}
  annotations:
    "a.b/c": 'it''s'
    k: "x\\"y"
spec:
  replicas: 3
  enabled: yes
  mode: 0644
  template:
    spec:
      containers:
      - name: web
        args:
        - --port=8080
        - -v
        ports:
        - containerPort: 80
          name: http
      - name: side
        script: |
          echo hi
            indented
          done
`;

describe('fast block reader', () => {
  it('reads kubectl-style YAML exactly as js-yaml with the kubectl schema does', () => {
    const value = fast(SAMPLE);
    expect(value).toEqual(reference(SAMPLE));
    expect((value as { spec: { mode: number; enabled: boolean } }).spec).toMatchObject({
      mode: 420,
      enabled: true,
    });
  });

  it('hands flow collections, anchors, tags and folded scalars to js-yaml', () => {
    for (const text of [
      'a: {b: 1}\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: >\n  x\n',
      'a: [1, 2]\n',
    ]) {
      expect(fast(text)).toBeUndefined();
    }
  });

  it('gives up on duplicate keys and merge keys, which js-yaml reports or merges', () => {
    expect(fast('a: 1\na: 2\n')).toBeUndefined();
    expect(fast('<<: {}\n')).toBeUndefined();
  });

  it('agrees with js-yaml on every value js-yaml can dump in block style', () => {
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9._/-]{0,12}$/);
    const leaf = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.double({ noNaN: true }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      seq: fc.array(tie('node'), { maxLength: 4 }),
    })).map;
    fc.assert(
      fc.property(value, fc.boolean(), (v, noIndent) => {
        const text = dump(v, {
          lineWidth: -1,
          noRefs: true,
          seqNoIndent: noIndent,
          schema: KUBECTL_SCHEMA,
        });
        const got = fast(text);
        if (got !== undefined) expect(got).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('checks managedFields as strictly as the rest, though it leaves them out', () => {
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9._/-]{0,12}$/);
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      seq: fc.array(tie('node'), { maxLength: 3 }),
    })).node;
    let accepted = 0;
    fc.assert(
      fc.property(value, fc.boolean(), (v, noIndent) => {
        const obj = { kind: 'X', metadata: { name: 'a', managedFields: v, labels: { v: '1' } } };
        const text = dump(obj, { lineWidth: -1, seqNoIndent: noIndent, schema: KUBECTL_SCHEMA });
        const got = fast(text);
        if (got !== undefined) {
          expect(got).toEqual(reference(text));
          expect(got).toEqual({ kind: 'X', metadata: { name: 'a', labels: { v: '1' } } });
          accepted++;
        }
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(100); // the fast reader, not js-yaml, read most of them
  });

  it('never accepts a mutated text that js-yaml reads differently or rejects', () => {
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 3 }),
        insert: fc.constantFrom('', ' ', '-', ':', '#', "'", '"', '\n', '|', 'x', '  ', '- ', ': '),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(edits, (list) => {
        let text = SAMPLE;
        for (const e of list) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const got = fast(text);
        if (got !== undefined) expect(got).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.FAST_READER_RUNS ?? 1500) },
    );
  });
});
