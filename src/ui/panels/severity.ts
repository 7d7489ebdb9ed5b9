// Severity helpers for the diagnostics list (pure).
import type { Diagnostic, Severity } from '../../engine/index';

export const SEVERITY_ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

/** Counts per severity, for the panel's heading. */
export function severityCounts(diags: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diags) counts[d.severity] += 1;
  return counts;
}
