// The trace form: From, To, Port, Protocol and a Trace button, all keyboard-first (Enter in any
// field traces). Inputs live in the store; suggestions come from the analysed cluster.
import { useMemo, type FormEvent } from 'react';
import type { Protocol } from '../../engine/index';
import {
  selectClearQuery,
  selectCluster,
  selectRequestQuery,
  selectSetQueryInput,
  selectTrace,
} from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { destinationSuggestions, sourceSuggestions } from './suggestions';
import { SuggestionList } from './SuggestionList';

export const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** The form. */
export function TraceForm() {
  const cluster = useStore(selectCluster);
  const { input, status } = useStore(selectTrace);
  const setInput = useStore(selectSetQueryInput);
  const request = useStore(selectRequestQuery);
  const clear = useStore(selectClearQuery);
  const from = useMemo(() => sourceSuggestions(cluster), [cluster]);
  const to = useMemo(() => destinationSuggestions(cluster), [cluster]);
  const set = (patch: Partial<typeof input>) => setInput('trace', patch);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request('trace');
  };
  return (
    <form className="query-form" onSubmit={submit} aria-label="Trace a connection">
      <label className="field">
        <span>From</span>
        <input
          value={input.from}
          list="trace-from-list"
          placeholder="shop/web or external"
          onChange={(e) => set({ from: e.target.value })}
          required
        />
      </label>
      <label className="field">
        <span>To</span>
        <input
          value={input.to}
          list="trace-to-list"
          placeholder="api.shop, shop/db or http://host/"
          onChange={(e) => set({ to: e.target.value })}
          required
        />
      </label>
      <div className="field-row">
        <label className="field field-small">
          <span>Port</span>
          <input
            value={input.port}
            inputMode="numeric"
            placeholder="auto"
            onChange={(e) => set({ port: e.target.value })}
          />
        </label>
        <label className="field field-small">
          <span>Protocol</span>
          <select
            aria-label="Protocol"
            value={input.protocol}
            onChange={(e) => set({ protocol: e.target.value as Protocol })}
          >
            {PROTOCOLS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-testid={TID.traceButton}>
          Trace
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => clear('trace')}
          disabled={status === 'idle'}
        >
          Clear
        </button>
      </div>
      <SuggestionList id="trace-from-list" items={from} />
      <SuggestionList id="trace-to-list" items={to} />
    </form>
  );
}
