import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cidrContains } from '../net/ip';
import type { Pod } from '../model/cluster';
import { deploymentObject, manifestOf, podObject, topologyOf } from './testKit';

// Small random clusters: bare Pods and Deployments in a few namespaces, at most ~80 pods on 3
// nodes, so no node's /24 fills up (the stability guarantee assumes that).
const nameArb = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const objectArb = fc.oneof(
  fc.record({
    kind: fc.constant('Pod' as const),
    ns: fc.constantFrom('a', 'b', 'c'),
    name: nameArb,
  }),
  fc.record({
    kind: fc.constant('Deployment' as const),
    ns: fc.constantFrom('a', 'b', 'c'),
    name: nameArb,
    replicas: fc.integer({ min: 0, max: 5 }),
  }),
);
type Obj = { kind: 'Pod' | 'Deployment'; ns: string; name: string; replicas?: number };
const clusterArb = fc.uniqueArray(objectArb, {
  maxLength: 20,
  selector: (o) => `${o.kind}/${o.ns}/${o.name}`,
});

function build(objects: readonly Obj[]) {
  const raws = objects.map((o) =>
    o.kind === 'Pod'
      ? podObject(o.ns, o.name, { pod: o.name })
      : deploymentObject(o.ns, o.name, o.replicas ?? 1),
  );
  return topologyOf(raws.map((r, i) => manifestOf(r, i)));
}

const placement = (pods: readonly Pod[]) =>
  new Map(pods.map((p) => [p.ref, { node: p.node, ip: p.ip }]));

describe('pod placement properties (SEMANTICS.md §1.11)', () => {
  it('§1.11 determinism: the same input twice gives identical pods', () => {
    fc.assert(
      fc.property(clusterArb, (objects) => {
        expect(build(objects).pods).toEqual(build(objects).pods);
      }),
      { numRuns: 60 },
    );
  });

  it('§1.11 no two non-hostNetwork pods share an IP, and every IP lies in its node’s pod CIDR', () => {
    fc.assert(
      fc.property(clusterArb, (objects) => {
        const t = build(objects);
        const ips = t.pods.filter((p) => !p.hostNetwork).map((p) => p.ip);
        expect(new Set(ips).size).toBe(ips.length);
        for (const p of t.pods) {
          expect(p.phase).toBe('Running');
          expect(cidrContains(t.nodes.find((n) => n.name === p.node)!.podCIDR, p.ip!)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('§1.11 stability: an unrelated object in another namespace moves no pod off its node, and moves an IP only by taking it', () => {
    const extraArb = fc.oneof(
      fc.record({ kind: fc.constant('Pod' as const), ns: fc.constant('zz-new'), name: nameArb }),
      fc.record({
        kind: fc.constant('Deployment' as const),
        ns: fc.constant('aa-new'),
        name: nameArb,
        replicas: fc.integer({ min: 1, max: 4 }),
      }),
    );
    fc.assert(
      fc.property(clusterArb, extraArb, (objects, extra) => {
        const before = build(objects);
        const after = build([...objects, extra]);
        const was = placement(before.pods);
        const newPods = after.pods.filter((p) => !was.has(p.ref));
        const usedBefore = new Set(before.pods.map((p) => `${p.node} ${p.ip}`));
        // The exact guarantee: new pods on addresses that were free before move nobody.
        const takers = new Set(
          newPods.filter((p) => usedBefore.has(`${p.node} ${p.ip}`)).map((p) => p.node),
        );
        for (const p of after.pods) {
          const old = was.get(p.ref);
          if (!old) continue;
          expect(p.node).toBe(old.node);
          if (p.ip !== old.ip) expect(takers.has(p.node)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('§1.11 stability, the common case: a new pod sorted first, on a free address, changes nothing else', () => {
    const base = [...Array(30).keys()].map((i) => ({
      kind: 'Pod' as const,
      ns: 'b',
      name: `p${i}`,
    }));
    const before = build(base);
    const after = build([...base, { kind: 'Pod', ns: 'a', name: 'newcomer' }]);
    const newcomer = after.pods.find((p) => p.ref === 'a/newcomer')!;
    expect(before.pods.some((p) => p.node === newcomer.node && p.ip === newcomer.ip)).toBe(false);
    expect(placement(after.pods.filter((p) => p.ref !== 'a/newcomer'))).toEqual(
      placement(before.pods),
    );
  });

  it('§1.11 stability in numbers: adding a Deployment moves under 5% of existing pod IPs', () => {
    // Sequential allocation in sorted order would move nearly every pod sorted after the new ones.
    const samples = fc.sample(fc.tuple(clusterArb, nameArb), { seed: 42, numRuns: 150 });
    let existing = 0;
    let moved = 0;
    for (const [objects, name] of samples) {
      const before = placement(build(objects).pods);
      const after = build([...objects, { kind: 'Deployment', ns: 'a0', name, replicas: 3 }]).pods;
      for (const p of after) {
        const old = before.get(p.ref);
        if (!old) continue;
        existing++;
        if (old.ip !== p.ip) moved++;
      }
    }
    expect(existing).toBeGreaterThan(1000);
    expect(moved / existing).toBeLessThan(0.05);
  });
});
