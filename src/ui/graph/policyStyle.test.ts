// The policy edge style follows the theme and marks partial edges apart.
import { describe, expect, it } from 'vitest';
import { LIGHT_GRAPH_THEME, graphStyle } from './graphStyle';
import { policyStyles } from './policyStyle';

describe('policyStyles', () => {
  it('draws allowed arrows in the theme colour, dashed when partial, inside the whole sheet', () => {
    const theme = { ...LIGHT_GRAPH_THEME, traceAllowed: '#00aa00' };
    const rules = policyStyles(theme) as { selector: string; style: Record<string, unknown> }[];
    const rule = (sel: string) => rules.find((r) => r.selector === sel)!.style;
    expect(rule('edge.policy')['line-color']).toBe('#00aa00');
    expect(rule('edge.policy')['target-arrow-shape']).toBe('triangle');
    expect(rule('edge.policy')['label']).toBe('data(label)');
    expect(rule('edge.policy-partial')['line-style']).toBe('dashed');
    const sheet = graphStyle() as { selector: string }[];
    const at = (sel: string) => sheet.findIndex((r) => r.selector === sel);
    expect(at('edge.policy')).toBeGreaterThan(-1);
    expect(at('edge.policy')).toBeLessThan(at('edge.trace-edge'));
  });
});
