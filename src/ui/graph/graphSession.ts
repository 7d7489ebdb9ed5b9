// Everything GraphCanvas does with cy outside React: create it with the style, follow the store
// (cluster, built-ins toggle, graph view, policy view, trace highlight, search, selection),
// lay out on structural change, expose a test snapshot.
// GraphCanvas only mounts and unmounts this, so its container never re-renders.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { selectGraphTooLarge } from '../../state/selectors';
import type { AppState, AppStore } from '../../state/store';
import { registerGraphForTests, type GraphSnapshot } from '../app/e2eHook';
import { bindGraphEvents } from './graphEvents';
import { graphStyle, readGraphTheme } from './graphStyle';
import { followTheme, graphThemeOf } from './graphTheme';
import { createLayoutMemory, fitView, updateGraph, type LayoutMemory } from './layout';
import { toElements, type GraphElements } from './toElements';
import { shiftPick } from '../panels/traceTarget';
import { searchMatches } from './graphSearch';
import { traceHighlight } from './traceHighlight';
import { policyOverlay } from './policyOverlay';

cytoscape.use(fcose);

const EMPTY: GraphElements = { nodes: [], edges: [] };

export interface GraphSession {
  cy: Core;
  /** Selects the first "Find in graph" match and brings it into view; returns the match count. */
  focusSearch(): number;
  fit(): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

function elementsOf(s: AppState): GraphElements {
  const cluster = s.result?.cluster;
  return cluster ? toElements(cluster, { showBuiltins: s.showBuiltins, view: s.graphView }) : EMPTY;
}

function snapshot(cy: Core): GraphSnapshot {
  return {
    nodes: cy.nodes().map((n) => ({
      id: n.id(),
      parent: n.parent().length ? n.parent().first().id() : null,
      classes: n.classes(),
      label: String(n.data('label') ?? ''),
      name: String(n.data('name') ?? ''),
      at: n.renderedPosition(),
    })),
    edges: cy.edges().map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      classes: e.classes(),
    })),
    zoom: cy.zoom(),
  };
}

const TRACE_CLASSES =
  'trace-source trace-via trace-endpoint trace-allowed trace-denied trace-path trace-dim';

/** Draws the current trace over the graph, or removes the last one. */
function syncTrace(cy: Core, s: AppState, elements: GraphElements) {
  const result = s.trace.status === 'idle' ? null : s.trace.result;
  cy.batch(() => {
    cy.remove('edge.trace-edge');
    cy.elements().removeClass(TRACE_CLASSES);
    if (!result) return;
    const h = traceHighlight(result, elements);
    for (const [id, cls] of h.classes) cy.getElementById(id).addClass(cls.join(' '));
    cy.add(h.edges.filter((e) => cy.getElementById(e.data.source).nonempty()));
  });
}

/** Draws the policy view's edges while it is on (re-added after each element update). */
function syncPolicy(cy: Core, s: AppState, elements: GraphElements) {
  const result = s.policy.status === 'idle' ? null : s.policy.result;
  cy.batch(() => {
    cy.remove('edge.policy');
    if (result) cy.add(policyOverlay(result, elements).edges);
  });
}

/** Shift+click: trace from the selected element to `id` (or just select it when that cannot be). */
function traceFromSelection(store: AppStore, id: string) {
  const s = store.getState();
  const pick = shiftPick(s.selected, id);
  if (!pick) return s.select(id);
  s.setPanelTab('trace');
  s.requestQuery('trace', { ...pick, port: '' });
}

/** Rings the nodes "Find in graph" matches (and what their boxes hold) and fades the rest. */
function syncSearch(cy: Core, text: string, elements: GraphElements): string[] {
  const matches = searchMatches(elements, text);
  cy.batch(() => {
    cy.elements().removeClass('search-match search-dim');
    if (!text.trim()) return;
    const hit = matches.reduce((c, id) => c.union(cy.getElementById(id)), cy.collection());
    const keep = hit.union(hit.descendants()).union(hit.ancestors());
    hit.addClass('search-match');
    cy.nodes()
      .filter((n) => !n.isParent())
      .difference(keep)
      .addClass('search-dim');
    cy.edges()
      .filter((e) => !keep.contains(e.source()) || !keep.contains(e.target()))
      .addClass('search-dim');
  });
  return matches;
}

/** Expands or folds the workload `id`; other nodes ignore it. */
function toggleFold(store: AppStore, id: string | null) {
  if (id?.startsWith('wl:')) store.getState().updateGraphView({ type: 'toggleWorkload', id });
}

function syncSelection(cy: Core, id: string | null) {
  cy.batch(() => {
    cy.$(':selected')
      .filter((e) => e.id() !== id)
      .unselect();
    if (id) cy.getElementById(id).select();
  });
}

const onlySearchChanged = (a: AppState['graphView'], b: AppState['graphView']) =>
  Object.keys(a).every((k) => k === 'search' || a[k as keyof typeof a] === b[k as keyof typeof b]);

/** Creates cy in `container` and keeps it in step with the store until destroyed. */
export function startGraphSession(container: HTMLElement, store: AppStore): GraphSession {
  const css = getComputedStyle(container);
  const cy = cytoscape({
    container,
    style: graphStyle(readGraphTheme((v) => css.getPropertyValue(v))),
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  const memory: LayoutMemory = createLayoutMemory();
  const unbind = bindGraphEvents(cy, {
    select: (id) => store.getState().select(id),
    shiftSelect: (id) => traceFromSelection(store, id),
    hover: (id) => store.getState().hover(id),
    toggle: (id) => toggleFold(store, id),
    enter: () => toggleFold(store, store.getState().selected),
    userMovedViewport: () => (memory.userViewport = true),
  });
  let elements = EMPTY;
  const render = (s: AppState) => {
    if (selectGraphTooLarge(s)) return; // the pane swaps the graph for the table (overview/largeInput)
    elements = elementsOf(s);
    updateGraph(cy, elements, memory);
    syncPolicy(cy, s, elements);
    syncTrace(cy, s, elements);
    syncSearch(cy, s.graphView.search, elements);
    syncSelection(cy, s.selected);
  };
  render(store.getState());
  const unsubscribe = store.subscribe((s, prev) => {
    const view = s.graphView;
    const viewChanged = view !== prev.graphView;
    if (s.result !== prev.result || s.showBuiltins !== prev.showBuiltins) return render(s);
    if (viewChanged && !onlySearchChanged(view, prev.graphView)) return render(s);
    if (view.search !== prev.graphView.search) syncSearch(cy, view.search, elements);
    if (s.policy !== prev.policy) syncPolicy(cy, s, elements);
    if (s.trace !== prev.trace) syncTrace(cy, s, elements);
    if (s.selected !== prev.selected) syncSelection(cy, s.selected);
  });
  registerGraphForTests(() => snapshot(cy));
  const stopTheme = followTheme(cy, store, () => graphThemeOf(container));
  return {
    cy,
    focusSearch: () => {
      const [first, ...rest] = syncSearch(cy, store.getState().graphView.search, elements);
      if (!first) return 0;
      store.getState().select(first);
      memory.userViewport = true;
      cy.animate({ center: { eles: cy.getElementById(first) }, zoom: Math.max(cy.zoom(), 1) });
      return rest.length + 1;
    },
    fit: () => {
      memory.userViewport = false;
      fitView(cy);
    },
    zoomBy: (factor) => {
      memory.userViewport = true;
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    destroy: () => {
      registerGraphForTests(null);
      stopTheme();
      unsubscribe();
      unbind();
      cy.destroy();
    },
  };
}
