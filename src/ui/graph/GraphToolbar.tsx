// Controls above the graph: fit, zoom, and whether to show the cluster's built-in objects.
import type { GraphSession } from './graphSession';
import { useStore } from '../../state/store';
import { selectSetShowBuiltins, selectShowBuiltins } from '../../state/selectors';
import { TID } from '../testIds';
import { PolicyViewToggle } from './PolicyViewToggle';

export interface GraphToolbarProps {
  session: GraphSession | null;
}

/** The graph's toolbar. */
export function GraphToolbar({ session }: GraphToolbarProps) {
  const showBuiltins = useStore(selectShowBuiltins);
  const setShowBuiltins = useStore(selectSetShowBuiltins);
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
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
      <label className="toggle">
        <input
          type="checkbox"
          checked={showBuiltins}
          onChange={(e) => setShowBuiltins(e.target.checked)}
          data-testid={TID.builtinsToggle}
        />
        Show cluster add-ons (CoreDNS, kube-dns, kubernetes)
      </label>
      <PolicyViewToggle />
    </div>
  );
}
