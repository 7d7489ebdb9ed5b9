// Keeps the graph in the app's theme: when the theme in force changes, the stylesheet is rebuilt
// from the --graph-* CSS variables (themeSync.ts has switched them by then) and re-applied at once.
// Also lets the e2e hook read the colours an element is drawn with. What the graph looks like
// stays in graphStyle.ts.
import type { Core } from 'cytoscape';
import { selectTheme } from '../../state/selectors';
import type { AppStore } from '../../state/store';
import { registerGraphProbeForTests, type GraphProbe } from '../app/e2eHook';
import { graphStyle, readGraphTheme, type GraphTheme } from './graphStyle';

/** The graph theme as the CSS variables in force at `el` define it. */
export function graphThemeOf(el: Element): GraphTheme {
  const css = getComputedStyle(el);
  return readGraphTheme((v) => css.getPropertyValue(v));
}

/** The e2e hook's view of drawn colours (and its label writer, for the export tests). */
function graphProbe(cy: Core): GraphProbe {
  return {
    colors: (id) => {
      const el = cy.getElementById(id);
      if (el.empty()) return null;
      const color = (p: string) => String(el.style(p));
      const fill = color(el.isNode() ? 'background-color' : 'line-color');
      const border = color(el.isNode() ? 'border-color' : 'line-color');
      return { fill, border, label: color('color') };
    },
    relabel: (id, label) => cy.getElementById(id).data('label', label).nonempty(),
  };
}

/** Restyles `cy` whenever the theme changes (`read` gives the new theme); returns stop. */
export function followTheme(cy: Core, store: AppStore, read: () => GraphTheme): () => void {
  const unsubscribe = store.subscribe((s, prev) => {
    if (selectTheme(s) !== selectTheme(prev)) cy.style(graphStyle(read()));
  });
  registerGraphProbeForTests(graphProbe(cy));
  return () => {
    registerGraphProbeForTests(null);
    unsubscribe();
  };
}
