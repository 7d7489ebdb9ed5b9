// The "Policy view" switch in the graph toolbar: on asks the engine for what policy decides
// between workloads (re-asked on every analysis), off clears it and its edges.
import { selectClearQuery, selectPolicyViewOn, selectRequestQuery } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';

/** A labelled checkbox. */
export function PolicyViewToggle() {
  const on = useStore(selectPolicyViewOn);
  const request = useStore(selectRequestQuery);
  const clear = useStore(selectClearQuery);
  return (
    <label className="toggle" title="Draw the connections NetworkPolicy allows between workloads">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => (e.target.checked ? request('policy') : clear('policy'))}
        data-testid={TID.policyToggle}
      />
      Policy view
    </label>
  );
}
