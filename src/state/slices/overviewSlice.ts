// How the graph pane shows the cluster: as the graph or as tables, whether the user agreed to draw
// a graph past the size limit, and the table's tab, filter, sort and page. Only assignment here;
// the size decision is ui/overview/largeInput.ts, the rows are ui/overview/tableRows.ts.
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';

export type PaneView = 'graph' | 'table';
export const TABLE_KINDS = ['pods', 'services', 'ingresses', 'policies'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface TableSort {
  /** Column index. */
  column: number;
  descending: boolean;
}

export interface OverviewSlice {
  paneView: PaneView;
  /** Graph size (boxes) the user agreed to draw although it is past the limit; 0: never asked. */
  graphConsent: number;
  tableKind: TableKind;
  tableFilter: string;
  tableSort: Record<TableKind, TableSort>;
  tablePage: number;
  setPaneView(view: PaneView): void;
  /** "Draw the graph anyway" for a graph of `size` boxes. */
  consentToGraph(size: number): void;
  setTableKind(kind: TableKind): void;
  setTableFilter(filter: string): void;
  /** Sorts by `column`; the same column again flips the direction. */
  sortTable(column: number): void;
  setTablePage(page: number): void;
}

const BY_FIRST_COLUMN: TableSort = { column: 0, descending: false };

/** The sort after a click on `column`: that column ascending, or the other way round. */
export function nextSort(current: TableSort, column: number): TableSort {
  return current.column === column
    ? { column, descending: !current.descending }
    : { column, descending: false };
}

export const createOverviewSlice: StateCreator<AppState, [], [], OverviewSlice> = (set) => ({
  paneView: 'graph',
  graphConsent: 0,
  tableKind: 'pods',
  tableFilter: '',
  tableSort: {
    pods: BY_FIRST_COLUMN,
    services: BY_FIRST_COLUMN,
    ingresses: BY_FIRST_COLUMN,
    policies: BY_FIRST_COLUMN,
  },
  tablePage: 0,
  setPaneView: (paneView) => set({ paneView }),
  consentToGraph: (size) => set({ graphConsent: size, paneView: 'graph' }),
  setTableKind: (tableKind) => set({ tableKind, tablePage: 0 }),
  setTableFilter: (tableFilter) => set({ tableFilter, tablePage: 0 }),
  sortTable: (column) =>
    set((s) => ({
      tableSort: { ...s.tableSort, [s.tableKind]: nextSort(s.tableSort[s.tableKind], column) },
      tablePage: 0,
    })),
  setTablePage: (tablePage) => set({ tablePage: Math.max(0, Math.floor(tablePage)) }),
});
