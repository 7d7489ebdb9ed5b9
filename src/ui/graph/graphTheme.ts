// Keeps the graph in the app's theme: when the theme in force changes, the stylesheet is rebuilt
// from the --graph-* CSS variables (themeSync.ts has switched them by then) and re-applied at once.
// Also lets the e2e hook read the colours an element is drawn with. What the graph looks like
// stays in graphStyle.ts.
import type { Core } from 'cytoscape';
import { selectTheme } from '../../state/selectors';
import type { AppStore } from '../../state/store';
import { registerGraphColorsForTests } from '../app/e2eHook';
import { graphStyle, readGraphTheme, type GraphTheme } from './graphStyle';

/** The graph theme as the CSS variables in force at `el` define it. */
export function graphThemeOf(el: Element): GraphTheme {
  const css = getComputedStyle(el);
  return readGraphTheme((v) => css.getPropertyValue(v));
}

/** Restyles `cy` whenever the theme changes (`read` gives the new theme); returns stop. */
export function followTheme(cy: Core, store: AppStore, read: () => GraphTheme): () => void {
  const unsubscribe = store.subscribe((s, prev) => {
    if (selectTheme(s) !== selectTheme(prev)) cy.style(graphStyle(read()));
  });
  registerGraphColorsForTests((id) => {
    const el = cy.getElementById(id);
    if (el.empty()) return null;
    const color = (p: string) => String(el.style(p));
    return el.isNode()
      ? { fill: color('background-color'), border: color('border-color'), label: color('color') }
      : { fill: color('line-color'), border: color('line-color'), label: color('color') };
  });
  return () => {
    registerGraphColorsForTests(null);
    unsubscribe();
  };
}
