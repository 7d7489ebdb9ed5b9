// Controls above the graph: fit and zoom, "Show pods" (expand every workload), "Group by"
// (namespace or Kubernetes Node), the filters popover and "Find in graph". Each is a labelled
// control, so everything the graph offers can be reached from the keyboard.
import { useState } from 'react';
import type { GraphSession } from './graphSession';
import { useStore } from '../../state/store';
import { selectGraphView, selectUpdateGraphView } from '../../state/selectors';
import type { GroupBy } from '../../state/slices/graphView';
import { TID } from '../testIds';
import { PolicyViewToggle } from './PolicyViewToggle';
import { GraphFilters } from './GraphFilters';
import { ExportButtons } from './ExportButtons';
import './graph.css';

export interface GraphToolbarProps {
  session: GraphSession | null;
}

function ZoomButtons({ session }: GraphToolbarProps) {
  return (
    <span className="toolbar-group">
      <button
        type="button"
        className="btn"
        onClick={() => session?.fit()}
        disabled={!session}
        data-testid={TID.fitButton}
        title="Fit the whole graph in view"
      >
        Fit
      </button>
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => session?.zoomBy(1.25)}
        disabled={!session}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => session?.zoomBy(0.8)}
        disabled={!session}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
    </span>
  );
}

/** "Find in graph": typing highlights, Enter selects and shows the first match, Escape clears. */
function FindBox({ session }: GraphToolbarProps) {
  const search = useStore(selectGraphView).search;
  const update = useStore(selectUpdateGraphView);
  const [status, setStatus] = useState('');
  const set = (text: string) => {
    setStatus('');
    update({ type: 'search', text });
  };
  return (
    <span className="graph-find">
      <input
        type="search"
        className="input"
        aria-label="Find in graph"
        placeholder="Find in graph: name or key=value"
        value={search}
        onChange={(e) => set(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') set('');
          if (e.key !== 'Enter' || !session) return;
          const n = session.focusSearch();
          setStatus(n === 0 ? 'No match' : `${n} ${n === 1 ? 'match' : 'matches'}`);
        }}
        data-testid={TID.graphSearch}
      />
      <span className="graph-find-status" role="status" data-testid={TID.graphSearchStatus}>
        {status}
      </span>
    </span>
  );
}

/** The graph's toolbar. */
export function GraphToolbar({ session }: GraphToolbarProps) {
  const view = useStore(selectGraphView);
  const update = useStore(selectUpdateGraphView);
  const byNode = view.groupBy === 'node';
  return (
    <div className="toolbar graph-toolbar" role="toolbar" aria-label="Graph controls">
      <ZoomButtons session={session} />
      <label className="toggle" title={byNode ? 'Grouped by node, every pod is shown' : undefined}>
        <input
          type="checkbox"
          checked={view.showPods || byNode}
          disabled={byNode}
          onChange={(e) => update({ type: 'showPods', on: e.target.checked })}
          data-testid={TID.showPodsToggle}
        />
        Show pods
      </label>
      <PolicyViewToggle />
      <label className="toggle">
        Group by
        <select
          className="select"
          value={view.groupBy}
          onChange={(e) => update({ type: 'groupBy', groupBy: e.target.value as GroupBy })}
          data-testid={TID.groupBySelect}
        >
          <option value="namespace">Namespace</option>
          <option value="node">Node</option>
        </select>
      </label>
      <GraphFilters />
      <FindBox session={session} />
      <ExportButtons session={session} />
    </div>
  );
}
