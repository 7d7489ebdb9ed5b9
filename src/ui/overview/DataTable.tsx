// One page of the table view as an ARIA grid: sortable column headers, rows that take focus one at
// a time (arrows, Home/End move; Enter or a click activates), and on the selected row the
// "Trace from" / "Trace to" actions. Cells are text, never HTML (manifest strings are untrusted).
import { useRef, useState, type KeyboardEvent } from 'react';
import type { TableSort } from '../../state/slices/overviewSlice';
import type { Column, TableRow } from './tableRows';
import { moveKey } from './tableView';

export interface DataTableProps {
  label: string;
  columns: Column[];
  rows: TableRow[];
  /** Rows in the whole (filtered) table, and the 0-based position of the first row shown. */
  total: number;
  offset: number;
  sort: TableSort;
  selectedId: string | null;
  onSort(column: number): void;
  onActivate(row: TableRow): void;
  onTrace(row: TableRow, role: 'from' | 'to'): void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

function RowActions({ row, onTrace }: { row: TableRow; onTrace: DataTableProps['onTrace'] }) {
  // The row's own click selects it again and opens Inspect: keep that from undoing the trace.
  return (
    <span className="row-actions" onClick={(e) => e.stopPropagation()}>
      {row.traceFrom && (
        <button type="button" className="btn btn-small" onClick={() => onTrace(row, 'from')}>
          Trace from
        </button>
      )}
      {row.traceTo && (
        <button type="button" className="btn btn-small" onClick={() => onTrace(row, 'to')}>
          Trace to
        </button>
      )}
    </span>
  );
}

interface TableHeadProps {
  columns: Column[];
  sort: TableSort;
  onSort(column: number): void;
}

/** Column headers: each a button that sorts by it (again: the other way round). */
function TableHead({ columns, sort, onSort }: TableHeadProps) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((c, i) => (
          <th
            key={c.title}
            scope="col"
            className={c.numeric ? 'numeric' : undefined}
            aria-sort={sort.column === i ? ARIA_SORT[sort.descending ? 'desc' : 'asc'] : 'none'}
          >
            <button type="button" className="sort-button" onClick={() => onSort(i)}>
              {c.title}
              <span aria-hidden="true" className="sort-mark">
                {sort.column === i ? (sort.descending ? '▾' : '▴') : ''}
              </span>
            </button>
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

const cellClass = (c: Column) =>
  [c.numeric && 'numeric', c.long].filter(Boolean).join(' ') || undefined;

/** The grid. */
export function DataTable(props: DataTableProps) {
  const { columns, rows, sort, selectedId } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, rows.length - 1));
  const focusRow = (i: number) => {
    setActive(i);
    body.current?.querySelector<HTMLElement>(`tr[data-index="${i}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.target instanceof HTMLButtonElement) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (rows[current]) props.onActivate(rows[current]);
      return;
    }
    const next = moveKey(e.key, current, rows.length);
    if (next === null) return;
    e.preventDefault();
    focusRow(next);
  };
  return (
    <table
      className="data-table"
      role="grid"
      aria-label={props.label}
      aria-rowcount={props.total + 1}
      aria-readonly="true"
    >
      <TableHead columns={columns} sort={sort} onSort={props.onSort} />
      <tbody ref={body} onKeyDown={onKey}>
        {rows.map((row, i) => {
          const selected = row.id === selectedId;
          return (
            <tr
              key={row.id}
              data-index={i}
              aria-rowindex={props.offset + i + 2}
              aria-selected={selected}
              tabIndex={i === current ? 0 : -1}
              onClick={() => {
                setActive(i);
                props.onActivate(row);
              }}
            >
              {row.cells.map((cell, j) => (
                <td key={j} className={cellClass(columns[j])} title={cell}>
                  {cell}
                </td>
              ))}
              <td className="actions-cell">
                {selected && <RowActions row={row} onTrace={props.onTrace} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
