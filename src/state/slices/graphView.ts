// How the graph is drawn, as view state (pure): grouping, which workloads show their pods, the
// namespace and object-kind filters, and the "Find in graph" text. The reducer is a plain
// function so the slice stays one line and the rules are tested without a store.

export type GroupBy = 'namespace' | 'node';
/** Object kinds the graph can hide (pods go with their workloads). */
export const KIND_FILTERS = ['workloads', 'services', 'ingresses'] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

export interface GraphView {
  groupBy: GroupBy;
  /** Pods drawn inside their workloads; off (folded) by default, so big inputs stay small. */
  showPods: boolean;
  /** Workload ids (`wl:…`) folded the other way from `showPods`. */
  toggled: string[];
  /** Namespaces filtered out (a list of hidden ones, so new namespaces show up). */
  hiddenNamespaces: string[];
  hiddenKinds: KindFilter[];
  search: string;
}

export type GraphViewAction =
  | { type: 'groupBy'; groupBy: GroupBy }
  | { type: 'showPods'; on: boolean }
  | { type: 'toggleWorkload'; id: string }
  | { type: 'namespace'; name: string; shown: boolean }
  | { type: 'allNamespaces' }
  | { type: 'kind'; kind: KindFilter; shown: boolean }
  | { type: 'search'; text: string };

export const DEFAULT_GRAPH_VIEW: GraphView = {
  groupBy: 'namespace',
  showPods: false,
  toggled: [],
  hiddenNamespaces: [],
  hiddenKinds: [],
  search: '',
};

/** True when the workload `id` is drawn with its pods. */
export function isExpanded(view: GraphView, id: string): boolean {
  return view.showPods !== view.toggled.includes(id);
}

const withItem = <T>(list: T[], item: T, present: boolean): T[] => {
  const rest = list.filter((x) => x !== item);
  return present ? [...rest, item] : rest;
};

/** The next view after `action`; the same object when nothing changes. */
export function reduceGraphView(view: GraphView, action: GraphViewAction): GraphView {
  switch (action.type) {
    case 'groupBy':
      return view.groupBy === action.groupBy ? view : { ...view, groupBy: action.groupBy };
    case 'showPods':
      // The global switch wins over every per-workload choice made before it.
      return { ...view, showPods: action.on, toggled: [] };
    case 'toggleWorkload':
      return {
        ...view,
        toggled: withItem(view.toggled, action.id, !view.toggled.includes(action.id)),
      };
    case 'namespace':
      return {
        ...view,
        hiddenNamespaces: withItem(view.hiddenNamespaces, action.name, !action.shown),
      };
    case 'allNamespaces':
      return view.hiddenNamespaces.length ? { ...view, hiddenNamespaces: [] } : view;
    case 'kind':
      return { ...view, hiddenKinds: withItem(view.hiddenKinds, action.kind, !action.shown) };
    case 'search':
      return view.search === action.text ? view : { ...view, search: action.text };
  }
}
