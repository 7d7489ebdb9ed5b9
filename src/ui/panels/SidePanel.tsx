// The tabbed panel beside the graph: Inspect, Trace, DNS and Matrix, as a WAI-ARIA tablist
// (roving tabindex, arrows/Home/End). Only the active panel is mounted; inputs live in the store,
// so switching tabs loses nothing.
import { useRef, type KeyboardEvent } from 'react';
import { selectPanelTab, selectSetPanelTab } from '../../state/selectors';
import { PANEL_TABS, type PanelTab } from '../../state/slices/viewSlice';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import './panels.css';
import { DnsPanel } from './DnsPanel';
import { Inspector } from './Inspector';
import { MatrixPanel } from './MatrixPanel';
import { nextTab } from './tabKeys';
import { TracePanel } from './TracePanel';

const TITLES: Record<PanelTab, string> = {
  inspect: 'Inspect',
  trace: 'Trace',
  dns: 'DNS',
  matrix: 'Matrix',
};

const BODY: Record<PanelTab, () => React.JSX.Element> = {
  inspect: Inspector,
  trace: TracePanel,
  dns: DnsPanel,
  matrix: MatrixPanel,
};

/** Tabs and the active tab's panel. */
export function SidePanel() {
  const tab = useStore(selectPanelTab);
  const setTab = useStore(selectSetPanelTab);
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const next = nextTab(PANEL_TABS, tab, e.key);
    if (!next) return;
    e.preventDefault();
    setTab(next);
    list.current?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  const Body = BODY[tab];
  return (
    <aside className="side-panel" aria-label="Questions and details" data-testid={TID.sidePanel}>
      <div role="tablist" aria-label="Panels" className="tabs" ref={list} onKeyDown={onKey}>
        {PANEL_TABS.map((t) => (
          <button
            key={t}
            id={`tab-${t}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={t === tab}
            aria-controls={`tabpanel-${t}`}
            tabIndex={t === tab ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {TITLES[t]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tab-body"
        tabIndex={0}
      >
        <Body />
      </div>
    </aside>
  );
}
