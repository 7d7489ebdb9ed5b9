// Layout stability with a headless Cytoscape and the real fcose: the first update lays out, an
// identical update does not, an added pod leaves every old node where it was.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { makePod, sampleCluster } from '../../state/testing/sampleCluster';
import {
  bestRowWidth,
  createLayoutMemory,
  hashString,
  seededRandom,
  updateGraph,
  withSeededRandom,
  shelfPack,
} from './layout';
import { DEFAULT_GRAPH_VIEW, type GraphView } from '../../state/slices/graphView';
import { gridPositions } from './layoutGrid';
import { ingress } from './testIngress';
import { toElements } from './toElements';

const PODS = { showBuiltins: false, view: { ...DEFAULT_GRAPH_VIEW, showPods: true } };
const FOLDED = { showBuiltins: false };

cytoscape.use(fcose);
const headless = () => cytoscape({ headless: true, styleEnabled: true });
const positions = (cy: cytoscape.Core) =>
  Object.fromEntries(
    cy
      .nodes()
      .filter((n) => !n.isParent())
      .nodes()
      .map((n) => [n.id(), { ...n.position() }]),
  );

describe('seeded randomness', () => {
  it('repeats for a seed and restores Math.random', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const original = Math.random;
    expect(withSeededRandom(1, () => Math.random())).toBe(seededRandom(1)());
    expect(Math.random).toBe(original);
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });
});

function addReplica(cluster: ReturnType<typeof sampleCluster>) {
  cluster.pods.push(
    makePod('shop', 'web-7d4b9c8f6d-klmno', { owner: { kind: 'Deployment', name: 'web' } }),
  );
  cluster.workloads[0].pods.push('shop/web-7d4b9c8f6d-klmno');
  cluster.workloads[0].replicas = 3;
}

function expectKept(before: Record<string, { x: number; y: number }>, after: typeof before) {
  for (const [id, p] of Object.entries(before)) {
    expect(after[id].x, id).toBeCloseTo(p.x, 0);
    expect(after[id].y, id).toBeCloseTo(p.y, 0);
  }
}

