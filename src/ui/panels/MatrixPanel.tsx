// The Matrix tab: who can reach whom on a port ("Port", "Protocol", rows per pod or per workload,
// "Compute matrix"), the counts, the grid (or a clear message when it is too big to draw), the
// engine's notes and a CSV download made in the page (a Blob, no network). A cell opens its trace.
import { useCallback, useMemo, type FormEvent } from 'react';
import type { Protocol } from '../../engine/index';
import {
  selectCluster,
  selectMatrix,
  selectRequestQuery,
  selectSetPanelTab,
  selectSetQueryInput,
} from '../../state/selectors';
import { POD_VIEW_LIMIT } from '../../state/queryInputs';
import type { MatrixView } from '../../state/slices/querySlice';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { MatrixTable } from './MatrixTable';
import {
  cellTrace,
  countsText,
  gridCsv,
  MAX_GRID_ROWS,
  toMatrixGrid,
  type MatrixGrid,
} from './matrixGrid';
import { PROTOCOLS } from './TraceForm';

const VIEWS: [MatrixView, string][] = [
  ['auto', 'Auto'],
  ['pod', 'Pods'],
  ['workload', 'Workloads'],
];

function download(g: MatrixGrid) {
  const url = URL.createObjectURL(new Blob([gridCsv(g)], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `podpath-matrix-${g.view}-${g.protocol}-${g.port}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Form, grid and notes. */
export function MatrixPanel() {
  const { input, status, result, error } = useStore(selectMatrix);
  const pods = useStore(selectCluster)?.pods.length ?? 0;
  const setInput = useStore(selectSetQueryInput);
  const request = useStore(selectRequestQuery);
  const setTab = useStore(selectSetPanelTab);
  const grid = useMemo(() => (result ? toMatrixGrid(result) : null), [result]);
  const open = useCallback(
    (i: number, j: number) => {
      if (!grid) return;
      setTab('trace');
      request('trace', cellTrace(grid, i, j));
    },
    [grid, request, setTab],
  );
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
        <ViewChooser
          view={input.view}
          pods={pods}
          onChange={(view) => setInput('matrix', { view })}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Compute matrix
          </button>
          <button
            type="button"
            className="btn"
            disabled={!grid || !!grid.error}
            onClick={() => grid && download(grid)}
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
      {grid?.error && <p className="query-error">{grid.error}</p>}
      {grid && !grid.error && <MatrixResultView g={grid} onOpen={open} />}
    </div>
  );
}

function ViewChooser(p: { view: MatrixView; pods: number; onChange(v: MatrixView): void }) {
  return (
    <>
      <fieldset className="segmented">
        <legend>Rows</legend>
        {VIEWS.map(([v, label]) => (
          <label key={v}>
            <input
              type="radio"
              name="matrix-view"
              value={v}
              checked={p.view === v}
              onChange={() => p.onChange(v)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">
        Auto: one row per pod up to {POD_VIEW_LIMIT} pods ({p.pods} now), one per workload beyond.
      </p>
    </>
  );
}

function MatrixResultView({ g, onOpen }: { g: MatrixGrid; onOpen(i: number, j: number): void }) {
  const tooBig = g.axis.length > MAX_GRID_ROWS;
  return (
    <section role="region" aria-label="Matrix result" className="query-result">
      <p className="verdict-summary">
        {g.protocol} port {String(g.port)}, {g.view === 'pod' ? 'per pod' : 'per workload'}:{' '}
        {countsText(g)}.
      </p>
      <p className="matrix-key" aria-hidden="true">
        <span className="cell-allowed">✓ allowed</span>
        {g.view === 'workload' && <span className="cell-partial">◐ some pods</span>}
        <span className="cell-denied">✗ denied</span>
        <span>row = source, column = destination; Enter or click a cell to trace it</span>
      </p>
      {tooBig ? (
        <p className="query-error" role="status">
          {g.axis.length} {g.view === 'pod' ? 'pods' : 'workloads'} make a grid too big to draw
          (limit {MAX_GRID_ROWS}). {g.view === 'pod' ? 'Choose Workloads rows, or ' : ''}download
          the CSV to read it all.
        </p>
      ) : (
        <MatrixTable g={g} onOpen={onOpen} />
      )}
      {g.notes.length > 0 && (
        <ul className="query-notes" aria-label="Notes">
          {g.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
