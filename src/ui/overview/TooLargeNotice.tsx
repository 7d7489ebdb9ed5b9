// The message shown instead of a graph too large to draw readably (and too slow to lay out without
// freezing the tab), with the one way to draw it anyway.
import type { Ref } from 'react';
import { selectConsentToGraph } from '../../state/selectors';
import { useStore } from '../../state/store';
import type { ClusterSummary } from '../../state/summary';
import { TID } from '../testIds';
import { tooLargeMessage } from './largeInput';

export interface TooLargeNoticeProps {
  summary: ClusterSummary;
  /** The "Draw the graph anyway" button, for the view switch to send focus to. */
  buttonRef: Ref<HTMLButtonElement>;
}

/** A banner above the table. */
export function TooLargeNotice({ summary, buttonRef }: TooLargeNoticeProps) {
  const consent = useStore(selectConsentToGraph);
  const boxes = summary.graphNodes.toLocaleString('en-US');
  return (
    <div className="too-large" role="note" data-testid={TID.tooLarge}>
      <div className="too-large-text">
        <p className="too-large-title">
          {tooLargeMessage(summary)} <span>Showing the table.</span>
        </p>
        <p id="too-large-cost" className="too-large-note">
          The graph would hold {boxes} boxes; laying them out can keep the page busy for many
          seconds.
        </p>
      </div>
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        aria-describedby="too-large-cost"
        onClick={() => consent(summary.graphNodes)}
      >
        Draw the graph anyway
      </button>
    </div>
  );
}
