import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeSelectorTerm, Pod } from '../model/cluster';
import type { Diagnostic } from '../model/diagnostic';
import { DEFAULT_SETTINGS } from '../model/settings';
import { buildNamespaces } from './namespaces';
import { buildNodes } from './nodes';
import { schedulePods } from './schedule';
import { manifestOf } from './testKit';
import { expandWorkloads } from './workloads';

// schedulePods reuses the fitting nodes while consecutive pods share their placement objects
// (node selector, affinity, tolerations: replicas of one template do). The same pods as
// independent copies never share, so each is checked node by node: both must place alike.
const nodeArb = fc.record({
  zone: fc.constantFrom('a', 'b'),
  taint: fc.boolean(),
  unschedulable: fc.boolean(),
});
const deploymentArb = fc.record({
  ns: fc.constantFrom('x', 'y'),
  replicas: fc.nat(4),
  zone: fc.option(fc.constantFrom('a', 'b')),
  tolerates: fc.boolean(),
  affinity: fc.boolean(),
  hostNetwork: fc.boolean(),
});
type D = typeof deploymentArb extends fc.Arbitrary<infer T> ? T : never;
type N = typeof nodeArb extends fc.Arbitrary<infer T> ? T : never;

function podSpec(d: D): Record<string, unknown> {
  const spec: Record<string, unknown> = { containers: [{ name: 'c', image: 'x' }] };
  if (d.zone) spec.nodeSelector = { zone: d.zone };
  if (d.tolerates) spec.tolerations = [{ key: 'k', operator: 'Exists' }];
  if (d.hostNetwork)
    Object.assign(spec, { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' });
  if (d.affinity) {
    const term = { matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }] };
    spec.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [term] },
      },
    };
  }
  return spec;
}

function objects(nodes: N[], deployments: D[]): Record<string, unknown>[] {
  return [
    ...['x', 'y'].map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })),
    ...nodes.map((n, i) => ({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: `node-${i}`, labels: { zone: n.zone } },
      spec: {
        unschedulable: n.unschedulable,
        taints: n.taint ? [{ key: 'k', effect: 'NoSchedule' }] : [],
      },
    })),
    ...deployments.map((d, i) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `d${i}`, namespace: d.ns },
      spec: {
        replicas: d.replicas,
        selector: { matchLabels: { app: `d${i}` } },
        template: { metadata: { labels: { app: `d${i}` } }, spec: podSpec(d) },
      },
    })),
  ];
}

function scheduled(nodes: N[], deployments: D[], ownCopies: boolean) {
  const manifests = objects(nodes, deployments).map((o, i) => manifestOf(o, i));
  const diags: Diagnostic[] = [];
  const namespaces = buildNamespaces(manifests, diags);
  const builtNodes = buildNodes(manifests, DEFAULT_SETTINGS, diags);
  let { pods } = expandWorkloads(manifests, namespaces, builtNodes, diags);
  if (ownCopies) pods = pods.map((p) => structuredClone(p));
  schedulePods(pods, builtNodes, DEFAULT_SETTINGS, diags);
  return { pods, diags };
}

describe('placement with shared template parts', () => {
  it('places pods exactly as when every pod is checked on its own', () => {
    fc.assert(
      fc.property(
        fc.array(nodeArb, { maxLength: 4 }),
        fc.array(deploymentArb, { maxLength: 5 }),
        (nodes, deployments) => {
          expect(scheduled(nodes, deployments, false)).toEqual(scheduled(nodes, deployments, true));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reuses an answer only when all placement fields are the same objects', () => {
    // A few shared objects, picked at random per pod, so neighbours share some fields, not all.
    const selectors: Record<string, string>[] = [{}, { zone: 'a' }];
    const tolerations: Pod['tolerations'][] = [[], [{ key: 'k', operator: 'Exists' }]];
    const term: NodeSelectorTerm = {
      matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }],
      matchFields: [],
    };
    const affinities = [undefined, [term]];
    const podArb = fc.record({
      s: fc.nat(1),
      t: fc.nat(1),
      a: fc.nat(1),
      hostNetwork: fc.boolean(),
    });
    const podsOf = (picks: { s: number; t: number; a: number; hostNetwork: boolean }[]) =>
      picks.map((x, i): Pod => ({
        namespace: 'x',
        name: `p${String(i).padStart(3, '0')}`,
        ref: `x/p${String(i).padStart(3, '0')}`,
        labels: {},
        annotations: {},
        phase: 'Pending',
        ready: false,
        hostNetwork: x.hostNetwork,
        hostname: `p${i}`,
        dnsPolicy: 'ClusterFirst',
        enableServiceLinks: true,
        nodeSelector: selectors[x.s],
        tolerations: tolerations[x.t],
        nodeAffinity: affinities[x.a],
        containers: ['c'],
        ports: [],
        env: {},
        source: { file: 'f', line: i },
      }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(nodeArb, fc.boolean()), { maxLength: 4 }),
        fc.array(podArb, { maxLength: 12 }),
        (ns, picks) => {
          const manifests = objects(
            ns.map(([n]) => n),
            [],
          ).map((o, i) => manifestOf(o, i));
          // A node without a pod CIDR takes only hostNetwork pods.
          const nodes = buildNodes(manifests, DEFAULT_SETTINGS, []).map((n, i) =>
            ns[i]?.[1] ? { ...n, podCIDR: '' } : n,
          );
          const shared = podsOf(picks);
          const copies = shared.map((p) => structuredClone(p));
          const d1: Diagnostic[] = [];
          const d2: Diagnostic[] = [];
          schedulePods(shared, nodes, DEFAULT_SETTINGS, d1);
          schedulePods(copies, nodes, DEFAULT_SETTINGS, d2);
          expect({ pods: shared, d1 }).toEqual({ pods: copies, d1: d2 });
        },
      ),
      { numRuns: 500 },
    );
  });
});
