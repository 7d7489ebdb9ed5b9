// Form inputs → engine queries (pure). Ports typed as text become numbers when they are numbers
// (a matrix may also ask by port name); blank fields are left to the engine's defaults.
import type { DnsQuery, MatrixQuery, TraceQuery } from '../engine/index';
import type { DnsInput, MatrixInput, MatrixView, TraceInput } from './slices/querySlice';

/** Past this many pods a pod-by-pod grid stops being scannable: the matrix folds by workload. */
export const POD_VIEW_LIMIT = 60;

/** The view to compute: as chosen, or by cluster size when left to `auto`. */
export function matrixViewFor(view: MatrixView, podCount: number): 'pod' | 'workload' {
  if (view !== 'auto') return view;
  return podCount > POD_VIEW_LIMIT ? 'workload' : 'pod';
}

/** A typed port: a number when it is one, the trimmed name otherwise, undefined when blank. */
export function parsePort(text: string): number | string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

export function toTraceQuery(input: TraceInput): TraceQuery {
  const port = parsePort(input.port);
  const q: TraceQuery = { from: input.from.trim(), to: input.to.trim(), protocol: input.protocol };
  if (typeof port === 'number') q.port = port;
  return q;
}

export function toDnsQuery(input: DnsInput): DnsQuery {
  return { from: input.from.trim(), name: input.name.trim() };
}

export function toMatrixQuery(input: MatrixInput): MatrixQuery {
  return { port: parsePort(input.port) ?? '', protocol: input.protocol };
}
