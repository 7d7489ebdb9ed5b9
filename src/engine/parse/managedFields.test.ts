import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { computeMatrix } from '../policy/matrix';
import { parseManifests } from './parseManifests';

// metadata.managedFields as `kubectl get -o yaml` prints it; the fast reader reads it for its
// syntax and lines only. Each block is followed by the field that comes after it in metadata.
const managed = (indent: string) =>
  [
    'managedFields:',
    '- apiVersion: v1',
    '  fieldsType: FieldsV1',
    '  fieldsV1:',
    '    f:metadata:',
    '      f:labels:',
    '        .: {}',
    '        f:app: {}',
    '    f:spec:',
    '      f:containers:',
    '        k:{"name":"app"}:',
    '          .: {}',
    '          f:image: {}',
    '  manager: kubectl-client-side-apply',
    '  operation: Update',
    '  time: "2024-05-01T10:00:00Z"',
  ]
    .map((l) => indent + l + '\n')
    .join('');

const CLUSTER = (mf: (indent: string) => string) => `apiVersion: v1
kind: Pod
metadata:
  name: web-1
  namespace: shop
${mf('  ')}  labels:
    app: web
spec:
  containers:
  - name: app
    image: nginx
    ports:
    - containerPort: 8080
      name: http
---
apiVersion: v1
kind: Pod
metadata:
${mf('  ')}  name: client
  namespace: shop
  labels:
    app: client
spec:
  containers:
  - name: app
    image: curl
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-in
  namespace: shop
${mf('  ')}spec:
  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: client
    ports:
    - port: http
`;

/** The same block as comment lines: every other line keeps its number. */
const asComments = (indent: string) => managed(indent).replace(/^ *\S.*$/gm, `${indent}# gone`);

describe('metadata.managedFields (read for syntax, never kept)', () => {
  it('objects with managedFields analyse exactly as the same objects without them', () => {
    const withMf = analyze({ files: [{ name: 'a.yaml', text: CLUSTER(managed) }] }).cluster;
    const without = analyze({ files: [{ name: 'a.yaml', text: CLUSTER(asComments) }] }).cluster;
    expect(withMf.pods.map((p) => p.name)).toContain('web-1');
    expect(withMf.diagnostics).toEqual(without.diagnostics);
    expect(JSON.stringify(withMf)).toBe(JSON.stringify(without));
    const port = { port: 8080, protocol: 'TCP' } as const;
    expect(computeMatrix(withMf, port)).toEqual(computeMatrix(without, port));
  });

  it('is not in the parsed object, while the fields around it keep their lines', () => {
    const { manifests, diagnostics } = parseManifests([{ name: 'a.yaml', text: CLUSTER(managed) }]);
    expect(diagnostics).toEqual([]);
    const [pod, client, policy] = manifests;
    expect(pod.raw.metadata).toEqual({
      name: 'web-1',
      namespace: 'shop',
      labels: { app: 'web' },
    });
    expect(pod.lineOf(['metadata', 'labels', 'app']).line).toBe(23);
    expect(pod.lineOf(['metadata', 'managedFields']).line).toBe(6);
    expect(client.lineOf(['metadata', 'name']).line).toBe(51);
    expect(policy.lineOf(['spec', 'ingress', 0, 'ports', 0, 'port']).line).toBe(91);
  });

  it('a syntax error inside managedFields is still reported at its line and column', () => {
    // Only the policy's block is broken: a line of it indented one space less.
    const good = CLUSTER(managed);
    const at = good.lastIndexOf('    operation: Update');
    const text = good.slice(0, at) + good.slice(at + 1);
    const { manifests, diagnostics } = parseManifests([{ name: 'a.yaml', text }]);
    expect(manifests.map((m) => m.name)).toEqual(['web-1', 'client']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', severity: 'error' });
    expect(diagnostics[0]).toMatchObject({ file: 'a.yaml', line: 79, column: 4 });
  });

  it('keeps managedFields that are not the object’s own metadata (templates, Lists)', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  metadata:\n${managed('    ')}`;
    const [m] = parseManifests([{ name: 'a.yaml', text }]).manifests;
    expect(Object.keys((m.raw.data as { metadata: object }).metadata)).toEqual(['managedFields']);
  });
});
