// The questions asked of the cluster (trace, DNS, matrix): each has its form inputs, a request
// counter the query loop (../querySync.ts) watches, a status and the engine's latest answer.
// Actions only assign; the loop calls the engine and re-asks when the analysis changes.
import type { StateCreator } from 'zustand/vanilla';
import type { DnsAnswer, MatrixResult, Protocol, TraceResult } from '../../engine/index';
import type { PlainError } from '../../worker/engineClient';
import type { AppState } from '../store';

export type QueryKind = 'trace' | 'dns' | 'matrix';
export type QueryStatus = 'idle' | 'running' | 'ready' | 'failed';

export interface TraceInput {
  from: string;
  to: string;
  /** As typed; empty means the engine's default. */
  port: string;
  protocol: Protocol;
}
export interface DnsInput {
  from: string;
  name: string;
}
export interface MatrixInput {
  port: string;
  protocol: Protocol;
}

export interface QueryState<I, R> {
  input: I;
  /** Rises on every explicit request (0: never asked). */
  request: number;
  status: QueryStatus;
  result: R | null;
  error: PlainError | null;
}

export interface QueryResults {
  trace: TraceResult;
  dns: DnsAnswer;
  matrix: MatrixResult;
}
export interface QueryInputs {
  trace: TraceInput;
  dns: DnsInput;
  matrix: MatrixInput;
}

export interface QuerySlice {
  trace: QueryState<TraceInput, TraceResult>;
  dns: QueryState<DnsInput, DnsAnswer>;
  matrix: QueryState<MatrixInput, MatrixResult>;
  setQueryInput<K extends QueryKind>(kind: K, input: Partial<QueryInputs[K]>): void;
  /** Asks (again) with the current inputs, optionally changed first. */
  requestQuery<K extends QueryKind>(kind: K, input?: Partial<QueryInputs[K]>): void;
  clearQuery(kind: QueryKind): void;
  queryStarted(kind: QueryKind): void;
  querySucceeded<K extends QueryKind>(kind: K, result: QueryResults[K]): void;
  queryFailed(kind: QueryKind, error: PlainError): void;
}

type AnyQuery = QueryState<unknown, unknown>;

const fresh = <I, R>(input: I): QueryState<I, R> => ({
  input,
  request: 0,
  status: 'idle',
  result: null,
  error: null,
});

export const INITIAL_QUERIES = {
  trace: fresh<TraceInput, TraceResult>({ from: '', to: '', port: '', protocol: 'TCP' }),
  dns: fresh<DnsInput, DnsAnswer>({ from: '', name: '' }),
  matrix: fresh<MatrixInput, MatrixResult>({ port: '8080', protocol: 'TCP' }),
};

/** The query after a request: new inputs merged, counter up, answer kept until replaced. */
export function requested<Q extends AnyQuery>(q: Q, input?: Partial<Q['input']>): Q {
  return {
    ...q,
    input: input ? { ...(q.input as object), ...input } : q.input,
    request: q.request + 1,
    status: 'running',
  };
}

/** The query with an answer (or a failure) recorded. */
export function answered<Q extends AnyQuery>(
  q: Q,
  result: Q['result'],
  error: PlainError | null,
): Q {
  return error ? { ...q, status: 'failed', error } : { ...q, status: 'ready', result, error: null };
}

export const createQuerySlice: StateCreator<AppState, [], [], QuerySlice> = (set) => ({
  ...INITIAL_QUERIES,
  setQueryInput: (kind, input) =>
    set((s) => ({ [kind]: { ...s[kind], input: { ...s[kind].input, ...input } } })),
  requestQuery: (kind, input) => set((s) => ({ [kind]: requested(s[kind] as AnyQuery, input) })),
  clearQuery: (kind) =>
    set((s) => ({ [kind]: { ...s[kind], status: 'idle', result: null, error: null } })),
  queryStarted: (kind) => set((s) => ({ [kind]: { ...s[kind], status: 'running' } })),
  querySucceeded: (kind, result) =>
    set((s) => ({ [kind]: answered(s[kind] as AnyQuery, result, null) })),
  queryFailed: (kind, error) =>
    set((s) => ({ [kind]: answered(s[kind] as AnyQuery, null, error) })),
});
