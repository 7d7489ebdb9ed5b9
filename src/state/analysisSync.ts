// Text and settings → engine → store, outside React. Subscribes to the store, waits an adaptive
// debounce (150 ms; 1 s once an analysis took more than 300 ms, as mermaid's autoSync does), asks
// the engine client, and records the answer. Only the files in the cluster are sent: set-aside
// files are not analysed, so their diagnostics disappear. Components never call the engine.
import type { EngineClient } from '../worker/engineClient';
import { includedFiles } from './slices/clusterFiles';
import type { AppStore } from './store';

export interface SyncTiming {
  fastMs: number;
  slowMs: number;
  /** Above this engine time (ms), edits wait `slowMs`. */
  slowAboveMs: number;
}

export const DEFAULT_SYNC_TIMING: SyncTiming = { fastMs: 150, slowMs: 1000, slowAboveMs: 300 };

/** How long to wait after an edit, given how long the last analysis took. */
export function debounceFor(lastMs: number | null, t: SyncTiming = DEFAULT_SYNC_TIMING): number {
  return lastMs !== null && lastMs > t.slowAboveMs ? t.slowMs : t.fastMs;
}

/**
 * Starts the loop: one analysis now, then one after each burst of edits. Returns a stop function.
 * Requests carry their own sequence number; the store records the editor rev each one read.
 */
export function startAnalysisSync(
  store: AppStore,
  client: Pick<EngineClient, 'analyze'>,
  timing: SyncTiming = DEFAULT_SYNC_TIMING,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let applied = 0;
  let stopped = false;
  const editorRevOf = new Map<number, number>();

  const run = () => {
    timer = undefined;
    const s = store.getState();
    const mine = ++seq;
    editorRevOf.set(mine, s.rev);
    s.analysisStarted();
    void client
      .analyze({ files: includedFiles(s.files, s.setAside), settings: s.settings }, mine)
      .then((answer) => {
        if (stopped || answer.rev <= applied) return; // replaced callers share one answer
        applied = answer.rev;
        const rev = editorRevOf.get(answer.rev) ?? s.rev;
        for (const k of editorRevOf.keys()) if (k <= answer.rev) editorRevOf.delete(k);
        const st = store.getState();
        if (answer.ok) st.analysisSucceeded(answer.value, rev, answer.ms);
        else st.analysisFailed(answer.error, rev);
      });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.files === prev.files && s.setAside === prev.setAside && s.settings === prev.settings)
      return;
    clearTimeout(timer);
    timer = setTimeout(run, debounceFor(s.ms, timing));
  });
  run();
  return () => {
    stopped = true;
    unsubscribe();
    clearTimeout(timer);
  };
}
