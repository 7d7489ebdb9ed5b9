// The Inspect tab: what the engine knows about the selected graph element (rows from describe.ts),
// a link to its line in the editor, and click-to-trace actions that fill the Trace form.
import { useMemo } from 'react';
import { useStore } from '../../state/store';
import {
  selectCluster,
  selectSelected,
  selectSetPanelTab,
  selectSetQueryInput,
} from '../../state/selectors';
import { TID } from '../testIds';
import { describeElement } from './describe';
import { PolicyAllowList } from './PolicyAllowList';
import { SourceLink } from './SourceLink';
import { traceTargetOf } from './traceTarget';

/** Details of the selection, or a hint when nothing is selected. */
export function Inspector() {
  const cluster = useStore(selectCluster);
  const selected = useStore(selectSelected);
  const setInput = useStore(selectSetQueryInput);
  const setTab = useStore(selectSetPanelTab);
  const d = useMemo(
    () => (cluster && selected ? describeElement(cluster, selected) : null),
    [cluster, selected],
  );
  if (!d) {
    return (
      <p className="query-note">
        Select a node in the graph to see what the engine knows about it.
      </p>
    );
  }
  const from = traceTargetOf(selected, 'from');
  const to = traceTargetOf(selected, 'to');
  const pick = (patch: { from?: string; to?: string }) => {
    setInput('trace', patch);
    setTab('trace');
  };
  return (
    <section className="inspector" aria-label={`${d.kind} details`} data-testid={TID.inspector}>
      <header className="inspector-head">
        <span className="inspector-kind">{d.kind}</span>
        <h2 className="inspector-title">{d.title}</h2>
      </header>
      {(from || to) && (
        <div className="pick-row">
          {from && (
            <button type="button" className="btn btn-small" onClick={() => pick({ from })}>
              Trace from here
            </button>
          )}
          {to && (
            <button type="button" className="btn btn-small" onClick={() => pick({ to })}>
              Trace to here
            </button>
          )}
        </div>
      )}
      <Rows rows={d.rows} />
      {d.source && <SourceLink source={d.source} about={d.title} />}
      {d.policy && <PolicyAllowList lines={d.policy} />}
      {d.more && <Rows rows={d.more} />}
    </section>
  );
}

function Rows({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="inspector-rows">
      {rows.map(([k, v], i) => (
        <div key={`${k}:${i}`} className="inspector-row">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
