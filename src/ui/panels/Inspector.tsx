// Details of the selected graph element, with a link to its line in the editor.
import { useMemo } from 'react';
import { useStore } from '../../state/store';
import {
  selectCluster,
  selectRevealLine,
  selectSelect,
  selectSelected,
} from '../../state/selectors';
import { TID } from '../testIds';
import { describeElement } from './describe';

/** A card over the graph's corner; renders nothing when nothing is selected. */
export function Inspector() {
  const cluster = useStore(selectCluster);
  const selected = useStore(selectSelected);
  const revealLine = useStore(selectRevealLine);
  const select = useStore(selectSelect);
  const d = useMemo(
    () => (cluster && selected ? describeElement(cluster, selected) : null),
    [cluster, selected],
  );
  if (!d) return null;
  return (
    <aside className="inspector" aria-label={`${d.kind} details`} data-testid={TID.inspector}>
      <header className="inspector-head">
        <span className="inspector-kind">{d.kind}</span>
        <h2 className="inspector-title">{d.title}</h2>
        <button
          type="button"
          className="btn btn-icon btn-quiet"
          aria-label="Close details"
          onClick={() => select(null)}
        >
          ×
        </button>
      </header>
      <dl className="inspector-rows">
        {d.rows.map(([k, v]) => (
          <div key={k} className="inspector-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {d.source && (
        <button
          type="button"
          className="link"
          onClick={() => revealLine(d.source!.line, d.source!.file)}
        >
          {d.source.file}:{d.source.line}
        </button>
      )}
    </aside>
  );
}
