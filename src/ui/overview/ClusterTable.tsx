// The table view: the cluster's Pods, Services, Ingresses and NetworkPolicies as sub-tabs, a
// filter, sortable columns and pages of PAGE_SIZE rows ("Showing 1–100 of 10,002 pods"), so the
// DOM stays small with any cluster. Activating a row selects the object (the Inspect tab shows
// it); a policy row reveals its manifest line instead, as policies are not graph elements.
import { useMemo } from 'react';
import {
  selectCluster,
  selectRevealLine,
  selectSelect,
  selectSelected,
  selectSetPanelTab,
  selectSetQueryInput,
  selectShowBuiltins,
  selectSortTable,
  selectTableFilter,
  selectTableKind,
  selectTablePage,
  selectTableSort,
} from '../../state/selectors';
import type { TableKind } from '../../state/slices/overviewSlice';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { DataTable } from './DataTable';
import { TableControls } from './TableControls';
import { TablePager } from './TablePager';
import { tableRows, type TableRow } from './tableRows';
import { filterRows, pageOf, sortRows, type Noun } from './tableView';

export const KIND_NOUNS: Record<TableKind, Noun> = {
  pods: { one: 'pod', many: 'pods' },
  services: { one: 'Service', many: 'Services' },
  ingresses: { one: 'Ingress', many: 'Ingresses' },
  policies: { one: 'NetworkPolicy', many: 'NetworkPolicies' },
};

/** What activating a row and its trace buttons do, as store actions. */
function useRowActions() {
  const select = useStore(selectSelect);
  const setTab = useStore(selectSetPanelTab);
  const setInput = useStore(selectSetQueryInput);
  const revealLine = useStore(selectRevealLine);
  return {
    activate: (row: TableRow) => {
      if (row.source) return revealLine(row.source.line, row.source.file, row.source.column);
      select(row.id);
      setTab('inspect');
    },
    trace: (row: TableRow, role: 'from' | 'to') => {
      const value = role === 'from' ? row.traceFrom : row.traceTo;
      if (!value) return;
      setInput('trace', { [role]: value });
      setTab('trace');
    },
  };
}

/** The tables, with their controls and pager. */
export function ClusterTable() {
  const cluster = useStore(selectCluster);
  const showBuiltins = useStore(selectShowBuiltins);
  const kind = useStore(selectTableKind);
  const filter = useStore(selectTableFilter);
  const sort = useStore(selectTableSort);
  const pageIndex = useStore(selectTablePage);
  const selected = useStore(selectSelected);
  const sortTable = useStore(selectSortTable);
  const actions = useRowActions();
  const data = useMemo(
    () => (cluster ? tableRows(cluster, kind, showBuiltins) : { columns: [], rows: [] }),
    [cluster, kind, showBuiltins],
  );
  const shown = useMemo(() => sortRows(filterRows(data.rows, filter), sort), [data, filter, sort]);
  const page = pageOf(shown, pageIndex);
  return (
    <div className="cluster-table" data-testid={TID.clusterTable}>
      <TableControls />
      <div
        className="table-scroll"
        role="tabpanel"
        id="table-panel"
        aria-labelledby={`table-tab-${kind}`}
      >
        {data.columns.length > 0 && (
          <DataTable
            key={kind}
            label={KIND_NOUNS[kind].many}
            columns={data.columns}
            rows={page.items}
            total={page.total}
            offset={page.from ? page.from - 1 : 0}
            sort={sort}
            selectedId={selected}
            onSort={sortTable}
            onActivate={actions.activate}
            onTrace={actions.trace}
          />
        )}
      </div>
      <TablePager page={page} noun={KIND_NOUNS[kind]} filtered={filter.trim() !== ''} />
    </div>
  );
}