describe('updateGraph', () => {
  it('lays out on the first update, not again when only data changes', () => {
    const cy = headless();
    const memory = createLayoutMemory();
    const cluster = sampleCluster();
    expect(updateGraph(cy, toElements(cluster, PODS), memory)).toBe(true);
    const before = positions(cy);
    expect(Object.values(before).some((p) => p.x !== 0 || p.y !== 0)).toBe(true);
    cluster.pods[0].ip = '10.244.9.9'; // a label change only
    expect(updateGraph(cy, toElements(cluster, PODS), memory)).toBe(false);
    expect(positions(cy)).toEqual(before);
    expect(cy.getElementById('pod:shop/web-7d4b9c8f6d-abcde').data('label')).toContain(
      '10.244.9.9',
    );
  });

  it('gives the same picture for the same manifests', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false });
    const a = headless();
    const b = headless();
    updateGraph(a, els, createLayoutMemory());
    updateGraph(b, structuredClone(els), createLayoutMemory());
    expect(positions(a)).toEqual(positions(b));
  });

  it('keeps old nodes in place when a pod is added', () => {
    const cy = headless();
    const memory = createLayoutMemory();
    const cluster = sampleCluster();
    updateGraph(cy, toElements(cluster, PODS), memory);
    const before = positions(cy);
    cluster.pods.push(
      makePod('shop', 'web-7d4b9c8f6d-klmno', { owner: { kind: 'Deployment', name: 'web' } }),
    );
    cluster.workloads[0].pods.push('shop/web-7d4b9c8f6d-klmno');
    cluster.services[0].endpoints.push({
      pod: 'shop/web-7d4b9c8f6d-klmno',
      ip: '10.244.2.3',
      ready: true,
      ports: [],
    });
    expect(updateGraph(cy, toElements(cluster, PODS), memory)).toBe(true);
    const after = positions(cy);
    for (const [id, p] of Object.entries(before)) {
      expect(after[id].x).toBeCloseTo(p.x, 0);
      expect(after[id].y).toBeCloseTo(p.y, 0);
    }
    expect(after['pod:shop/web-7d4b9c8f6d-klmno']).toBeDefined();
  });

  it('does not lay out again when a folded workload gets one more replica', () => {
    const cy = headless();
    const memory = createLayoutMemory();
    const cluster = sampleCluster();
    updateGraph(cy, toElements(cluster, FOLDED), memory);
    const before = positions(cy);
    addReplica(cluster);
    expect(updateGraph(cy, toElements(cluster, FOLDED), memory)).toBe(false);
    expect(positions(cy)).toEqual(before);
    expect(cy.getElementById('wl:Deployment/shop/web').data('label')).toContain('3/3 ready');
  });

  it('keeps everything else in place when a Service or an Ingress is added or one is removed', () => {
    const cy = headless();
    const memory = createLayoutMemory();
    const cluster = sampleCluster();
    updateGraph(cy, toElements(cluster, FOLDED), memory);
    const before = positions(cy);
    cluster.ingresses.push(ingress('shop', 'site', 'web'));
    expect(updateGraph(cy, toElements(cluster, FOLDED), memory)).toBe(true);
    expectKept(before, positions(cy));
    expect(positions(cy)['ing:shop/site']).toBeDefined();
    const withIngress = positions(cy);
    cluster.services.splice(1, 1); // svc:shop/db
    updateGraph(cy, toElements(cluster, FOLDED), memory);
    const after = positions(cy);
    expect(after['svc:shop/db']).toBeUndefined();
    expectKept(after, withIngress);
  });

  it('opens an expanded workload where it stood and leaves the other nodes alone', () => {
    const cy = headless();
    const memory = createLayoutMemory();
    const cluster = sampleCluster();
    updateGraph(cy, toElements(cluster, FOLDED), memory);
    const before = positions(cy);
    const view: GraphView = { ...DEFAULT_GRAPH_VIEW, toggled: ['wl:Deployment/shop/web'] };
    expect(updateGraph(cy, toElements(cluster, { showBuiltins: false, view }), memory)).toBe(true);
    const after = positions(cy);
    delete before['wl:Deployment/shop/web']; // now a box around its pods
    expectKept(before, after);
    const was = cy.getElementById('wl:Deployment/shop/web').position();
    expect(Math.abs(after['pod:shop/web-7d4b9c8f6d-abcde'].x - was.x)).toBeLessThan(200);
  });

  it('lays a big graph out on a grid: every leaf placed once, Services left of workloads', () => {
    const cluster = sampleCluster();
    for (let i = 0; i < 200; i++) {
      cluster.workloads.push({ ...cluster.workloads[1], name: `db${i}`, pods: [] });
    }
    const els = toElements(cluster, FOLDED);
    const at = gridPositions(els);
    const leaves = els.nodes.filter((n) => !els.nodes.some((m) => m.data.parent === n.data.id));
    expect([...at.keys()].sort()).toEqual(leaves.map((n) => n.data.id).sort());
    const key = (p: { x: number; y: number }) => `${Math.round(p.x)},${Math.round(p.y)}`;
    expect(new Set([...at.values()].map(key)).size).toBe(at.size);
    expect(at.get('svc:shop/web')!.x).toBeLessThan(at.get('wl:StatefulSet/shop/db0')!.x);
    const cy = headless();
    expect(updateGraph(cy, els, createLayoutMemory())).toBe(true);
    expect(cy.getElementById('wl:StatefulSet/shop/db7').position()).toEqual(
      at.get('wl:StatefulSet/shop/db7'),
    );
  });

  it('removes what disappeared', () => {
    const cy = headless();
    const memory = createLayoutMemory();
    updateGraph(cy, toElements(sampleCluster(), { showBuiltins: false }), memory);
    updateGraph(cy, { nodes: [], edges: [] }, memory);
    expect(cy.elements()).toHaveLength(0);
  });
});

describe('packing namespaces', () => {
  it('shelf-packs boxes into rows', () => {
    const p = shelfPack(
      [
        { w: 100, h: 50 },
        { w: 100, h: 80 },
        { w: 100, h: 20 },
      ],
      260,
    );
    expect(p.offsets).toEqual([
      { x: 0, y: 0 },
      { x: 148, y: 0 },
      { x: 0, y: 128 },
    ]);
    expect(p).toMatchObject({ width: 248, height: 148 });
  });

  it('picks side by side for a wide view and stacked for a tall one', () => {
    const boxes = [
      { w: 300, h: 200 },
      { w: 300, h: 200 },
    ];
    expect(bestRowWidth(boxes, { w: 1600, h: 400 })).toBe(648);
    expect(bestRowWidth(boxes, { w: 400, h: 1600 })).toBe(300);
  });
});
