// graphStyle: every element class has a rule, service types differ, state rules come last, and
// the theme can be read from CSS variables.
import { describe, expect, it } from 'vitest';
import { graphStyle, LIGHT_GRAPH_THEME, readGraphTheme, themeVariable } from './graphStyle';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = () => graphStyle() as Rule[];
const rule = (selector: string) => rules().find((r) => r.selector === selector)!;

describe('graphStyle', () => {
  it('has a rule for each kind of element the graph draws', () => {
    const selectors = rules().map((r) => r.selector);
    for (const s of [
      'node.namespace',
      'node.workload',
      'node.pod',
      'node.service',
      'edge.endpoint',
    ]) {
      expect(selectors).toContain(s);
    }
  });

  it('colours each Service type differently', () => {
    const colours = ['clusterip', 'nodeport', 'loadbalancer', 'externalname'].map(
      (t) => rule(`node.service.svc-${t}`).style['background-color'],
    );
    expect(new Set(colours).size).toBe(4);
  });

  it('fades built-ins and styles not-ready pods and endpoints', () => {
    expect(rule('.builtin').style.opacity).toBeLessThan(1);
    expect(rule('node.pod.not-ready').style['background-color']).toBe(
      LIGHT_GRAPH_THEME.podNotReady,
    );
    expect(rule('edge.endpoint.not-ready').style['line-style']).toBe('dashed');
  });

  it('puts selection last so it wins', () => {
    const selectors = rules().map((r) => r.selector);
    expect(selectors.indexOf('node:selected')).toBeGreaterThan(selectors.indexOf('node.service'));
    expect(selectors.indexOf('node:selected')).toBeGreaterThan(selectors.indexOf('.builtin'));
  });

  it('uses the theme it is given', () => {
    const theme = { ...LIGHT_GRAPH_THEME, clusterIp: '#123456' };
    const r = (graphStyle(theme) as Rule[]).find(
      (x) => x.selector === 'node.service.svc-clusterip',
    )!;
    expect(r.style['background-color']).toBe('#123456');
  });
});

describe('trace styles', () => {
  it('colour allowed green and denied red, dim the rest, and leave selection last', () => {
    expect(rule('node.trace-allowed').style['border-color']).toBe(LIGHT_GRAPH_THEME.traceAllowed);
    expect(rule('node.trace-denied').style['border-color']).toBe(LIGHT_GRAPH_THEME.traceDenied);
    expect(rule('edge.trace-denied').style['line-color']).toBe(LIGHT_GRAPH_THEME.traceDenied);
    expect(rule('.trace-dim').style.opacity).toBeLessThan(1);
    expect(rule('node.external').style.shape).toBeDefined();
    const selectors = rules().map((r) => r.selector);
    expect(selectors.indexOf('node:selected')).toBeGreaterThan(selectors.indexOf('.trace-dim'));
  });
});

describe('readGraphTheme', () => {
  it('maps keys to --graph-* variables and falls back key by key', () => {
    expect(themeVariable('podNotReady')).toBe('--graph-pod-not-ready');
    expect(themeVariable('clusterIp')).toBe('--graph-cluster-ip');
    const theme = readGraphTheme((v) => (v === '--graph-edge' ? ' #010203 ' : ''));
    expect(theme.edge).toBe('#010203');
    expect(theme.text).toBe(LIGHT_GRAPH_THEME.text);
  });
});
