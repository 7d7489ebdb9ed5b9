// Placement constraints from a hand-made cluster's elements.
import { describe, expect, it } from 'vitest';
import {
  makePod,
  makeService,
  makeWorkload,
  sampleCluster,
} from '../../state/testing/sampleCluster';
import { layoutConstraints, MAX_ALIGNED_PODS } from './layoutConstraints';
import { DEFAULT_GRAPH_VIEW } from '../../state/slices/graphView';
import { ingress } from './testIngress';
import { toElements } from './toElements';

const view = { ...DEFAULT_GRAPH_VIEW, showPods: true };

describe('layoutConstraints', () => {
  it('aligns Services per namespace and pods per workload, Services left of their pods', () => {
    const c = layoutConstraints(toElements(sampleCluster(), { showBuiltins: false, view }));
    expect(c.alignmentConstraint!.horizontal).toEqual([
      ['svc:shop/web', 'pod:shop/web-7d4b9c8f6d-abcde'],
      ['svc:shop/db', 'pod:shop/db-0'],
    ]);
    expect(c.alignmentConstraint!.vertical).toEqual([
      ['svc:shop/web', 'svc:shop/db', 'svc:shop/web-public'],
      ['pod:shop/web-7d4b9c8f6d-abcde', 'pod:shop/web-7d4b9c8f6d-fghij'],
    ]);
    expect(c.relativePlacementConstraint).toEqual([
      { left: 'svc:shop/web', right: 'pod:shop/web-7d4b9c8f6d-abcde', gap: 110 },
      { left: 'svc:shop/db', right: 'pod:shop/db-0', gap: 110 },
      { left: 'svc:shop/web-public', right: 'pod:shop/web-7d4b9c8f6d-abcde', gap: 110 },
    ]);
  });

  it('leaves cross-namespace endpoints and very large workloads unconstrained', () => {
    const cluster = sampleCluster();
    const many = Array.from({ length: MAX_ALIGNED_PODS + 1 }, (_, i) => `big-${i}`);
    cluster.workloads.push(makeWorkload('Deployment', 'shop', 'big', many));
    cluster.pods.push(
      ...many.map((n) => makePod('shop', n, { owner: { kind: 'Deployment', name: 'big' } })),
    );
    cluster.services.push(makeService('default', 'far', 'ClusterIP', ['shop/db-0']));
    const c = layoutConstraints(toElements(cluster, { showBuiltins: false, view }));
    expect(c.alignmentConstraint!.vertical!.some((g) => g.includes('pod:shop/big-0'))).toBe(false);
    expect(c.relativePlacementConstraint!.some((r) => r.left === 'svc:default/far')).toBe(false);
  });

  it('gives nothing for an empty graph', () => {
    expect(layoutConstraints({ nodes: [], edges: [] })).toEqual({});
  });

  it('puts an Ingress left of its Service and Services left of folded workloads', () => {
    const cluster = sampleCluster();
    cluster.ingresses.push(ingress('shop', 'site', 'web'));
    const c = layoutConstraints(toElements(cluster, { showBuiltins: false }));
    expect(c.relativePlacementConstraint).toEqual([
      { left: 'svc:shop/web', right: 'wl:Deployment/shop/web', gap: 110 },
      { left: 'svc:shop/db', right: 'wl:StatefulSet/shop/db', gap: 110 },
      { left: 'svc:shop/web-public', right: 'wl:Deployment/shop/web', gap: 110 },
      { left: 'ing:shop/site', right: 'svc:shop/web', gap: 110 },
    ]);
  });
});
