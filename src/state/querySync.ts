// Queries → engine → store, outside React (like analysisSync.ts). A query runs when the user asks
// (its request counter rises) and again whenever a new analysis arrives while it has an answer,
// so a trace never goes stale silently. Answers arriving after the query was cleared are dropped.
import type { EngineClient } from '../worker/engineClient';
import type { EngineAnswer } from '../worker/engineClient';
import { matrixViewFor, toDnsQuery, toMatrixQuery, toTraceQuery } from './queryInputs';
import type { QueryKind } from './slices/querySlice';
import type { AppState, AppStore } from './store';

export type QueryClient = Pick<
  EngineClient,
  'trace' | 'dns' | 'matrix' | 'workloadMatrix' | 'connectivity'
>;

const KINDS: readonly QueryKind[] = ['trace', 'dns', 'matrix', 'policy'];

/** The matrix per pod or per workload; the answer says which, for the panel. */
async function askMatrix(client: QueryClient, s: AppState, rev: number) {
  const q = toMatrixQuery(s.matrix.input);
  const view = matrixViewFor(s.matrix.input.view, s.result?.cluster.pods.length ?? 0);
  const a: EngineAnswer<unknown> =
    view === 'pod' ? await client.matrix(q, rev) : await client.workloadMatrix(q, rev);
  return a.ok
    ? { ...a, value: view === 'pod' ? { view, pod: a.value } : { view, workload: a.value } }
    : a;
}

function ask(client: QueryClient, kind: QueryKind, s: AppState, rev: number) {
  if (kind === 'trace') return client.trace(toTraceQuery(s.trace.input), rev);
  if (kind === 'dns') return client.dns(toDnsQuery(s.dns.input), rev);
  if (kind === 'policy') return client.connectivity({}, rev);
  return askMatrix(client, s, rev);
}

/** Starts the loop; returns a stop function. */
export function startQuerySync(store: AppStore, client: QueryClient): () => void {
  let seq = 0;
  let stopped = false;
  const applied: Record<QueryKind, number> = { trace: 0, dns: 0, matrix: 0, policy: 0 };

  const run = (kind: QueryKind) => {
    const s = store.getState();
    if (s[kind].status !== 'running') s.queryStarted(kind);
    void ask(client, kind, s, ++seq).then((answer) => {
      const now = store.getState();
      if (stopped || answer.rev <= applied[kind] || now[kind].status !== 'running') return;
      applied[kind] = answer.rev;
      if (answer.ok) now.querySucceeded(kind, answer.value as never);
      else now.queryFailed(kind, answer.error);
    });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    const analysisChanged = s.result !== prev.result && s.result !== null;
    for (const kind of KINDS) {
      if (s[kind].request !== prev[kind].request) run(kind);
      else if (analysisChanged && s[kind].status !== 'idle') run(kind);
    }
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
