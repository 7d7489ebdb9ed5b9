// Both themes' text stays readable: WCAG AA contrast (4.5:1 for text, 3:1 for graphics) between
// the colour variables in theme.css, read from the stylesheet itself so a palette change that
// breaks contrast fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read as text: Vitest does not load stylesheets through imports.
const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

type Palette = Record<string, string>;

function variablesIn(block: string): Palette {
  const vars: Palette = {};
  for (const m of block.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) vars[m[1]] = m[2];
  return vars;
}

function blockAfter(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in theme.css`);
  return css.slice(start, css.indexOf('\n}', start));
}

const light = variablesIn(blockAfter(':root'));
const dark = { ...light, ...variablesIn(blockAfter("html[data-theme='dark']")) };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_ON_SURFACES = [
  '--text',
  '--text-muted',
  '--brand',
  '--accent',
  '--error',
  '--warning',
  '--info',
  '--ok-text',
];
const SURFACES = ['--surface', '--surface-2', '--bg'];
const PAIRS: [string, string, number][] = [
  ...TEXT_ON_SURFACES.flatMap((fg) =>
    SURFACES.map((bg): [string, string, number] => [fg, bg, 4.5]),
  ),
  ['--text', '--hover', 4.5],
  ['--text', '--accent-soft', 4.5],
  ['--text-muted', '--hover', 4.5],
  ['--on-fill', '--accent-fill', 4.5],
  ['--on-fill', '--accent-fill-hover', 4.5],
  ['--on-fill', '--error-fill', 4.5],
  ['--on-fill', '--error-fill-hover', 4.5],
  ['--surface', '--error', 4.5], // the problem list's icons
  ['--surface', '--warning', 4.5],
  ['--surface', '--info', 4.5],
  ['--ok-text', '--ok-soft', 4.5], // badges and matrix cells
  ['--error', '--error-soft', 4.5],
  ['--graph-text', '--graph-background', 4.5],
  ['--graph-text', '--graph-namespace-fill', 4.5],
  ['--graph-text-muted', '--graph-workload-fill', 4.5],
  ['--graph-edge', '--graph-background', 3],
  ['--graph-trace-allowed', '--graph-background', 3],
  ['--graph-trace-denied', '--graph-background', 3],
  ['--graph-trace-path', '--graph-background', 3],
  ['--focus', '--surface', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, palette) => {
  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, min) => {
    expect(palette[fg], fg).toMatch(/^#/);
    expect(palette[bg], bg).toMatch(/^#/);
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(min);
  });
});

it('the dark theme redefines every colour the light one sets', () => {
  const own = variablesIn(blockAfter("html[data-theme='dark']"));
  const missing = Object.keys(light).filter((k) => !(k in own) && !k.startsWith('--brand-mark'));
  expect(missing).toEqual([]);
});
