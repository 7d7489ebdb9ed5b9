// The end-to-end test hook. Installed ONLY when the page URL has `?e2e`, because Playwright runs
// against the production build. It exposes data, never code: set the editor text, read the
// analysis status, the graph's element ids/classes and the editor markers. Nothing evaluates
// strings. Components register their parts here; without `?e2e` registering does nothing.
import { appStore } from '../../state/store';

export interface GraphSnapshot {
  nodes: {
    id: string;
    parent: string | null;
    classes: string[];
    label: string;
    /** Full name (the label may be cut short). */
    name: string;
    /** Position on the canvas, in CSS pixels from its top-left corner. */
    at: { x: number; y: number };
  }[];
  edges: { id: string; source: string; target: string; classes: string[] }[];
  zoom: number;
}
export interface MarkerSnapshot {
  owner: string;
  line: number;
  severity: number;
  message: string;
}
interface EditorAccess {
  setValue(text: string): void;
  getValue(): string;
  markers(): MarkerSnapshot[];
  /** True once the Kubernetes schema is in monaco-yaml. */
  schemaLoaded(): boolean;
  cursor(): EditorCursor;
}
/** The colours a graph element is drawn with, as Cytoscape reports them (`rgb(r,g,b)`). */
export interface GraphColors {
  fill: string;
  border: string;
  label: string;
}
export interface EditorCursor {
  line: number | null;
  /** First and last visible lines. */
  visible: [number, number] | null;
}

/** What `window.__podpath` offers the tests. */
export interface PodpathTestHook {
  setText(text: string): void;
  getText(): string;
  status(): { status: string; rev: number; resultRev: number; ms: number | null };
  graph(): GraphSnapshot | null;
  markers(): MarkerSnapshot[];
  /** Where the editor's cursor is and which lines show. */
  cursor(): EditorCursor;
  /** Selects a graph element by id (null clears), as a click would. */
  select(id: string | null): void;
  ready(): { editor: boolean; graph: boolean; schema: boolean };
  /** How a graph element is drawn right now (null when there is no such element). */
  graphColors(id: string): GraphColors | null;
  /**
   * Gives a graph element a label directly, as free text from manifests would arrive (no valid
   * name can carry markup today), to prove exports keep labels as text. False: no such element.
   */
  relabel(id: string, label: string): boolean;
}
/** What the graph registers for the hook beyond its snapshot. */
export interface GraphProbe {
  colors(id: string): GraphColors | null;
  relabel(id: string, label: string): boolean;
}

declare global {
  interface Window {
    __podpath?: PodpathTestHook;
  }
}

let enabled = false;
let editor: EditorAccess | null = null;
let graph: (() => GraphSnapshot) | null = null;
let graphProbe: GraphProbe | null = null;

/** True when the page was opened with `?e2e`. */
export function isE2eUrl(search: string): boolean {
  return new URLSearchParams(search).has('e2e');
}

export function registerEditorForTests(access: EditorAccess | null) {
  if (enabled) editor = access;
}

export function registerGraphForTests(snapshot: (() => GraphSnapshot) | null) {
  if (enabled) graph = snapshot;
}

export function registerGraphProbeForTests(probe: GraphProbe | null) {
  if (enabled) graphProbe = probe;
}

/** Installs `window.__podpath` when the URL asks for it. */
export function installTestHook(search: string = window.location.search) {
  if (!isE2eUrl(search)) return;
  enabled = true;
  window.__podpath = {
    // Through the editor model when it exists, so the path is the same as typing.
    setText: (text) => (editor ? editor.setValue(text) : appStore.getState().setText(text)),
    getText: () => editor?.getValue() ?? '',
    status: () => {
      const { status, rev, resultRev, ms } = appStore.getState();
      return { status, rev, resultRev, ms };
    },
    graph: () => graph?.() ?? null,
    markers: () => editor?.markers() ?? [],
    cursor: () => editor?.cursor() ?? { line: null, visible: null },
    select: (id) => appStore.getState().select(typeof id === 'string' ? id : null),
    ready: () => ({
      editor: editor !== null,
      graph: graph !== null,
      schema: editor?.schemaLoaded() ?? false,
    }),
    graphColors: (id) => (typeof id === 'string' ? (graphProbe?.colors(id) ?? null) : null),
    relabel: (id, label) => graphProbe?.relabel(String(id), String(label)) ?? false,
  };
}
