import { describe, expect, it } from 'vitest';
import { monacoThemeData, monacoThemeName } from './monacoTheme';

const DARK_VARS: Record<string, string> = {
  '--surface': '#131a23',
  '--text': ' #e2e8f0 ',
  '--accent': '#6aa6ff',
  '--text-muted': 'rgb(1, 2, 3)',
};
const read = (v: string) => DARK_VARS[v] ?? '';

describe('Monaco theme', () => {
  it('builds on vs-dark for the dark theme and vs for the light one', () => {
    expect(monacoThemeData('dark', read).base).toBe('vs-dark');
    expect(monacoThemeData('light', read).base).toBe('vs');
    expect(monacoThemeName('dark')).toBe('podpath-dark');
  });

  it('paints the editor with the page surface and text colours', () => {
    const { colors } = monacoThemeData('dark', read);
    expect(colors['editor.background']).toBe('#131a23');
    expect(colors['editorGutter.background']).toBe('#131a23');
    expect(colors['editor.foreground']).toBe('#e2e8f0');
  });

  it('marks the current line with a faint accent band and no box around it', () => {
    const { colors } = monacoThemeData('dark', read);
    expect(colors['editor.lineHighlightBackground']).toBe('#6aa6ff0d');
    expect(colors['editor.lineHighlightBorder']).toBe('#6aa6ff00');
  });

  it('leaves out values Monaco cannot take, so its own default applies', () => {
    const { colors } = monacoThemeData('dark', read);
    expect(colors).not.toHaveProperty('editorLineNumber.foreground');
    expect(colors).not.toHaveProperty('editorWidget.background');
  });
});
