import { describe, expect, it } from 'vitest';
import { parseManifests } from './parseManifests';

const parse = (text: string, name = 'a.yaml') => parseManifests([{ name, text }]);
const lines = (text: string) => parse(text).manifests.map((m) => m.source.line);

const POD = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
spec:
  containers:
  - name: app
    ports:
    - containerPort: 80
      name: http
    - containerPort: 9090
`;

describe('parseManifests: documents and lines', () => {
  it('§0 a later document starts at its first content line, not at the --- line', () => {
    const r = parse(`${POD('a')}---\n# comment\n\n${POD('b')}`);
    expect(r.manifests.map((m) => [m.name, m.namespace, m.source])).toEqual([
      ['a', 'shop', { file: 'a.yaml', line: 1 }],
      ['b', 'shop', { file: 'a.yaml', line: 16 }],
    ]);
    expect(r.manifests.map((m) => m.order)).toEqual([0, 1]);
  });

  it('§0 lineOf gives the key line of nested fields and the line of sequence items', () => {
    const [m] = parse(POD('a')).manifests;
    expect(m.lineOf(['metadata', 'name']).line).toBe(4);
    expect(m.lineOf(['spec', 'containers', 0]).line).toBe(8);
    expect(m.lineOf(['spec', 'containers', 0, 'ports', 1]).line).toBe(12);
    expect(m.lineOf(['spec', 'containers', 0, 'ports', 0, 'name']).line).toBe(11);
    // Missing fields fall back to the nearest ancestor that exists.
    expect(m.lineOf(['spec', 'containers', 0, 'ports', 7, 'name']).line).toBe(9);
    expect(m.lineOf(['status', 'podIP']).line).toBe(1);
  });

  it('§0 lineOf is the same whether the fast reader or js-yaml read the document', () => {
    const fast = parse(POD('a')).manifests[0];
    const slow = parse(POD('a').replace('namespace: shop', 'namespace: &ns shop')).manifests[0];
    for (const path of [
      ['metadata', 'namespace'],
      ['spec', 'containers', 0, 'ports', 1],
      ['spec', 'containers', 0, 'name'],
    ]) {
      expect(slow.lineOf(path)).toEqual(fast.lineOf(path));
    }
  });

  it('§0 lineOf finds quoted, escaped and resolved keys, in YAML (both readers) and JSON', () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata:
  name: keys
data:
  plain: a
  "quoted.key": b
  "esc\\"aped": c
  'single''s': d
  yes: e
  010: f
`;
    const json = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        data: { plain: 'a', 'quoted.key': 'b', 'esc"aped': 'c' },
      },
      null,
      1,
    );
    const fast = parse(yaml).manifests[0];
    const slow = parse(yaml.replace('name: keys', 'name: &n keys')).manifests[0];
    const fromJson = parse(json, 'a.json').manifests[0];
    expect(Object.keys(fast.raw.data as object)).toEqual(Object.keys(slow.raw.data as object));
    const want: [string, number, number][] = [
      ['plain', 6, 5],
      ['quoted.key', 7, 6],
      ['esc"aped', 8, 7],
      ["single's", 9, 0],
      ['true', 10, 0],
      ['8', 11, 0],
    ];
    for (const [key, line, jsonLine] of want) {
      expect([key, fast.lineOf(['data', key]).line]).toEqual([key, line]);
      expect([key, slow.lineOf(['data', key]).line]).toEqual([key, line]);
      if (jsonLine > 0) expect([key, fromJson.lineOf(['data', key]).line]).toEqual([key, jsonLine]);
    }
    // A raw text equal to the wanted name does not match a key resolved to another name.
    expect(fast.lineOf(['data', 'yes']).line).toBe(5);
  });

  it('§0 List items become objects with their own lines; lineOf is relative to the item', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: s1\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: s2\n`;
    const r = parse(text);
    expect(
      r.manifests.map((m) => [m.kind, m.name, m.source.line, m.lineOf(['metadata', 'name']).line]),
    ).toEqual([
      ['Service', 's1', 4, 7],
      ['Service', 's2', 8, 11],
    ]);
    expect(lines(`apiVersion: v1\nkind: PodList\nitems: []\n`)).toEqual([]);
  });

  it('§0 items of a typed list (PodList, as a raw API GET returns) take the list item type', () => {
    const text = `apiVersion: v1\nkind: PodList\nitems:\n- metadata:\n    name: a\n    namespace: x\n- kind: Pod\n  apiVersion: v1\n  metadata: {name: b}\n`;
    const r = parse(text);
    expect(
      r.manifests.map((m) => [m.apiVersion, m.kind, m.name, m.namespace, m.source.line]),
    ).toEqual([
      ['v1', 'Pod', 'a', 'x', 4],
      ['v1', 'Pod', 'b', undefined, 7],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('§0 JSON objects and arrays keep their lines', () => {
    const obj =
      '{\n  "apiVersion": "v1",\n  "kind": "Namespace",\n  "metadata": {\n    "name": "shop"\n  }\n}\n';
    const [ns] = parse(obj, 'ns.json').manifests;
    expect([ns.name, ns.source.line, ns.lineOf(['metadata', 'name']).line]).toEqual(['shop', 1, 5]);
    const arr =
      '[\n  {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}},\n\n  {"apiVersion": "v1", "kind": "Namespace",\n   "metadata": {"name": "b"}}\n]';
    const r = parse(arr, 'list.json');
    expect(
      r.manifests.map((m) => [m.name, m.source.line, m.lineOf(['metadata', 'name']).line]),
    ).toEqual([
      ['a', 2, 2],
      ['b', 4, 5],
    ]);
  });

  it('§0 helm template output: comments, # Source: headers and empty documents are skipped', () => {
    const text = `---\n# Source: chart/templates/sa.yaml\n---\n# Source: chart/templates/svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n\n---\n# Source: chart/templates/deploy.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n`;
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.manifests.map((m) => [m.kind, m.source.line])).toEqual([
      ['Service', 5],
      ['Deployment', 13],
    ]);
  });

  it('§0 objects are numbered in input order across files', () => {
    const r = parseManifests([
      { name: 'one.yaml', text: `${POD('a')}---\n${POD('b')}` },
      { name: 'two.yaml', text: POD('c') },
    ]);
    expect(r.manifests.map((m) => [m.name, m.source.file, m.order])).toEqual([
      ['a', 'one.yaml', 0],
      ['b', 'one.yaml', 1],
      ['c', 'two.yaml', 2],
    ]);
  });

  it('§0 CRLF line endings and a byte order mark do not shift lines', () => {
    const text = '\uFEFF' + `${POD('a')}---\n${POD('b')}`.replace(/\n/g, '\r\n');
    const r = parse(text);
    expect(
      r.manifests.map((m) => [
        m.name,
        m.source.line,
        m.lineOf(['spec', 'containers', 0, 'ports', 1]).line,
      ]),
    ).toEqual([
      ['a', 1, 12],
      ['b', 14, 25],
    ]);
    expect(r.manifests[0].apiVersion).toBe('v1');
  });

  it('§0 a %YAML directive and ... document ends are read as YAML 1.2 says', () => {
    const text = `%YAML 1.2\n---\n${POD('a')}...\n# between documents\n---\n${POD('b')}`;
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.manifests.map((m) => [m.name, m.source.line])).toEqual([
      ['a', 3],
      ['b', 18],
    ]);
  });

  it('§0 an empty file and a file of only comments give nothing and no diagnostics', () => {
    expect(parse('')).toEqual({ manifests: [], diagnostics: [] });
    expect(parse('# nothing here\n\n   # still nothing\n---\n...\n')).toEqual({
      manifests: [],
      diagnostics: [],
    });
  });
});

