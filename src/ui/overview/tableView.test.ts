// Filter, sort and page the table's rows as a user would: words narrow, columns sort naturally,
// pages never hold more than the page size.
import { describe, expect, it } from 'vitest';
import type { TableRow } from './tableRows';
import { filterRows, moveKey, pageOf, showingText, sortRows } from './tableView';

const r = (name: string, ns: string, ip: number): TableRow => ({
  id: `pod:${ns}/${name}`,
  cells: [ns, name, String(ip)],
  keys: [ns, name, ip],
  haystack: `${ns} ${name}`.toLowerCase(),
  traceFrom: null,
  traceTo: null,
});

const rows = [r('web-10', 'shop', 3), r('web-2', 'shop', 1), r('api-1', 'Blog', 2)];
const PODS = { one: 'pod', many: 'pods' };
const names = (xs: readonly TableRow[]) => xs.map((x) => x.cells[1]);

describe('filterRows', () => {
  it('keeps rows holding every word, ignoring case', () => {
    expect(names(filterRows(rows, 'SHOP web'))).toEqual(['web-10', 'web-2']);
    expect(names(filterRows(rows, 'shop api'))).toEqual([]);
    expect(filterRows(rows, '  ')).toBe(rows);
  });
});

describe('sortRows', () => {
  it('sorts names naturally and numbers as numbers, either way', () => {
    expect(names(sortRows(rows, { column: 1, descending: false }))).toEqual([
      'api-1',
      'web-2',
      'web-10',
    ]);
    expect(names(sortRows(rows, { column: 2, descending: true }))).toEqual([
      'web-10',
      'api-1',
      'web-2',
    ]);
  });

  it('breaks ties with the other columns and leaves the input alone', () => {
    const sorted = sortRows(rows, { column: 0, descending: false });
    expect(names(sorted)).toEqual(['api-1', 'web-2', 'web-10']);
    expect(names(rows)).toEqual(['web-10', 'web-2', 'api-1']);
  });
});

describe('pageOf', () => {
  const many = Array.from({ length: 10_002 }, (_, i) => i);

  it('cuts a page and says where it is', () => {
    const p = pageOf(many, 0, 200);
    expect(p.items).toHaveLength(200);
    expect([p.from, p.to, p.pages, p.total]).toEqual([1, 200, 51, 10_002]);
    expect(showingText(p, PODS, false)).toBe('Showing 1–200 of 10,002 pods');
  });

  it('clamps a page past the end to the last one', () => {
    const p = pageOf(many, 99, 200);
    expect([p.page, p.from, p.to]).toEqual([50, 10_001, 10_002]);
  });

  it('words small and empty results', () => {
    expect(showingText(pageOf([1, 2, 3], 0), PODS, false)).toBe('Showing all 3 pods');
    expect(showingText(pageOf([], 0), PODS, true)).toBe('No pods match the filter');
    expect(showingText(pageOf([1], 0), PODS, false)).toBe('Showing 1 pod');
    expect(pageOf([], 0)).toMatchObject({ from: 0, to: 0, pages: 1 });
  });
});

describe('moveKey', () => {
  it('moves by arrows within the page and jumps with Home and End', () => {
    expect(moveKey('ArrowDown', 0, 3)).toBe(1);
    expect(moveKey('ArrowDown', 2, 3)).toBe(2);
    expect(moveKey('ArrowUp', 0, 3)).toBe(0);
    expect(moveKey('End', 0, 3)).toBe(2);
    expect(moveKey('Home', 2, 3)).toBe(0);
    expect(moveKey('a', 1, 3)).toBeNull();
  });
});
