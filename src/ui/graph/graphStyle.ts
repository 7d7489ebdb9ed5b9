// The graph's look (pure): a Cytoscape stylesheet built from a theme, and the theme read from CSS
// variables so the app's light (and, in issue 5, dark) palette drive the graph too. Services are
// coloured by type; built-in objects are faded; namespaces and workloads are labelled boxes; a
// trace's path is drawn over it all (green allowed, red denied; traceHighlight.ts adds the classes).
import type { StylesheetJson } from 'cytoscape';
import { policyStyles } from './policyStyle';
import { entryStyles, kindStyles, searchStyles } from './graphStyleKinds';

export interface GraphTheme {
  font: string;
  /** The canvas behind the graph (hollow shapes and exported images use it). */
  background: string;
  /** The ring around pods that separates them from what they sit on. */
  podRing: string;
  text: string;
  textMuted: string;
  namespaceFill: string;
  namespaceBorder: string;
  workloadFill: string;
  workloadBorder: string;
  podReady: string;
  podNotReady: string;
  podPending: string;
  edge: string;
  edgeNotReady: string;
  selection: string;
  clusterIp: string;
  nodePort: string;
  loadBalancer: string;
  externalName: string;
  traceAllowed: string;
  traceDenied: string;
  tracePath: string;
  ingress: string;
  nodeBoxFill: string;
  nodeBoxBorder: string;
  entryEdge: string;
  routeEdge: string;
  policyEdge: string;
  searchMatch: string;
  /** Behind edge labels, so they stay legible over lines. */
  labelBackground: string;
}

export const LIGHT_GRAPH_THEME: GraphTheme = {
  font: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  background: '#ffffff',
  podRing: '#ffffff',
  text: '#1e293b',
  textMuted: '#64748b',
  namespaceFill: '#f8fafc',
  namespaceBorder: '#cbd5e1',
  workloadFill: '#ffffff',
  workloadBorder: '#a5b4c8',
  podReady: '#16a34a',
  podNotReady: '#d97706',
  podPending: '#94a3b8',
  edge: '#94a3b8',
  edgeNotReady: '#d97706',
  selection: '#0284c7',
  clusterIp: '#2563eb',
  nodePort: '#c2410c',
  loadBalancer: '#7c3aed',
  externalName: '#475569',
  traceAllowed: '#15803d',
  traceDenied: '#dc2626',
  tracePath: '#0b66d6',
  ingress: '#0f766e',
  nodeBoxFill: '#fbfaf5',
  nodeBoxBorder: '#c9b98a',
  entryEdge: '#64748b',
  routeEdge: '#0f766e',
  policyEdge: '#16a34a',
  searchMatch: '#f59e0b',
  labelBackground: '#ffffff',
};

