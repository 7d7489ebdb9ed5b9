// The questions asked of the cluster (trace, DNS, matrix, the graph's policy view): each has its
// form inputs, a request
// counter the query loop (../querySync.ts) watches, a status and the engine's latest answer.
// Actions only assign; the loop calls the engine and re-asks when the analysis changes.
import type { StateCreator } from 'zustand/vanilla';
import type {
  DnsAnswer,
  MatrixResult,
  PolicyConnectivity,
  Protocol,
  TraceResult,
  WorkloadMatrixResult,
} from '../../engine/index';
import type { PlainError } from '../../worker/engineClient';
import type { AppState } from '../store';

export type QueryKind = 'trace' | 'dns' | 'matrix' | 'policy';
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
/** Pod rows, workload rows, or whichever fits the cluster (workloads past POD_VIEW_LIMIT pods). */
export type MatrixView = 'auto' | 'pod' | 'workload';
export interface MatrixInput {
  port: string;
  protocol: Protocol;
  view: MatrixView;
}
/** The matrix as asked: per pod, or folded per workload. */
export type MatrixAnswer =
  { view: 'pod'; pod: MatrixResult } | { view: 'workload'; workload: WorkloadMatrixResult };
/** The graph's policy view has no inputs of its own: on while it is asked, off when cleared. */
export type PolicyInput = Record<string, never>;

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
  matrix: MatrixAnswer;
  policy: PolicyConnectivity;
}
export interface QueryInputs {
  trace: TraceInput;
  dns: DnsInput;
  matrix: MatrixInput;
  policy: PolicyInput;
}

export interface QuerySlice {
  trace: QueryState<TraceInput, TraceResult>;
  dns: QueryState<DnsInput, DnsAnswer>;
  matrix: QueryState<MatrixInput, MatrixAnswer>;
  policy: QueryState<PolicyInput, PolicyConnectivity>;
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
  matrix: fresh<MatrixInput, MatrixAnswer>({ port: '8080', protocol: 'TCP', view: 'auto' }),
  policy: fresh<PolicyInput, PolicyConnectivity>({}),
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
