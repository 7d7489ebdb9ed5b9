import { describe, expect, it } from 'vitest';
import { manifestsFromYaml } from '../testing/manifests';
import type { Diagnostic } from '../model/diagnostic';
import { buildNamespaces } from './namespaces';

function run(yaml: string) {
  const diags: Diagnostic[] = [];
  const namespaces = buildNamespaces(manifestsFromYaml(yaml), diags);
  return { namespaces, diags };
}

describe('namespaces (SEMANTICS.md §2)', () => {
  it('§2 the four always-present namespaces exist for empty input, sorted by name', () => {
    const { namespaces, diags } = run('');
    expect(namespaces.map((n) => n.name)).toEqual([
      'default',
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
    expect(namespaces[0].labels).toEqual({ 'kubernetes.io/metadata.name': 'default' });
    expect(diags).toEqual([]);
  });

  it('§2 an explicit Namespace keeps its labels and always gets kubernetes.io/metadata.name', () => {
    const { namespaces } = run(`
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: {team: a, kubernetes.io/metadata.name: spoofed}
`);
    const shop = namespaces.find((n) => n.name === 'shop')!;
    expect(shop.labels).toEqual({ team: 'a', 'kubernetes.io/metadata.name': 'shop' });
    expect(shop.explicit).toBe(true);
    expect(shop.source).toEqual({ file: 'test.yaml', line: 2 });
  });

  it('§2 a referenced namespace is created implicitly with an info at the reference', () => {
    const { namespaces, diags } = run(`
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  namespace: zeta
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec: {containers: [{name: c, image: x}]}
`);
    expect(namespaces.map((n) => n.name)).toEqual([
      'default',
      'kube-node-lease',
      'kube-public',
      'kube-system',
      'zeta',
    ]);
    expect(namespaces[4]).toMatchObject({
      explicit: false,
      labels: { 'kubernetes.io/metadata.name': 'zeta' },
    });
    expect(diags.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['NAMESPACE_IMPLICIT', 'info', 6],
    ]);
  });

  it('§8.1 namespace names must be DNS-1123 labels; a bad explicit one is rejected', () => {
    const { namespaces, diags } = run(`
apiVersion: v1
kind: Namespace
metadata: {name: Shop}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: a.b}
spec: {containers: [{name: c, image: x}]}
`);
    expect(namespaces.map((n) => n.name)).not.toContain('Shop');
    expect(namespaces.map((n) => n.name)).not.toContain('a.b');
    expect(diags.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['OBJECT_NAME_INVALID', 'error', 4],
      ['NAMESPACE_INVALID', 'error', 8],
    ]);
  });

  it('§2 cluster-scoped kinds do not imply namespaces; duplicates are rejected', () => {
    const { namespaces, diags } = run(`
apiVersion: v1
kind: Node
metadata: {name: n1, namespace: ghost}
---
apiVersion: v1
kind: Namespace
metadata: {name: a}
---
apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {x: y}}
`);
    expect(namespaces.map((n) => n.name)).toEqual([
      'a',
      'default',
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
    expect(namespaces[0].labels).toEqual({ 'kubernetes.io/metadata.name': 'a' });
    expect(diags.map((d) => [d.code, d.line])).toEqual([['DUPLICATE_OBJECT', 12]]);
  });
});
