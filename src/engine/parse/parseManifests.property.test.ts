import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { parseManifests } from './parseManifests';

const VALID = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - containerPort: 8080
          name: http
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: http
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
  namespace: shop
spec:
  podSelector: {}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          team: a
    ports:
    - port: http
`;

const edit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 6 }),
  insert: fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      '---\n',
      '\n...\n',
      '&a ',
      '*a',
      '!!int ',
      '{',
      '[',
      '<<: *a\n',
      '\t',
      '\r',
      '\uFEFF',
      '- ',
      ': ',
      '|\n',
      '"',
      "'",
    ),
  ),
});

function mutate(text: string, edits: { at: number; cut: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
  }
  return out;
}

describe('parseManifests never throws', () => {
  it('§0 on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = parseManifests([{ name: 'x.yaml', text }]);
        for (const d of r.diagnostics) expect(d.line ?? 1).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('§0 on arbitrary edits of valid manifests, through the whole analysis too', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 5 }), (edits) => {
        const text = mutate(VALID, edits);
        const r = parseManifests([{ name: 'x.yaml', text }]);
        for (const m of r.manifests) {
          expect(typeof m.kind).toBe('string');
          expect(m.lineOf(['spec', 'ports', 0, 'port']).line).toBeGreaterThanOrEqual(m.source.line);
          JSON.stringify(m.raw);
        }
        analyze({
          files: [
            { name: 'x.yaml', text },
            { name: 'y.json', text: JSON.stringify(r.manifests.map((m) => m.raw)) },
          ],
        });
      }),
      { numRuns: 300 },
    );
  });
});
