// The graph's view state: folding per workload and for all, filters, grouping, search.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_VIEW, isExpanded, reduceGraphView, type GraphViewAction } from './graphView';

const run = (...actions: GraphViewAction[]) => actions.reduce(reduceGraphView, DEFAULT_GRAPH_VIEW);
const WEB = 'wl:Deployment/shop/web';
const DB = 'wl:StatefulSet/shop/db';

describe('folding', () => {
  it('folds pods into workloads by default', () => {
    expect(isExpanded(DEFAULT_GRAPH_VIEW, WEB)).toBe(false);
  });

  it('expands and folds one workload, leaving the others', () => {
    const once = run({ type: 'toggleWorkload', id: WEB });
    expect(isExpanded(once, WEB)).toBe(true);
    expect(isExpanded(once, DB)).toBe(false);
    expect(isExpanded(reduceGraphView(once, { type: 'toggleWorkload', id: WEB }), WEB)).toBe(false);
  });

  it('"Show pods" expands every workload and forgets earlier per-workload choices', () => {
    const all = run({ type: 'toggleWorkload', id: WEB }, { type: 'showPods', on: true });
    expect(isExpanded(all, WEB)).toBe(true);
    expect(isExpanded(all, DB)).toBe(true);
    const oneFolded = reduceGraphView(all, { type: 'toggleWorkload', id: DB });
    expect(isExpanded(oneFolded, DB)).toBe(false);
    expect(isExpanded(oneFolded, WEB)).toBe(true);
  });
});

describe('filters', () => {
  it('hides and shows namespaces, and shows them all again', () => {
    const hidden = run(
      { type: 'namespace', name: 'shop', shown: false },
      { type: 'namespace', name: 'web', shown: false },
      { type: 'namespace', name: 'web', shown: false },
    );
    expect(hidden.hiddenNamespaces).toEqual(['shop', 'web']);
    expect(
      reduceGraphView(hidden, { type: 'namespace', name: 'shop', shown: true }).hiddenNamespaces,
    ).toEqual(['web']);
    expect(reduceGraphView(hidden, { type: 'allNamespaces' }).hiddenNamespaces).toEqual([]);
  });

  it('hides object kinds', () => {
    const v = run({ type: 'kind', kind: 'services', shown: false });
    expect(v.hiddenKinds).toEqual(['services']);
    expect(reduceGraphView(v, { type: 'kind', kind: 'services', shown: true }).hiddenKinds).toEqual(
      [],
    );
  });

  it('keeps the same object when nothing changes, so the graph does not redraw', () => {
    expect(run({ type: 'groupBy', groupBy: 'namespace' })).toBe(DEFAULT_GRAPH_VIEW);
    expect(run({ type: 'search', text: '' })).toBe(DEFAULT_GRAPH_VIEW);
    expect(run({ type: 'allNamespaces' })).toBe(DEFAULT_GRAPH_VIEW);
    expect(run({ type: 'groupBy', groupBy: 'node' }).groupBy).toBe('node');
    expect(run({ type: 'search', text: 'web' }).search).toBe('web');
  });
});
