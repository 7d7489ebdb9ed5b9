// The "DNS result" region: the pod's resolv.conf, the queries tried in order with what each got
// (NXDOMAIN, NODATA, an answer, upstream, /etc/hosts), the final answer and the engine's notes.
import { selectDns } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { stepOutcome } from './queryView';
import { SourceLink } from './SourceLink';

/** The answer (nothing before the first question). */
export function DnsResultView() {
  const { status, result, error } = useStore(selectDns);
  if (status === 'idle') return null;
  const conf = result?.resolvConf;
  return (
    <section
      role="region"
      aria-label="DNS result"
      className="query-result"
      data-testid={TID.dnsResult}
    >
      {status === 'running' && <p className="query-note">Resolving…</p>}
      {status === 'failed' && error && (
        <p className="query-error">The engine failed: {error.message}</p>
      )}
      {result?.error && <p className="query-error">{result.error}</p>}
      {result && conf && (
        <>
          <h3 className="result-heading">resolv.conf</h3>
          <pre className="resolv-conf">
            {conf.nameservers.map((n) => `nameserver ${n}\n`).join('')}
            {conf.searches.length ? `search ${conf.searches.join(' ')}\n` : ''}
            {conf.options?.length
              ? `options ${conf.options.join(' ')}`
              : `options ndots:${conf.ndots}`}
          </pre>
          <h3 className="result-heading">Queries, in order</h3>
          <ol className="dns-steps">
            {result.steps.map((s, i) => (
              <li key={i} data-testid={TID.dnsStep}>
                <code>{s.name}</code>{' '}
                <span className={`badge rcode-${s.rcode.toLowerCase()}`}>{stepOutcome(s)}</span>
                {s.records.map((r) => (
                  <div key={r} className="dns-record">
                    {r}
                  </div>
                ))}
              </li>
            ))}
          </ol>
          <h3 className="result-heading">Answer</h3>
          {result.answer ? (
            <div className="dns-answer">
              {result.answer.records.map((r) => (
                <div key={r} className="dns-record">
                  {r}
                </div>
              ))}
              {result.answer.source && <SourceLink source={result.answer.source} about="answer" />}
            </div>
          ) : (
            <p className="verdict verdict-denied">{result.rcode}: no answer</p>
          )}
          {result.notes.length > 0 && (
            <ul className="query-notes" aria-label="Notes">
              {result.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
