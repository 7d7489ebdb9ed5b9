// The engine's latest answer and its state. `result` is kept while a newer analysis runs or after
// one fails, so the graph never blanks. A failed engine call becomes a diagnostic the panel shows.
import type { StateCreator } from 'zustand/vanilla';
import type { Analysis, Diagnostic } from '../../engine/index';
import type { PlainError } from '../../worker/engineClient';
import type { AppState } from '../store';

export type AnalysisStatus = 'idle' | 'running' | 'ready' | 'failed';

export interface AnalysisSlice {
  status: AnalysisStatus;
  result: Analysis | null;
  /** Editor rev the result was computed from (-1: none yet). */
  resultRev: number;
  /** Round-trip time of the last answer, in ms (null: none yet). */
  ms: number | null;
  error: PlainError | null;
  /** Problems with the engine itself (timeout, crash), shown next to the manifest diagnostics. */
  engineDiagnostics: Diagnostic[];
  analysisStarted(): void;
  analysisSucceeded(result: Analysis, rev: number, ms: number): void;
  analysisFailed(error: PlainError, rev: number): void;
}

type AnalysisData = Omit<AnalysisSlice, 'analysisStarted' | 'analysisSucceeded' | 'analysisFailed'>;

const NO_DIAGNOSTICS: Diagnostic[] = [];

export const INITIAL_ANALYSIS: AnalysisData = {
  status: 'idle',
  result: null,
  resultRev: -1,
  ms: null,
  error: null,
  engineDiagnostics: NO_DIAGNOSTICS,
};

/** The diagnostic a failed engine call shows (timeouts get their own code). */
export function engineErrorDiagnostic(error: PlainError): Diagnostic {
  const timeout = error.name === 'EngineTimeout';
  return {
    code: timeout ? 'ENGINE_TIMEOUT' : 'ENGINE_ERROR',
    severity: 'error',
    message: timeout ? error.message : `The engine failed: ${error.name}: ${error.message}`,
  };
}

export function succeededState(result: Analysis, rev: number, ms: number): Partial<AnalysisData> {
  return {
    status: 'ready',
    result,
    resultRev: rev,
    ms,
    error: null,
    engineDiagnostics: NO_DIAGNOSTICS,
  };
}

export function failedState(error: PlainError, rev: number): Partial<AnalysisData> {
  return {
    status: 'failed',
    error,
    resultRev: rev,
    engineDiagnostics: [engineErrorDiagnostic(error)],
  };
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  ...INITIAL_ANALYSIS,
  analysisStarted: () => set({ status: 'running' }),
  analysisSucceeded: (result, rev, ms) => set(succeededState(result, rev, ms)),
  analysisFailed: (error, rev) => set(failedState(error, rev)),
});
