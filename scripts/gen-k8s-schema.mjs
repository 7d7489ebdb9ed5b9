// Generates the Kubernetes JSON schema the editor validates against, offline at run time:
// npm run gen:k8s-schema  (writes public/k8s-schema.json; the app fetches it by relative URL).
// Source: @kubernetes/client-node's generated models (STACK.md §3), fetched with `npm pack`
// so the client is never a dependency. Re-run when moving to a newer client-node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const CLIENT = process.env.K8S_CLIENT_NODE ?? '@kubernetes/client-node@2.0.1';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-client-'));
const tgz = execFileSync('npm', ['pack', CLIENT, '--silent', '--pack-destination', tmp], {
  encoding: 'utf8',
})
  .trim()
  .split('\n')
  .pop();
execFileSync('tar', ['xzf', path.join(tmp, tgz), '-C', tmp]);
const genDir = path.join(tmp, 'package', 'dist', 'gen');
const modelsDir = path.join(genDir, 'models');
const apisDir = path.join(genDir, 'apis');

// resource.Quantity is a plain string in the generated models, but people write `cpu: 1`.
const QUANTITY_MAPS = new Set([
  'limits',
  'requests',
  'hard',
  'used',
  'capacity',
  'allocatable',
  'min',
  'max',
  'default',
  'defaultRequest',
  'maxLimitRequestRatio',
]);
const QUANTITY_FIELDS = new Set(['sizeLimit', 'maximumVolumeSize']);

const cleanDoc = (lines) =>
  lines
    .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\*\/\s*$/, ''))
    .join(' ')
    .replace(/\\'/g, "'")
    .replace(/\\"/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

function parseDts(file) {
  // class doc, optional markers, property docs
  const props = {};
  let doc = [];
  let inDoc = false;
  let classDoc = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*\/\*\*/.test(line)) {
      inDoc = true;
      doc = [];
    }
    if (inDoc) {
      doc.push(line);
      if (/\*\/\s*$/.test(line)) inDoc = false;
      continue;
    }
    if (/^export declare class \w+/.test(line)) {
      classDoc = cleanDoc(doc);
      doc = [];
      continue;
    }
    const m = line.match(/^\s+'([^']+)'(\?)?:/);
    if (m) {
      props[m[1]] = { optional: !!m[2], description: cleanDoc(doc) };
      doc = [];
      continue;
    }
    if (line.trim() && !line.trim().startsWith('*')) doc = [];
  }
  return { classDoc, props };
}
function parseJs(file) {
  // attributeTypeMap: [{ name, baseName (JSON name), type, format }]
  const m = fs.readFileSync(file, 'utf8').match(/\.attributeTypeMap = (\[[\s\S]*?\n\]);/);
  return m ? JSON.parse(m[1]) : null;
}

const modelNames = new Set(
  fs
    .readdirSync(modelsDir)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -5)),
);
function typeToSchema(t, format, jsonName) {
  let mm;
  if ((mm = t.match(/^Array<(.+)>$/)))
    return { type: 'array', items: typeToSchema(mm[1], format, '') };
  if ((mm = t.match(/^\{ \[key: string\]: (.+); \}$/))) {
    return {
      type: 'object',
      additionalProperties:
        QUANTITY_MAPS.has(jsonName) && mm[1] === 'string'
          ? { type: ['string', 'number'] }
          : typeToSchema(mm[1], format, ''),
    };
  }
  switch (t) {
    case 'string':
      return QUANTITY_FIELDS.has(jsonName) ? { type: ['string', 'number'] } : { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return format === 'int32' || format === 'int64' ? { type: 'integer' } : { type: 'number' };
    case 'Date':
      return { type: 'string', format: 'date-time' };
    case 'IntOrString':
      return { type: ['string', 'integer'] };
    case 'any':
      return {};
  }
  return modelNames.has(t) ? { $ref: `#/definitions/${t}` } : {};
}

const defs = {};
for (const name of modelNames) {
  const dts = parseDts(path.join(modelsDir, name + '.d.ts'));
  const attrs = parseJs(path.join(modelsDir, name + '.js'));
  if (!attrs) continue;
  const properties = {};
  const required = [];
  for (const a of attrs) {
    const info = dts.props[a.name] ?? { optional: true, description: '' };
    const s = typeToSchema(a.type.trim(), a.format, a.baseName);
    if (info.description) s.description = info.description;
    properties[a.baseName] = s;
    if (!info.optional) required.push(a.baseName);
  }
  defs[name] = {
    type: 'object',
    properties,
    additionalProperties: false, // strict: flags unknown fields
    ...(dts.classDoc && { description: dts.classDoc }),
    ...(required.length && { required }),
  };
}

// kind -> apiVersion from each create*/createNamespaced* call's path and body model
const kinds = [];
for (const f of fs.readdirSync(apisDir).filter((f) => /Api\.js$/.test(f))) {
  const text = fs.readFileSync(path.join(apisDir, f), 'utf8');
  const re =
    /async create(?:Namespaced)?(\w+)\([^)]*\) \{[\s\S]*?const localVarPath = '([^']+)'[\s\S]*?serialize\(body, "(\w+)"/g;
  for (let m; (m = re.exec(text));) {
    const [, , p, model] = m;
    const pm = p.match(/^\/api\/(v1)\/|^\/apis\/([^/]+)\/([^/]+)\//);
    if (!pm || !defs[model] || p.includes('{name}')) continue; // skip subresources (eviction, token)
    const apiVersion = pm[1] ? 'v1' : `${pm[2]}/${pm[3]}`;
    const kind = model.replace(/^.*?V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/, ''); // CoreV1Event -> Event
    if (!kinds.some((k) => k.apiVersion === apiVersion && k.kind === kind))
      kinds.push({ apiVersion, kind, model });
  }
}
kinds.sort((a, b) => (a.kind + a.apiVersion).localeCompare(b.kind + b.apiVersion));
// `kubectl get -o yaml` prints a `kind: List` (v1) whose items are whole objects: accept it and
// validate each item against this same schema.
defs.PodpathList = {
  type: 'object',
  description: 'A list of Kubernetes objects, as `kubectl get -o yaml` prints it.',
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    items: { type: 'array', items: { $ref: '#' } },
  },
  additionalProperties: false,
};
kinds.push({ apiVersion: 'v1', kind: 'List', model: 'PodpathList' });
// Do NOT put apiVersion/kind const/required into the shared definitions: some are embedded
// without them (StatefulSet.spec.volumeClaimTemplates[] is a PersistentVolumeClaim).
process.stdout.write(
  JSON.stringify({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['apiVersion', 'kind'],
    properties: {
      apiVersion: { type: 'string', enum: [...new Set(kinds.map((k) => k.apiVersion))].sort() },
      kind: { type: 'string', enum: [...new Set(kinds.map((k) => k.kind))].sort() },
    },
    allOf: kinds.map(({ apiVersion, kind, model }) => ({
      if: {
        properties: { apiVersion: { const: apiVersion }, kind: { const: kind } },
        required: ['apiVersion', 'kind'],
      },
      then: { $ref: `#/definitions/${model}` },
    })),
    definitions: defs,
  }),
);
fs.rmSync(tmp, { recursive: true, force: true });
