// The policy view's note over the graph: what the arrows mean, the workloads no policy isolates
// (everything among them is allowed, so they get no arrows), and the pairs policy denies, which
// have no arrow either. Shown only while the policy view is on.
import { useMemo } from 'react';
import { selectCluster, selectPolicy, selectShowBuiltins } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { policyOverlay } from './policyOverlay';
import { toElements } from './toElements';
import './policy.css';

const MAX_LISTED = 50;

const more = (n: number) => (n > MAX_LISTED ? <li>…and {n - MAX_LISTED} more</li> : null);

/** The note, or nothing when the policy view is off. */
export function PolicyViewNote() {
  const { status, result, error } = useStore(selectPolicy);
  const cluster = useStore(selectCluster);
  const showBuiltins = useStore(selectShowBuiltins);
  const o = useMemo(
    () => (result && cluster ? policyOverlay(result, toElements(cluster, { showBuiltins })) : null),
    [result, cluster, showBuiltins],
  );
  if (status === 'idle') return null;
  return (
    <section className="policy-note" aria-label="Policy view" data-testid={TID.policyNote}>
      <p className="policy-note-head" role="status">
        {o
          ? o.headline
          : status === 'failed'
            ? `The engine failed: ${error?.message}`
            : 'Computing…'}
      </p>
      {o && o.open.length > 0 && (
        <details>
          <summary>
            {o.open.length === 1
              ? "No policy isolates this workload: only the other end's policies decide its connections"
              : `No policy isolates these ${o.open.length} workloads: all connections among them allowed (no arrows)`}
          </summary>
          <ul>
            {o.open.slice(0, MAX_LISTED).map((n) => (
              <li key={n}>{n}</li>
            ))}
            {more(o.open.length)}
          </ul>
        </details>
      )}
      {o && o.denied.length > 0 && (
        <details>
          <summary>Denied by policy ({o.deniedTotal} pairs, no arrows)</summary>
          <ul>
            {o.denied.slice(0, MAX_LISTED).map((d) => (
              <li key={`${d.from}>${d.to}`}>
                {d.from} → {d.to}: {d.ports}
              </li>
            ))}
            {more(o.deniedTotal)}
          </ul>
        </details>
      )}
      {result?.notes.map((n, i) => (
        <p key={i} className="policy-note-extra">
          {n}
        </p>
      ))}
    </section>
  );
}
