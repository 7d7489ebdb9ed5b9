// The shape of a finding about the user's manifests. Codes live in ../diagnostics.ts.
import type { SourceRef } from './source';

export type Severity = 'error' | 'warning' | 'info';

/** One finding: a rejected object, a likely mistake, or a note on what the engine assumed. */
export interface Diagnostic {
  /** Stable code from the catalogue in diagnostics.ts, e.g. `SERVICE_SELECTOR_MATCHES_NOTHING`. */
  code: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** The object it is about, `Kind/namespace/name` or `Kind/name`. */
  object?: string;
}

export function diagAt(
  code: string,
  severity: Severity,
  message: string,
  at?: SourceRef,
  object?: string,
): Diagnostic {
  const d: Diagnostic = { code, severity, message };
  if (at) {
    d.file = at.file;
    d.line = at.line;
    if (at.column !== undefined) d.column = at.column;
  }
  if (object) d.object = object;
  return d;
}
