// The policy view's edges (pure stylesheet part, merged by graphStyle.ts): arrows in the
// "allowed" colour with their ports as a label on a plate, dashed when only some pods may pass.
// Drawn under a trace (a trace's rules come later and win).
import type { StylesheetJson } from 'cytoscape';
import type { GraphTheme } from './graphStyle';

export function policyStyles(t: GraphTheme): StylesheetJson {
  return [
    {
      selector: 'edge.policy',
      style: {
        width: 1.8,
        'curve-style': 'bezier',
        'line-color': t.traceAllowed,
        'target-arrow-color': t.traceAllowed,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        opacity: 0.85,
        label: 'data(label)',
        'font-family': t.font,
        'font-size': 10,
        color: t.text,
        'text-background-color': t.workloadFill,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'text-border-color': t.traceAllowed,
        'text-border-width': 1,
        'text-border-opacity': 0.6,
        'min-zoomed-font-size': 5,
      },
    },
    { selector: 'edge.policy-partial', style: { 'line-style': 'dashed' } },
  ];
}
