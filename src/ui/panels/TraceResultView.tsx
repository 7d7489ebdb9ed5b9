// The "Trace result" region: the verdict in words with the engine's summary, the hops in order
// (verdict, detail, file:line link) and the endpoints table. Manifest strings are React text only.
import { selectTrace } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { EndpointTable } from './EndpointTable';
import { TraceHopItem as Hop } from './TraceHopItem';

/** The result of the latest trace (nothing before the first one). */
export function TraceResultView() {
  const { status, result, error } = useStore(selectTrace);
  if (status === 'idle') return null;
  return (
    <section
      role="region"
      aria-label="Trace result"
      aria-busy={status === 'running'}
      className="query-result"
      data-testid={TID.traceResult}
    >
      {status === 'running' && <p className="query-note">Tracing…</p>}
      {status === 'failed' && error && (
        <p className="query-error">The engine failed: {error.message}</p>
      )}
      {result && (
        <>
          <p className={`verdict verdict-${result.verdict}`}>
            <strong>Verdict: {result.verdict}</strong>
          </p>
          <p className="verdict-summary">{result.summary}</p>
          {result.error && <p className="query-error">{result.error}</p>}
          {result.hops.length > 0 && (
            <>
              <h3 className="result-heading">Hops</h3>
              <ol className="hop-list">
                {result.hops.map((h, i) => (
                  <Hop key={i} hop={h} n={i + 1} />
                ))}
              </ol>
            </>
          )}
          <EndpointTable endpoints={result.endpoints} />
          {result.notes && result.notes.length > 0 && (
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
