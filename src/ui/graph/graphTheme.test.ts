import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { LIGHT_GRAPH_THEME, type GraphTheme } from './graphStyle';
import { followTheme } from './graphTheme';
import { graphStyle } from './graphStyle';

const DARK: GraphTheme = { ...LIGHT_GRAPH_THEME, podReady: '#22c55e', text: '#e2e8f0' };

function graphWithOnePod() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle(LIGHT_GRAPH_THEME),
    elements: [{ data: { id: 'pod:a', label: 'a' }, classes: 'pod' }],
  });
}

describe('followTheme', () => {
  it('redraws the graph in the new theme as soon as the theme changes', () => {
    const store = createAppStore();
    const cy = graphWithOnePod();
    let palette = LIGHT_GRAPH_THEME;
    followTheme(cy, store, () => palette);
    const pod = cy.getElementById('pod:a');
    expect(pod.style('background-color')).toBe('rgb(22,163,74)');

    palette = DARK;
    store.getState().setThemeChoice('dark');
    expect(pod.style('background-color')).toBe('rgb(34,197,94)');
    expect(pod.style('color')).toBe('rgb(226,232,240)');
  });

  it('leaves the graph alone on changes that keep the theme, and stops when asked', () => {
    const store = createAppStore();
    const cy = graphWithOnePod();
    let reads = 0;
    const stop = followTheme(cy, store, () => (reads++, DARK));
    store.getState().setThemeChoice('light'); // System was light already
    expect(reads).toBe(0);
    stop();
    store.getState().setThemeChoice('dark');
    expect(reads).toBe(0);
    expect(cy.getElementById('pod:a').style('background-color')).toBe('rgb(22,163,74)');
  });
});
