// `--json` output: exactly one JSON document per run, pretty-printed, newline-terminated.
// Query results already follow the contract's shapes; we only drop the engine's error slot,
// which the CLI reports on standard error with an exit status instead.
import type { DnsAnswer, MatrixResult, TraceResult } from '../../engine/index';

/** One JSON document as text. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** A query result without `error` (the CLI never prints a result that carries one). */
export function queryJson<T extends DnsAnswer | MatrixResult | TraceResult>(
  result: T,
): Omit<T, 'error'> {
  const { error: _error, ...rest } = result;
  return rest;
}
