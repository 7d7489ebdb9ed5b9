// Test support only: turns YAML text into Manifests with real line numbers using the `yaml`
// package directly, so stage tests do not depend on the production parser in parse/.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { FieldPath, Manifest } from '../model/manifest';

/** Parses `text` (multi-document YAML) into Manifests for tests. */
export function manifestsFromYaml(text: string, file = 'test.yaml'): Manifest[] {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc });
  const out: Manifest[] = [];
  for (const doc of Array.isArray(docs) ? docs : []) {
    const raw = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') continue;
    const at = (offset: number) => ({ file, line: lc.linePos(offset).line });
    const source = at(doc.contents?.range?.[0] ?? 0);
    const meta = (raw.metadata ?? {}) as Record<string, unknown>;
    out.push({
      apiVersion: String(raw.apiVersion ?? ''),
      kind: String(raw.kind ?? ''),
      name: typeof meta.name === 'string' ? meta.name : '',
      namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
      raw,
      source,
      order: out.length,
      lineOf(path: FieldPath) {
        const offset = keyOffset(doc.contents as Node | null, path);
        return offset === undefined ? source : at(offset);
      },
    });
  }
  return out;
}

/** Offset of the deepest existing field on `path`: a map key's own position, or a list item's. */
function keyOffset(root: Node | null, path: FieldPath): number | undefined {
  let node: unknown = root;
  let best: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      best = (pair.key as Node).range?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      best = (node as Node).range?.[0] ?? best;
    } else break;
  }
  return best;
}