describe('parseManifests: errors', () => {
  it('§0 a syntax error in document 2 of 3 still yields documents 1 and 3 with their lines', () => {
    const text = `${POD('a')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: [broken\n---\n${POD('c')}`;
    const r = parse(text);
    expect(r.manifests.map((m) => [m.name, m.source.line])).toEqual([
      ['a', 1],
      ['c', 19],
    ]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      severity: 'error',
      file: 'a.yaml',
      line: 18,
      column: 1,
    });
    expect(r.diagnostics[0].message).toMatch(/^YAML syntax error: /);
  });

  it('§0 a document that is not an object with apiVersion and kind is NOT_AN_OBJECT (warning)', () => {
    const r = parse(`just a string\n---\nkind: Pod\nmetadata:\n  name: x\n---\n- 1\n`);
    expect(r.manifests).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['NOT_AN_OBJECT', 'warning', 1],
      ['NOT_AN_OBJECT', 'warning', 3],
      ['NOT_AN_OBJECT', 'warning', 7],
    ]);
    expect(r.diagnostics[1].message).toContain('no apiVersion');
  });

  it('§0 a duplicate key makes kubectl reject the document: YAML_DUPLICATE_KEY, object dropped', () => {
    const text = `${POD('a')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: a\n    app: b\n`;
    const r = parse(text);
    expect(r.manifests.map((m) => m.name)).toEqual(['a']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'YAML_DUPLICATE_KEY',
        severity: 'error',
        line: 21,
        column: 5,
      }),
    ]);
    expect(r.diagnostics[0].message).toContain('"app"');
  });

  it('§0 an alias bomb is refused with a diagnostic, and its neighbours survive', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`,
      );
    }
    const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n${levels.map((l) => '  ' + l).join('\n')}\n`;
    const r = parse(`${bomb}---\n${POD('ok')}`);
    expect(r.manifests.map((m) => m.name)).toEqual(['ok']);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['YAML_ALIASES_REFUSED', 'error'],
    ]);
  });

  it('§0 a few aliases expand into independent copies (nothing downstream shares objects)', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &l {app: web}\ndata:\n  copy: *l\n`;
    const [m] = parse(text).manifests;
    const raw = m.raw as { metadata: { labels: object }; data: { copy: object } };
    expect(raw.data.copy).toEqual({ app: 'web' });
    expect(raw.data.copy).not.toBe(raw.metadata.labels);
  });

  it('§0 nesting deeper than the limit is YAML_TOO_DEEP, not a crash', () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const r = parse(deep);
    expect(r.manifests).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
  });
});

describe('parseManifests: scalars as kubectl reads them (go-yaml v2)', () => {
  it('§0 yes/no/on/off are booleans and leading-0 numbers are octal', () => {
    const [m] = parse(
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: yes\n  b: off\n  c: 0644\n  d: "0644"\n  e: 1_000\n  f: 8080:80\n`,
    ).manifests;
    expect(m.raw.data).toEqual({ a: true, b: false, c: 420, d: '0644', e: 1000, f: '8080:80' });
  });
});
