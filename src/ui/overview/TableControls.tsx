// Above the table: the object-kind tabs (with counts), the filter box and the add-ons toggle.
// The tabs follow the WAI-ARIA tabs pattern (arrows, Home/End) like the side panel's.
import { useRef, type KeyboardEvent } from 'react';
import {
  selectSetShowBuiltins,
  selectSetTableFilter,
  selectSetTableKind,
  selectShowBuiltins,
  selectSummary,
  selectTableFilter,
  selectTableKind,
} from '../../state/selectors';
import { TABLE_KINDS, type TableKind } from '../../state/slices/overviewSlice';
import { useStore } from '../../state/store';
import type { ClusterSummary } from '../../state/summary';
import { nextTab } from '../panels/tabKeys';

const TITLES: Record<TableKind, string> = {
  pods: 'Pods',
  services: 'Services',
  ingresses: 'Ingresses',
  policies: 'NetworkPolicies',
};

const countOf = (s: ClusterSummary, kind: TableKind) =>
  ({
    pods: s.pods.total,
    services: s.services.total,
    ingresses: s.ingresses,
    policies: s.policies,
  })[kind];

/** Tabs, filter and toggle. */
export function TableControls() {
  const kind = useStore(selectTableKind);
  const setKind = useStore(selectSetTableKind);
  const filter = useStore(selectTableFilter);
  const setFilter = useStore(selectSetTableFilter);
  const summary = useStore(selectSummary);
  const showBuiltins = useStore(selectShowBuiltins);
  const setShowBuiltins = useStore(selectSetShowBuiltins);
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const next = nextTab(TABLE_KINDS, kind, e.key);
    if (!next) return;
    e.preventDefault();
    setKind(next);
    list.current?.querySelector<HTMLElement>(`#table-tab-${next}`)?.focus();
  };
  return (
    <div className="table-controls">
      <div
        role="tablist"
        aria-label="Object kinds"
        className="kind-tabs"
        ref={list}
        onKeyDown={onKey}
      >
        {TABLE_KINDS.map((k) => (
          <button
            key={k}
            id={`table-tab-${k}`}
            type="button"
            role="tab"
            className="kind-tab"
            aria-selected={k === kind}
            aria-controls="table-panel"
            tabIndex={k === kind ? 0 : -1}
            onClick={() => setKind(k)}
          >
            {TITLES[k]}{' '}
            <span className="kind-count">{countOf(summary, k).toLocaleString('en-US')}</span>
          </button>
        ))}
      </div>
      <div className="table-tools">
        <label className="table-filter">
          <span>Filter</span>
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="name, namespace, label, IP…"
            spellCheck={false}
          />
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={showBuiltins}
            onChange={(e) => setShowBuiltins(e.target.checked)}
          />
          Cluster add-ons
        </label>
      </div>
    </div>
  );
}
