// Test support only: turns YAML text into Manifests with real line numbers using the `yaml`
// package directly, so stage tests do not depend on the production parser in parse/.
import { isNode, LineCounter, parseAllDocuments } from 'yaml';
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
        for (let n = path.length; n >= 0; n--) {
          const node = doc.getIn(path.slice(0, n), true);
          if (isNode(node) && node.range) return at(node.range[0]);
        }
        return source;
      },
    });
  }
  return out;
}
