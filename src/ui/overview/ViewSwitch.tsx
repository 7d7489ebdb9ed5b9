// "Graph | Table": how the pane shows the cluster. Two toggle buttons in a labelled group, so the
// keyboard reaches both with Tab and presses them with Enter or Space. While the graph is too
// large to draw unasked, "Graph" takes the user to the "Draw the graph anyway" button instead.
import { selectSetPaneView } from '../../state/selectors';
import type { PaneView } from '../../state/slices/overviewSlice';
import { useStore } from '../../state/store';

export interface ViewSwitchProps {
  /** What the pane shows now. */
  shown: PaneView;
  /** Set while the graph is too large: called instead of switching to it. */
  onGraphBlocked: (() => void) | null;
}

/** The view switch in the pane's head. */
export function ViewSwitch({ shown, onGraphBlocked }: ViewSwitchProps) {
  const setView = useStore(selectSetPaneView);
  return (
    <div className="view-switch" role="group" aria-label="Show the cluster as">
      <button
        type="button"
        aria-pressed={shown === 'graph'}
        onClick={() => (onGraphBlocked ? onGraphBlocked() : setView('graph'))}
      >
        Graph
      </button>
      <button type="button" aria-pressed={shown === 'table'} onClick={() => setView('table')}>
        Table
      </button>
    </div>
  );
}
