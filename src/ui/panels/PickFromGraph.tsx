// Click-to-trace: when the graph selection can start or end a trace, buttons put it in the form's
// From or To field.
import { selectSelected, selectSetQueryInput } from '../../state/selectors';
import { useStore } from '../../state/store';
import { traceTargetOf } from './traceTarget';

/** The shortcut row (a hint when the selection cannot take part). */
export function PickFromGraph() {
  const selected = useStore(selectSelected);
  const setInput = useStore(selectSetQueryInput);
  const from = traceTargetOf(selected, 'from');
  const to = traceTargetOf(selected, 'to');
  if (!from && !to) {
    return (
      <p className="query-note">
        Tip: select a pod, workload, Service or the outside world in the graph to pick it here; or
        select a source and Shift+click a destination to trace at once.
      </p>
    );
  }
  return (
    <div className="pick-row" aria-label="Use the graph selection">
      <span className="pick-label">Selected:</span>
      {from && (
        <button type="button" className="btn btn-small" onClick={() => setInput('trace', { from })}>
          From here
        </button>
      )}
      {to && (
        <button type="button" className="btn btn-small" onClick={() => setInput('trace', { to })}>
          To here
        </button>
      )}
    </div>
  );
}