/** The CSS custom property each theme key is read from, e.g. `--graph-pod-ready`. */
export function themeVariable(key: keyof GraphTheme): string {
  return `--graph-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Reads the theme from CSS variables (via `get`), falling back key by key. */
export function readGraphTheme(
  get: (variable: string) => string,
  fallback: GraphTheme = LIGHT_GRAPH_THEME,
): GraphTheme {
  const theme = { ...fallback };
  for (const key of Object.keys(fallback) as (keyof GraphTheme)[]) {
    const value = get(themeVariable(key)).trim();
    if (value) theme[key] = value;
  }
  return theme;
}

/**
 * Below this rendered size (px) labels are hidden rather than smeared: zoomed far out the shapes
 * and colours carry the picture. Names are cut short in toElements, so no label runs wide.
 */
export const MIN_ZOOMED_FONT_SIZE = 8;

export const label = (t: GraphTheme, size: number) => ({
  label: 'data(label)',
  'font-family': t.font,
  'font-size': size,
  color: t.text,
  'text-wrap': 'wrap' as const,
  'text-max-width': '240px',
  'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
});

function boxStyles(t: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'node.namespace',
      style: {
        ...label(t, 17),
        'font-weight': 'bold',
        shape: 'round-rectangle',
        'background-color': t.namespaceFill,
        'border-color': t.namespaceBorder,
        'border-width': 1.5,
        padding: '22px',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        color: t.text,
      },
    },
    { selector: 'node.namespace.implicit', style: { 'border-style': 'dashed' } },
    {
      selector: 'node.workload',
      style: {
        ...label(t, 13),
        shape: 'round-rectangle',
        'background-color': t.workloadFill,
        'border-color': t.workloadBorder,
        'border-width': 1,
        padding: '14px',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        color: t.textMuted,
      },
    },
  ];
}

function podAndServiceStyles(t: GraphTheme): StylesheetJson {
  const svc = (type: string, color: string) => ({
    selector: `node.service.svc-${type}`,
    style: { 'background-color': color, 'border-color': color },
  });
  return [
    {
      selector: 'node.pod',
      style: {
        ...label(t, 12.5),
        shape: 'ellipse',
        width: 26,
        height: 26,
        'background-color': t.podReady,
        'border-width': 2,
        'border-color': t.podRing,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        color: t.text,
      },
    },
    { selector: 'node.pod.not-ready', style: { 'background-color': t.podNotReady } },
    { selector: 'node.pod.pending', style: { 'background-color': t.podPending } },
    {
      selector: 'node.pod.hypothetical',
      style: { 'border-style': 'dashed', 'border-color': t.textMuted },
    },
    {
      selector: 'node.service',
      style: {
        ...label(t, 13),
        shape: 'round-hexagon',
        width: 38,
        height: 34,
        'border-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'font-weight': 'bold',
      },
    },
    svc('clusterip', t.clusterIp),
    svc('nodeport', t.nodePort),
    svc('loadbalancer', t.loadBalancer),
    svc('externalname', t.externalName),
    {
      selector: 'node.service.headless',
      style: { 'background-color': t.background, 'border-style': 'dashed' },
    },
    { selector: 'node.service.no-endpoints', style: { 'background-opacity': 0.35 } },
  ];
}

function edgeAndStateStyles(t: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'edge.endpoint',
      style: {
        width: 1.5,
        'line-color': t.edge,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': t.edge,
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'edge.endpoint.not-ready',
      style: {
        'line-style': 'dashed',
        'line-color': t.edgeNotReady,
        'target-arrow-color': t.edgeNotReady,
      },
    },
    { selector: '.builtin', style: { opacity: 0.5 } },
  ];
}

function selectionStyles(t: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'node:selected',
      style: {
        'border-color': t.selection,
        'border-width': 3,
        'underlay-color': t.selection,
        'underlay-opacity': 0.15,
        'underlay-padding': 6,
      },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': t.selection, 'target-arrow-color': t.selection, width: 2.5 },
    },
  ];
}

const halo = (color: string, padding = 7) => ({
  'underlay-color': color,
  'underlay-opacity': 0.28,
  'underlay-padding': padding,
});

/** The outside-world node and a trace's path, source, Services and endpoint verdicts. */
export function traceStyles(t: GraphTheme): StylesheetJson {
  const edge = (color: string) => ({ 'line-color': color, 'target-arrow-color': color });
  return [
    {
      selector: 'node.external',
      style: {
        ...label(t, 13),
        shape: 'round-diamond',
        width: 36,
        height: 36,
        'background-color': t.externalName,
        'text-valign': 'bottom',
        'text-margin-y': 5,
      },
    },
    { selector: '.trace-dim', style: { opacity: 0.3 } },
    {
      selector: 'node.trace-source',
      style: { 'border-color': t.tracePath, 'border-width': 4, ...halo(t.tracePath) },
    },
    { selector: 'node.trace-via', style: halo(t.tracePath) },
    {
      selector: 'node.trace-allowed',
      style: { 'border-color': t.traceAllowed, 'border-width': 4, ...halo(t.traceAllowed) },
    },
    {
      selector: 'node.trace-denied',
      style: { 'border-color': t.traceDenied, 'border-width': 4, ...halo(t.traceDenied) },
    },
    {
      selector: 'edge.trace-edge',
      style: {
        width: 3,
        'curve-style': 'bezier',
        'line-style': 'dashed',
        'target-arrow-shape': 'triangle',
        ...edge(t.tracePath),
      },
    },
    { selector: 'edge.trace-path', style: { width: 3, ...edge(t.tracePath) } },
    { selector: 'edge.trace-allowed', style: edge(t.traceAllowed) },
    { selector: 'edge.trace-denied', style: edge(t.traceDenied) },
  ];
}

/** The whole stylesheet; later rules win, so state styles come last. */
export function graphStyle(theme: GraphTheme = LIGHT_GRAPH_THEME): StylesheetJson {
  return [
    ...boxStyles(theme),
    ...podAndServiceStyles(theme),
    ...edgeAndStateStyles(theme),
    ...policyStyles(theme),
    ...kindStyles(theme),
    ...entryStyles(theme),
    ...searchStyles(theme),
    ...traceStyles(theme),
    ...selectionStyles(theme),
  ];
}
