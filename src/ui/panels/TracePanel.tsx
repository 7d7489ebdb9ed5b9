// The Trace tab: pick-from-graph shortcuts, the form, and the result region.
import { PickFromGraph } from './PickFromGraph';
import { TraceForm } from './TraceForm';
import { TraceResultView } from './TraceResultView';

/** Form and result. */
export function TracePanel() {
  return (
    <div className="query-panel">
      <PickFromGraph />
      <TraceForm />
      <TraceResultView />
    </div>
  );
}
