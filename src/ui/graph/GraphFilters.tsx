// The "Filters" popover of the graph toolbar: which namespaces and which kinds of object are
// drawn, and the cluster's own add-ons. A native <details> so it opens with Enter or Space;
// Escape or a click outside closes it. Everything inside is a labelled checkbox.
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  selectGraphNamespaces,
  selectGraphView,
  selectSetShowBuiltins,
  selectShowBuiltins,
  selectUpdateGraphView,
} from '../../state/selectors';
import { KIND_FILTERS, type KindFilter } from '../../state/slices/graphView';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { useOutsidePointer } from '../app/useOutsidePointer';

const KIND_NAMES: Record<KindFilter, string> = {
  workloads: 'Workloads and pods',
  services: 'Services',
  ingresses: 'Ingresses',
};

/** The filter popover. */
export function GraphFilters() {
  const namespaces = useStore(useShallow(selectGraphNamespaces));
  const view = useStore(selectGraphView);
  const update = useStore(selectUpdateGraphView);
  const showBuiltins = useStore(selectShowBuiltins);
  const setShowBuiltins = useStore(selectSetShowBuiltins);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDetailsElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsidePointer(open, box, close);
  const hidden = view.hiddenNamespaces.filter((n) => namespaces.includes(n)).length;
  const count = hidden + view.hiddenKinds.length;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    setOpen(false);
    box.current?.querySelector('summary')?.focus();
  };
  return (
    <details
      ref={box}
      className="graph-filters"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={onKey}
      data-testid={TID.graphFilters}
    >
      <summary className="btn">Filters{count > 0 ? ` (${count} hidden)` : ''}</summary>
      <div className="graph-filters-body">
        <fieldset>
          <legend>Namespaces</legend>
          {namespaces.map((ns) => (
            <label key={ns} className="check">
              <input
                type="checkbox"
                checked={!view.hiddenNamespaces.includes(ns)}
                onChange={(e) => update({ type: 'namespace', name: ns, shown: e.target.checked })}
              />
              {ns}
            </label>
          ))}
          <button
            type="button"
            className="btn btn-small"
            disabled={hidden === 0}
            onClick={() => update({ type: 'allNamespaces' })}
          >
            Show all namespaces
          </button>
        </fieldset>
        <fieldset>
          <legend>Objects</legend>
          {KIND_FILTERS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={!view.hiddenKinds.includes(kind)}
                onChange={(e) => update({ type: 'kind', kind, shown: e.target.checked })}
              />
              {KIND_NAMES[kind]}
            </label>
          ))}
          <label className="check">
            <input
              type="checkbox"
              checked={showBuiltins}
              onChange={(e) => setShowBuiltins(e.target.checked)}
              data-testid={TID.builtinsToggle}
            />
            Cluster add-ons (CoreDNS, kube-dns, kubernetes)
          </label>
        </fieldset>
      </div>
    </details>
  );
}
