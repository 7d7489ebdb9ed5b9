// The connectivity grid: sticky row and column headers with short names (full names in title),
// cells with an icon and a word (never colour alone), a crosshair on the row and column under the
// pointer or focus, arrow-key navigation (one cell in the tab order), and Enter or a click opening
// that pair's trace. Highlight and focus move through the DOM, not React state, so a 150 × 150
// grid does not re-render 22,500 cells on every pointer move.
import { memo, useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { TID } from '../testIds';
import { moveCell, type GridCell, type MatrixGrid } from './matrixGrid';

export interface MatrixTableProps {
  g: MatrixGrid;
  /** Opens the trace of source i → destination j. */
  onOpen(i: number, j: number): void;
}

const ICON: Record<GridCell, string> = { allowed: '✓', partial: '◐', denied: '✗' };

const cellAt = (el: EventTarget | null): [number, number] | null => {
  const td = (el as HTMLElement | null)?.closest?.('td[data-r]');
  return td ? [Number(td.getAttribute('data-r')), Number(td.getAttribute('data-c'))] : null;
};

/** Marks the row and column of [r, c] (or clears the marks). */
function crosshair(table: HTMLTableElement, at: [number, number] | null) {
  table.querySelectorAll('.is-cross').forEach((e) => e.classList.remove('is-cross'));
  if (!at) return;
  const [r, c] = at;
  table.querySelectorAll(`[data-r="${r}"], [data-c="${c}"]`).forEach((e) => {
    e.classList.add('is-cross');
  });
}

/** The grid. */
export const MatrixTable = memo(function MatrixTable({ g, onOpen }: MatrixTableProps) {
  const table = useRef<HTMLTableElement>(null);
  const n = g.axis.length;
  // A new answer: the first cell is the one in the tab order again (a moved one may be gone).
  useEffect(() => {
    const t = table.current;
    t?.querySelectorAll('td[tabindex="0"]').forEach((e) => e.setAttribute('tabindex', '-1'));
    t?.querySelector('td[data-r="0"][data-c="0"]')?.setAttribute('tabindex', '0');
  }, [g]);
  const focusCell = (r: number, c: number) => {
    const t = table.current;
    const next = t?.querySelector<HTMLElement>(`td[data-r="${r}"][data-c="${c}"]`);
    if (!t || !next) return;
    t.querySelectorAll('td[tabindex="0"]').forEach((e) => e.setAttribute('tabindex', '-1'));
    next.setAttribute('tabindex', '0');
    next.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const at = cellAt(e.target);
    if (!at) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return onOpen(at[0], at[1]);
    }
    const next = moveCell(at, e.key, n, e.ctrlKey || e.metaKey);
    if (!next) return;
    e.preventDefault();
    focusCell(next[0], next[1]);
  };
  const mark = (e: SyntheticEvent) => table.current && crosshair(table.current, cellAt(e.target));
  const unmark = () => table.current && crosshair(table.current, null);
  const noun = g.view === 'pod' ? 'pods' : 'workloads';
  return (
    <div className="matrix-scroll" role="region" aria-label="Matrix grid, scrollable">
      <table
        ref={table}
        role="grid"
        className="matrix"
        data-testid={TID.matrixTable}
        aria-rowcount={n + 1}
        aria-colcount={n + 1}
        onKeyDown={onKey}
        onPointerOver={mark}
        onPointerLeave={unmark}
        onFocus={mark}
        onBlur={unmark}
        onClick={(e) => {
          const at = cellAt(e.target);
          if (at) onOpen(at[0], at[1]);
        }}
      >
        <caption className="visually-hidden">
          Who can reach whom on {g.protocol} {String(g.port)}: rows are source {noun}, columns
          destination {noun}. Arrow keys move between cells; Enter opens the trace.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              from \ to
            </th>
            {g.axis.map((a, j) => (
              <th key={j} scope="col" title={a.title} className="matrix-col" data-c={j}>
                <span>{a.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <MatrixRows g={g} />
      </table>
    </div>
  );
});

/** One row per source: its header, then a cell per destination. */
function MatrixRows({ g }: { g: MatrixGrid }) {
  const n = g.axis.length;
  return (
    <tbody>
      {g.axis.map((from, i) => (
        <tr key={i}>
          <th scope="row" title={from.title} className="matrix-row" data-r={i}>
            {from.label}
          </th>
          {g.axis.map((to, j) => {
            const v = g.cells[i * n + j];
            return (
              <td
                key={j}
                data-r={i}
                data-c={j}
                className={`cell-${v}`}
                tabIndex={i === 0 && j === 0 ? 0 : -1}
                title={`${from.title} → ${to.title}: ${v}. Enter or click: trace it`}
              >
                <span aria-hidden="true">{ICON[v]}</span>
                <span className="visually-hidden">
                  {from.label} to {to.label}: {v}
                </span>
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}
