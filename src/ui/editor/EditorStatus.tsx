// The editor pane head's right side: how many open files the analysis covers ("Analysing 2 of 3
// files") and whether the text is being saved in this browser.
import { selectFiles, selectIncludedCount, selectSavedOk } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { clusterSummary } from './clusterText';

/** Pane-head notes. */
export function EditorStatus() {
  const total = useStore(selectFiles).length;
  const included = useStore(selectIncludedCount);
  const savedOk = useStore(selectSavedOk);
  const summary = clusterSummary(included, total);
  return (
    <span className="pane-note editor-status">
      {summary && (
        <span
          className="cluster-summary"
          data-testid={TID.filesSummary}
          data-partial={included < total || undefined}
        >
          {summary}
        </span>
      )}
      {savedOk ? (
        <span>Saved in this browser as you type</span>
      ) : (
        <span className="save-problem" role="alert">
          Not saved: this browser is not storing text (storage full or turned off)
        </span>
      )}
    </span>
  );
}
