import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeClassMatrix, matrixCell } from './classMatrix';
import { computeMatrix, expandMatrix } from './matrix';
import { referenceMatrix } from './referenceMatrix';
import { build, cluster } from './matrixTestKit';
import { testCluster, type TestPod } from './testCluster';
import { computeWorkloadMatrix } from './workloadMatrix';

describe('computeMatrix', () => {
  it('§6.7 the class-based matrix equals the pair-by-pair reference on random clusters', () => {
    fc.assert(
      fc.property(cluster, (c) => {
        const k = build(c);
        const ref = referenceMatrix(k, c.query);
        const compact = computeClassMatrix(k, c.query);
        expect(JSON.parse(JSON.stringify(compact))).toEqual(compact); // plain JSON
        expect(expandMatrix(compact)).toEqual(ref);
        expect(computeMatrix(k, c.query)).toEqual(ref);
        ref.pods.forEach((s, i) =>
          ref.pods.forEach((d, j) => expect(matrixCell(compact, i, j)).toBe(ref.matrix[s][d])),
        );
      }),
      { numRuns: 600 },
    );
  });

  it('§6.7 the generators reach both verdicts, hostNetwork pods and ipBlocks over pods', () => {
    const seen = { allowed: 0, denied: 0, policies: 0 };
    fc.assert(
      fc.property(cluster, (c) => {
        const k = build(c);
        seen.policies += k.policies.length;
        for (const row of Object.values(referenceMatrix(k, c.query).matrix)) {
          for (const v of Object.values(row)) seen[v ? 'allowed' : 'denied']++;
        }
      }),
      { numRuns: 100, seed: 7 },
    );
    expect(seen.allowed).toBeGreaterThan(100);
    expect(seen.denied).toBeGreaterThan(100);
    expect(seen.policies).toBeGreaterThan(50);
  });

  const pods: TestPod[] = [
    { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3', ports: [['http', 8080]] },
    { ref: 'shop/web', labels: { app: 'web' }, ip: '10.244.0.2' },
    { ref: 'shop/queued', labels: { app: 'web' } },
  ];
  const deny =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: d, namespace: shop}\nspec: {podSelector: {matchLabels: {app: api}}}\n';

  it('CLI contract: rows and columns sorted, self always true, a named port missing on the destination is false', () => {
    const m = computeMatrix(testCluster({ pods }), { port: 'http' });
    expect(m.pods).toEqual(['shop/api', 'shop/web']);
    expect(m.matrix).toEqual({
      'shop/api': { 'shop/api': true, 'shop/web': false },
      'shop/web': { 'shop/api': true, 'shop/web': true },
    });
    expect(m.port).toBe('http');
  });

  it('Pending pods (no IP) have no address: they are left out of the matrix, with a note', () => {
    const m = computeMatrix(testCluster({ pods, policies: deny }), { port: 8080 });
    expect(m.pods).toEqual(['shop/api', 'shop/web']);
    expect(m.matrix).toEqual({
      'shop/api': { 'shop/api': true, 'shop/web': true },
      'shop/web': { 'shop/api': false, 'shop/web': true },
    });
    expect(m.notes).toEqual(['1 pod without an IP (Pending) left out: shop/queued']);
  });

  it('an invalid port is an error, not an exception', () => {
    expect(computeMatrix(testCluster({ pods }), { port: 70000 }).error).toBe(
      'port 70000 must be between 1 and 65535',
    );
  });

  it('computeWorkloadMatrix folds pods of one workload and reports partial cells', () => {
    const owner = { kind: 'Deployment' as const, name: 'web' };
    const k = testCluster({
      pods: [
        { ref: 'shop/api', labels: { app: 'api' }, ip: '10.244.0.3' },
        {
          ref: 'shop/web-1',
          labels: { app: 'web', 'pod-template-hash': 'h' },
          ip: '10.244.0.4',
          owner,
        },
        {
          ref: 'shop/web-2',
          labels: { app: 'web', 'pod-template-hash': 'h' },
          ip: '10.244.1.4',
          owner,
        },
      ],
      policies:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: d, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{ipBlock: {cidr: 10.244.0.0/24}}]}]\n',
    });
    const w = computeWorkloadMatrix(k, { port: 80 });
    expect(w.groups.map((g) => [g.id, g.pods])).toEqual([
      ['shop/Deployment/web', ['shop/web-1', 'shop/web-2']],
      ['shop/Pod/api', ['shop/api']],
    ]);
    expect(w.matrix['shop/Deployment/web']).toEqual({
      'shop/Deployment/web': 'allowed',
      'shop/Pod/api': 'partial',
    });
    expect(w.matrix['shop/Pod/api']['shop/Pod/api']).toBe('allowed');
  });
});

describe('computeMatrix class splits', () => {
  it('§6.6 pods differing only in named container ports are not interchangeable', () => {
    const k = testCluster({
      pods: [
        { ref: 'a/s', labels: { app: 's' }, ip: '10.244.0.2' },
        { ref: 'a/x', labels: { app: 'web' }, ip: '10.244.0.3', ports: [['http', 80]] },
        { ref: 'a/y', labels: { app: 'web' }, ip: '10.244.0.4' },
      ],
      policies:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: out, namespace: a}\nspec:\n  podSelector: {matchLabels: {app: s}}\n  policyTypes: [Egress]\n  egress: [{ports: [{port: http}]}]\n',
    });
    const m = computeMatrix(k, { port: 80 });
    expect(m.matrix['a/s']).toEqual({ 'a/s': true, 'a/x': true, 'a/y': false });
    expect(m).toEqual(referenceMatrix(k, { port: 80 }));
  });
});
