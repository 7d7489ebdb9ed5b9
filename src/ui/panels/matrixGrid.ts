// The Matrix tab's grid as plain data (pure): the engine's pod matrix or workload matrix turned
// into one square of rows and columns with short labels, full titles, cell verdicts, counts, what
// a cell traces, and CSV. Nothing is computed here that the engine did not answer.
import type { MatrixResult, Protocol, WorkloadMatrixResult } from '../../engine/index';
import type { MatrixAnswer } from '../../state/slices/querySlice';
import { csvField, shortNames } from './queryView';

export type GridCell = 'allowed' | 'partial' | 'denied';

export interface GridAxis {
  /** What the header shows (short name; full one in `title`). */
  label: string;
  title: string;
  /** Trace form values when this entry is the source / the destination. */
  traceFrom: string;
  traceTo: string;
}

export interface MatrixGrid {
  view: 'pod' | 'workload';
  port: number | string;
  protocol: Protocol;
  axis: GridAxis[];
  /** Row-major, `axis.length²` cells: cells[i * n + j] is source i → destination j. */
  cells: GridCell[];
  counts: Record<GridCell, number>;
  notes: string[];
  error?: string;
}

/** More rows than this are not drawn (the browser would crawl; nobody scans it): use the CSV. */
export const MAX_GRID_ROWS = 150;

/** The answer as a grid. */
export function toMatrixGrid(a: MatrixAnswer): MatrixGrid {
  return a.view === 'pod' ? podGrid(a.pod) : workloadGrid(a.workload);
}

/**
 * `api-5558476668-7zzdw` → `api …7zzdw`: the ReplicaSet hash is the same for every pod of a
 * Deployment, so the header keeps the workload name and the pod's own suffix.
 */
export function abbreviatePod(name: string): string {
  return name.replace(/-[a-z0-9]{6,10}-([a-z0-9]{5})$/, ' …$1');
}

function podGrid(m: MatrixResult): MatrixGrid {
  const names = shortNames(m.pods).map(abbreviatePod);
  const axis = m.pods.map((ref, i) => ({
    label: names[i],
    title: ref,
    traceFrom: ref,
    traceTo: ref,
  }));
  const cells: GridCell[] = [];
  for (const from of m.pods) {
    for (const to of m.pods) cells.push(m.matrix[from]?.[to] === true ? 'allowed' : 'denied');
  }
  return finish('pod', m, axis, cells);
}

function workloadGrid(m: WorkloadMatrixResult): MatrixGrid {
  const names = shortNames(m.groups.map((g) => `${g.namespace}/${g.name}${variant(g.id)}`));
  const axis = m.groups.map((g, i) => {
    const pods = `${g.pods.length} pod${g.pods.length === 1 ? '' : 's'}`;
    return {
      label: names[i],
      title: `${g.kind} ${g.namespace}/${g.name}${variant(g.id)} (${pods})`,
      // Pods of one row share every label a policy reads: the first stands for them all.
      traceFrom: g.pods[0],
      traceTo: g.pods[0],
    };
  });
  const cells: GridCell[] = [];
  for (const a of m.groups)
    for (const b of m.groups) cells.push(m.matrix[a.id]?.[b.id] ?? 'denied');
  return finish('workload', m, axis, cells);
}

/** `#2` of `ns/Kind/name#2`: a further label variant of one workload. */
const variant = (id: string) => {
  const i = id.lastIndexOf('#');
  return i === -1 ? '' : ` ${id.slice(i)}`;
};

function finish(
  view: MatrixGrid['view'],
  m: { port: number | string; protocol: Protocol; notes: string[]; error?: string },
  axis: GridAxis[],
  cells: GridCell[],
): MatrixGrid {
  const counts: Record<GridCell, number> = { allowed: 0, partial: 0, denied: 0 };
  for (const c of cells) counts[c]++;
  const grid: MatrixGrid = {
    view,
    port: m.port,
    protocol: m.protocol,
    axis,
    cells,
    counts,
    notes: m.notes,
  };
  if (m.error !== undefined) grid.error = m.error;
  return grid;
}

/** "412 of 650 pairs allowed, 12 partly": what the grid says, in one line. */
export function countsText(g: MatrixGrid): string {
  const total = g.cells.length;
  const unit = g.view === 'pod' ? 'ordered pod pairs' : 'ordered workload pairs';
  const partial = g.counts.partial ? `, ${g.counts.partial} partly (some pods only)` : '';
  return `${g.counts.allowed} of ${total} ${unit} allowed${partial}`;
}

/** The grid as CSV: a header row of destinations, one row per source, one verdict word a cell. */
export function gridCsv(g: MatrixGrid): string {
  const n = g.axis.length;
  const head = [`from \\ to (${g.protocol} ${g.port})`, ...g.axis.map((x) => x.title)];
  const rows = g.axis.map((x, i) => [x.title, ...g.cells.slice(i * n, i * n + n)]);
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The trace a cell opens: source and destination as the Trace form takes them. */
export function cellTrace(
  g: MatrixGrid,
  i: number,
  j: number,
): { from: string; to: string; port: string; protocol: Protocol } {
  return {
    from: g.axis[i].traceFrom,
    to: g.axis[j].traceTo,
    port: typeof g.port === 'number' ? String(g.port) : '',
    protocol: g.protocol,
  };
}

/** The cell a key moves to in an n × n grid (arrows, Home/End on the row, PageUp/Down by 10). */
export function moveCell(
  at: [number, number],
  key: string,
  n: number,
  ctrl = false,
): [number, number] | null {
  const [r, c] = at;
  const clamp = (x: number) => Math.min(n - 1, Math.max(0, x));
  switch (key) {
    case 'ArrowUp':
      return [clamp(r - 1), c];
    case 'ArrowDown':
      return [clamp(r + 1), c];
    case 'ArrowLeft':
      return [r, clamp(c - 1)];
    case 'ArrowRight':
      return [r, clamp(c + 1)];
    case 'Home':
      return ctrl ? [0, 0] : [r, 0];
    case 'End':
      return ctrl ? [n - 1, n - 1] : [r, n - 1];
    case 'PageUp':
      return [clamp(r - 10), c];
    case 'PageDown':
      return [clamp(r + 10), c];
    default:
      return null;
  }
}
