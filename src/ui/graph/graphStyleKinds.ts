// The graph's look for what issue 5 added (pure): folded workloads (a card with kind, name and
// readiness), Ingresses, Kubernetes Node boxes, labelled Ingress → Service routes, dashed
// entry edges from the outside world, and "Find in graph"
// (matches ringed, the rest dimmed). graphStyle.ts assembles these with the rest.
import type { StylesheetJson } from 'cytoscape';
import { label, type GraphTheme } from './graphStyle';

const edgeLabel = (t: GraphTheme, color: string) => ({
  label: 'data(label)',
  'font-family': t.font,
  'font-size': 11,
  color,
  'text-wrap': 'wrap' as const,
  'text-background-color': t.labelBackground,
  'text-background-opacity': 0.85,
  'text-background-padding': '2px',
  'text-background-shape': 'roundrectangle' as const,
  'min-zoomed-font-size': 8,
});

/** Folded workloads, Ingresses and Kubernetes Node boxes. */
export function kindStyles(t: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'node.workload.folded',
      style: {
        ...label(t, 13),
        width: 'data(width)',
        height: 58,
        padding: '0px',
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-y': 0,
        'line-height': 1.25,
        color: t.text,
        'border-width': 1.5,
        'border-color': t.podReady,
      },
    },
    { selector: 'node.workload.folded.not-ready', style: { 'border-color': t.podNotReady } },
    {
      selector: 'node.ingress',
      style: {
        ...label(t, 13),
        shape: 'round-tag',
        width: 40,
        height: 32,
        'background-color': t.ingress,
        'border-color': t.ingress,
        'border-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.ingress.unserved', style: { 'background-opacity': 0.35 } },
    {
      selector: 'node.k8snode',
      style: {
        ...label(t, 15),
        'font-weight': 'bold',
        shape: 'rectangle',
        'background-color': t.nodeBoxFill,
        'border-color': t.nodeBoxBorder,
        'border-width': 2,
        'border-style': 'double',
        padding: '20px',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
      },
    },
    { selector: 'node.k8snode.unscheduled', style: { 'border-style': 'dashed' } },
  ];
}

/** Routes and entry edges (`policy` edges are styled by policyStyle.ts). */
export function entryStyles(t: GraphTheme): StylesheetJson {
  const line = (color: string) => ({
    'line-color': color,
    'target-arrow-color': color,
    'target-arrow-shape': 'triangle' as const,
    'curve-style': 'bezier' as const,
    'arrow-scale': 0.9,
  });
  return [
    {
      selector: 'edge.route',
      style: { ...line(t.routeEdge), ...edgeLabel(t, t.routeEdge), width: 2 },
    },
    {
      selector: 'edge.entry',
      style: {
        ...line(t.entryEdge),
        ...edgeLabel(t, t.textMuted),
        width: 1.5,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
      },
    },
  ];
}

/** "Find in graph": matches ringed, everything else faded. */
export function searchStyles(t: GraphTheme): StylesheetJson {
  return [
    { selector: '.search-dim', style: { opacity: 0.25 } },
    {
      selector: 'node.search-match',
      style: {
        'underlay-color': t.searchMatch,
        'underlay-opacity': 0.45,
        'underlay-padding': 8,
      },
    },
  ];
}
