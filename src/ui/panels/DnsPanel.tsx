// The DNS tab: resolve a name from a chosen pod ("Pod", "Name", "Resolve") through the store's
// query loop; the answer is shown by DnsResultView.
import { useMemo, type FormEvent } from 'react';
import {
  selectCluster,
  selectDns,
  selectRequestQuery,
  selectSetQueryInput,
} from '../../state/selectors';
import { useStore } from '../../state/store';
import { DnsResultView } from './DnsResultView';
import { nameSuggestions, sourceSuggestions } from './suggestions';
import { SuggestionList } from './SuggestionList';

/** Form and result. */
export function DnsPanel() {
  const cluster = useStore(selectCluster);
  const { input } = useStore(selectDns);
  const setInput = useStore(selectSetQueryInput);
  const request = useStore(selectRequestQuery);
  const pods = useMemo(() => sourceSuggestions(cluster, false), [cluster]);
  const names = useMemo(() => nameSuggestions(cluster), [cluster]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request('dns');
  };
  return (
    <div className="query-panel">
      <form className="query-form" onSubmit={submit} aria-label="Resolve a DNS name">
        <label className="field">
          <span>Pod</span>
          <input
            value={input.from}
            list="dns-pod-list"
            placeholder="shop/web"
            required
            onChange={(e) => setInput('dns', { from: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Name</span>
          <input
            value={input.name}
            list="dns-name-list"
            placeholder="api, web.other, example.com"
            required
            onChange={(e) => setInput('dns', { name: e.target.value })}
          />
        </label>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Resolve
          </button>
        </div>
        <SuggestionList id="dns-pod-list" items={pods} />
        <SuggestionList id="dns-name-list" items={names} />
      </form>
      <DnsResultView />
    </div>
  );
}
