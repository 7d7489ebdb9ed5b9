// Engine diagnostics → Monaco marker data (pure; no Monaco import, so it runs in Node tests).
// One owner ('podpath') for all of them, so they never clash with monaco-yaml's schema markers.
import type { Diagnostic, Severity } from '../../engine/index';

export const MARKER_OWNER = 'podpath';

/** The numeric values of monaco.MarkerSeverity (stable across Monaco releases). */
export const MarkerSeverity = { Hint: 1, Info: 2, Warning: 4, Error: 8 } as const;

export interface MarkerData {
  severity: number;
  message: string;
  code?: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

const SEVERITY: Record<Severity, number> = {
  error: MarkerSeverity.Error,
  warning: MarkerSeverity.Warning,
  info: MarkerSeverity.Info,
};

/** The editor's view of the text: how many lines, and where each line ends (1-based columns). */
export interface TextShape {
  lineCount: number;
  lineMaxColumn(line: number): number;
}

/**
 * Markers for the diagnostics of one file. Diagnostics with no line, or about another file, are
 * left out (the diagnostics list still shows them); lines past the end are clamped to the last.
 */
export function toMarkers(
  diagnostics: readonly Diagnostic[],
  file: string,
  text: TextShape,
): MarkerData[] {
  const markers: MarkerData[] = [];
  for (const d of diagnostics) {
    if (d.line === undefined || (d.file !== undefined && d.file !== file)) continue;
    const line = Math.min(Math.max(1, d.line), Math.max(1, text.lineCount));
    const end = text.lineMaxColumn(line);
    const start = Math.min(Math.max(1, d.column ?? 1), end);
    markers.push({
      severity: SEVERITY[d.severity],
      message: d.message,
      code: d.code,
      source: 'podpath',
      startLineNumber: line,
      startColumn: start === end ? 1 : start,
      endLineNumber: line,
      endColumn: end,
    });
  }
  return markers;
}

/** A TextShape for a plain string (tests, and anything without a Monaco model). */
export function shapeOf(text: string): TextShape {
  const lines = text.split('\n');
  return { lineCount: lines.length, lineMaxColumn: (n) => (lines[n - 1]?.length ?? 0) + 1 };
}
