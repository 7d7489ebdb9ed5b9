// Diagnostics as compiler-style lines for standard error: `file:line:col: severity: message`,
// the form editors and CI log parsers link to. The engine decides what the findings are.
import type { Diagnostic } from '../../engine/index';
import { sanitize } from './human';

/** One diagnostic as one line (no trailing newline); the column defaults to 1. */
export function formatDiagnosticLine(d: Diagnostic): string {
  let at = 'podpath';
  if (d.file !== undefined) {
    at = d.line !== undefined ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  }
  return sanitize(`${at}: ${d.severity}: ${d.message}`);
}

/** Every diagnostic, one per line, ending with a newline; '' when there are none. */
export function formatDiagnosticLines(diags: readonly Diagnostic[]): string {
  return diags.map((d) => formatDiagnosticLine(d) + '\n').join('');
}
