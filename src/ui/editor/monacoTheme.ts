// Monaco's colours, taken from the app's CSS variables so the editor sits in the page like the
// other panes, in either theme (Monaco cannot read CSS variables itself, and wants hex colours).
// Also makes the current-line highlight deliberate: a faint band, no grey box (Monaco's own
// themes draw a border around the cursor line). Syntax colours stay Monaco's vs / vs-dark.
import type { editor } from 'monaco-editor/esm/vs/editor/editor.api';

export type EditorTheme = 'light' | 'dark';

/** Monaco colour id → the CSS variable it comes from (an alpha suffix may follow the hex). */
const COLOURS: [string, string, string?][] = [
  ['editor.background', '--surface'],
  ['editor.foreground', '--text'],
  ['editorGutter.background', '--surface'],
  ['editorLineNumber.foreground', '--text-muted'],
  ['editorLineNumber.activeForeground', '--text'],
  ['editor.lineHighlightBackground', '--accent', '0d'],
  ['editor.lineHighlightBorder', '--accent', '00'],
  ['editorCursor.foreground', '--accent'],
  ['editor.selectionBackground', '--accent', '40'],
  ['editor.inactiveSelectionBackground', '--accent', '24'],
  ['editorIndentGuide.background1', '--border'],
  ['editorIndentGuide.activeBackground1', '--border-strong'],
  ['editorWidget.background', '--surface-2'],
  ['editorWidget.border', '--border-strong'],
  ['editorHoverWidget.background', '--surface-2'],
  ['editorHoverWidget.border', '--border-strong'],
  ['editorSuggestWidget.background', '--surface-2'],
  ['editorSuggestWidget.border', '--border-strong'],
  ['editorSuggestWidget.selectedBackground', '--hover'],
  ['editorError.foreground', '--error'],
  ['editorWarning.foreground', '--warning'],
  ['editorInfo.foreground', '--info'],
  ['focusBorder', '--focus'],
  ['scrollbarSlider.background', '--border-strong', '80'],
  ['scrollbarSlider.hoverBackground', '--border-hover', 'a0'],
];

const HEX6 = /^#[0-9a-f]{6}$/i;

/** The theme's name as registered with Monaco. */
export const monacoThemeName = (theme: EditorTheme) => `podpath-${theme}`;

/** Monaco theme data from the CSS variables (`read`); values that are not #rrggbb are skipped. */
export function monacoThemeData(
  theme: EditorTheme,
  read: (variable: string) => string,
): editor.IStandaloneThemeData {
  const colors: Record<string, string> = {};
  for (const [id, variable, alpha = ''] of COLOURS) {
    const value = read(variable).trim();
    if (HEX6.test(value)) colors[id] = value + alpha;
  }
  return { base: theme === 'dark' ? 'vs-dark' : 'vs', inherit: true, rules: [], colors };
}
