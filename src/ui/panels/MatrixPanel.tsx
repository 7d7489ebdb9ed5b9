// The Matrix tab: who can reach whom on a port ("Port", "Protocol", "Compute matrix"), the grid,
// the engine's notes (Pending pods…) and a CSV download made in the page (a Blob, no network).
import type { FormEvent } from 'react';
import type { MatrixResult, Protocol } from '../../engine/index';
import { selectMatrix, selectRequestQuery, selectSetQueryInput } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { MatrixTable } from './MatrixTable';
import { allowedCount, matrixCsv } from './queryView';
import { PROTOCOLS } from './TraceForm';

function download(m: MatrixResult) {
  const url = URL.createObjectURL(new Blob([matrixCsv(m)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `podpath-matrix-${m.protocol}-${m.port}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Form, grid and notes. */
export function MatrixPanel() {
  const { input, status, result, error } = useStore(selectMatrix);
  const setInput = useStore(selectSetQueryInput);
  const request = useStore(selectRequestQuery);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request('matrix');
  };
  return (
    <div className="query-panel">
      <form className="query-form" onSubmit={submit} aria-label="Connectivity matrix">
        <div className="field-row">
          <label className="field field-small">
            <span>Port</span>
            <input
              value={input.port}
              required
              onChange={(e) => setInput('matrix', { port: e.target.value })}
            />
          </label>
          <label className="field field-small">
            <span>Protocol</span>
            <select
              aria-label="Protocol"
              value={input.protocol}
              onChange={(e) => setInput('matrix', { protocol: e.target.value as Protocol })}
            >
              {PROTOCOLS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Compute matrix
          </button>
          <button
            type="button"
            className="btn"
            disabled={!result || !!result.error}
            onClick={() => result && download(result)}
            data-testid={TID.matrixCsv}
          >
            Download CSV
          </button>
        </div>
      </form>
      {status === 'running' && <p className="query-note">Computing…</p>}
      {status === 'failed' && error && (
        <p className="query-error">The engine failed: {error.message}</p>
      )}
      {result?.error && <p className="query-error">{result.error}</p>}
      {result && !result.error && (
        <section role="region" aria-label="Matrix result" className="query-result">
          <p className="verdict-summary">
            {result.protocol} port {String(result.port)}: {allowedCount(result)} of{' '}
            {result.pods.length * result.pods.length} ordered pairs allowed (row = source, column =
            destination).
          </p>
          <MatrixTable m={result} />
          {result.notes.length > 0 && (
            <ul className="query-notes" aria-label="Notes">
              {result.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
