// Filtering, sorting and paging the table view's rows (pure). The filter keeps rows holding every
// word typed (case-insensitive); sorting is stable and numeric-aware (web-2 before web-10); a page
// holds PAGE_SIZE rows, so the DOM never holds thousands of rows.
import type { TableSort } from '../../state/slices/overviewSlice';
import type { SortKey, TableRow } from './tableRows';

export const PAGE_SIZE = 100;

/** The rows that hold every word of `query`. */
export function filterRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => words.every((w) => r.haystack.includes(w) || r.id.includes(w)));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy: by the chosen column, then by the columns left of it as tie-breakers. */
export function sortRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const first = compareKeys(a.keys[sort.column], b.keys[sort.column]);
    if (first !== 0) return sign * first;
    for (let i = 0; i < a.keys.length; i++) {
      const c = compareKeys(a.keys[i], b.keys[i]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown (0 when none). */
  from: number;
  to: number;
  total: number;
}

/** Page `page` of `items` (a page past the end shows the last one). */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = items.slice(p * size, (p + 1) * size);
  const from = slice.length ? p * size + 1 : 0;
  return {
    items: slice,
    page: p,
    pages,
    from,
    to: from ? from + slice.length - 1 : 0,
    total: items.length,
  };
}

const num = (n: number) => n.toLocaleString('en-US');

export interface Noun {
  one: string;
  many: string;
}

/** "Showing 1–100 of 10,002 pods", "Showing all 3 pods", "Showing 1 pod", "No pods match the filter". */
export function showingText(p: Page<unknown>, noun: Noun, filtered: boolean): string {
  if (p.total === 0) return filtered ? `No ${noun.many} match the filter` : `No ${noun.many}`;
  if (p.total === 1) return `Showing 1 ${noun.one}`;
  if (p.pages === 1) return `Showing all ${num(p.total)} ${noun.many}`;
  return `Showing ${num(p.from)}–${num(p.to)} of ${num(p.total)} ${noun.many}`;
}

/** The row a key moves focus to (arrows, Home, End), or null when the key is not for moving. */
export function moveKey(key: string, at: number, count: number): number | null {
  if (key === 'ArrowDown') return Math.min(count - 1, at + 1);
  if (key === 'ArrowUp') return Math.max(0, at - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
