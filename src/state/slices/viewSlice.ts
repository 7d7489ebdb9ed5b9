// How things are shown: built-in objects on or off, the editor/graph split, the side panel's tab,
// and requests to reveal a line in the editor (a rising seq, so asking twice for the same line
// works twice).
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';
import {
  DEFAULT_GRAPH_VIEW,
  reduceGraphView,
  type GraphView,
  type GraphViewAction,
} from './graphView';

export interface RevealRequest {
  file?: string;
  line: number;
  column?: number;
  seq: number;
}

/** The side panel's tabs, in order. */
export const PANEL_TABS = ['inspect', 'trace', 'dns', 'matrix'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface ViewSlice {
  /** Show the cluster's own objects (CoreDNS, kube-dns, kubernetes); off by default. */
  showBuiltins: boolean;
  /** Editor pane width as a fraction of the window. */
  split: number;
  reveal: RevealRequest | null;
  panelTab: PanelTab;
  /** Grouping, folding, filters and search of the graph (graphView.ts). */
  graphView: GraphView;
  updateGraphView(action: GraphViewAction): void;
  setPanelTab(tab: PanelTab): void;
  setShowBuiltins(on: boolean): void;
  setSplit(fraction: number): void;
  revealLine(line: number, file?: string, column?: number): void;
}

/** The editor's default share: enough for YAML, leaving the graph room to be read from afar. */
export const DEFAULT_SPLIT = 0.34;
export const SPLIT_MIN = 0.2;
export const SPLIT_MAX = 0.8;

/** Keeps the split where both panes stay usable. */
export function clampSplit(fraction: number): number {
  if (!Number.isFinite(fraction)) return DEFAULT_SPLIT;
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, fraction));
}

/** The next reveal request: same place or not, it gets a new seq. */
export function nextReveal(
  prev: RevealRequest | null,
  line: number,
  file?: string,
  column?: number,
): RevealRequest {
  return { file, line: Math.max(1, Math.floor(line)), column, seq: (prev?.seq ?? 0) + 1 };
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  showBuiltins: false,
  split: DEFAULT_SPLIT,
  reveal: null,
  panelTab: 'inspect',
  graphView: DEFAULT_GRAPH_VIEW,
  updateGraphView: (action) => set((s) => ({ graphView: reduceGraphView(s.graphView, action) })),
  setPanelTab: (panelTab) => set({ panelTab }),
  setShowBuiltins: (showBuiltins) => set({ showBuiltins }),
  setSplit: (fraction) => set({ split: clampSplit(fraction) }),
  revealLine: (line, file, column) =>
    set((s) => ({ reveal: nextReveal(s.reveal, line, file, column) })),
});
