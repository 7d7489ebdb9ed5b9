import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model/cluster';
import { build, cluster } from './matrixTestKit';
import { referenceWorkloadMatrix } from './referenceWorkloadMatrix';
import { computeWorkloadMatrix } from './workloadMatrix';

// The matrix generators' clusters, with pods owned by one of two workloads or bare, so groups
// hold several pods: same class, different classes (labels, node, hostNetwork) or label variants.
const OWNERS = [undefined, 'web', 'web', 'db'] as const;
const owned = fc.tuple(
  cluster,
  fc.array(fc.constantFrom(...OWNERS), { minLength: 8, maxLength: 8 }),
);

function withOwners(k: Cluster, owners: readonly (string | undefined)[]): Cluster {
  const pods = k.pods.map((p, i) => {
    const name = owners[i];
    return name ? { ...p, owner: { kind: 'Deployment' as const, name } } : p;
  });
  return { ...k, pods };
}

describe('computeWorkloadMatrix', () => {
  it('§6.7 the class-based workload matrix equals the pod-pair reference on random clusters', () => {
    fc.assert(
      fc.property(owned, ([c, owners]) => {
        const k = withOwners(build(c), owners);
        expect(computeWorkloadMatrix(k, c.query)).toEqual(referenceWorkloadMatrix(k, c.query));
      }),
      { numRuns: 600 },
    );
  });

  it('the generated workloads reach every cell value, within a group and between groups', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(owned, ([c, owners]) => {
        const w = referenceWorkloadMatrix(withOwners(build(c), owners), c.query);
        for (const a of w.groups) {
          for (const b of w.groups) {
            const where = a === b ? (a.pods.length > 1 ? 'self' : 'one') : 'other';
            seen.add(`${where}:${w.matrix[a.id][b.id]}`);
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
    for (const where of ['self', 'other'])
      for (const v of ['allowed', 'partial', 'denied']) expect(seen).toContain(`${where}:${v}`);
  });
});
