// Diagnostics in a stable order: by file, line, then severity, so output is deterministic.
import type { Diagnostic } from '../model/diagnostic';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      RANK[a.severity] - RANK[b.severity] ||
      a.message.localeCompare(b.message),
  );
}
