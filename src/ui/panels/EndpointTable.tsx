// The endpoints a trace reached: pod, address, verdict, which policies denied it and the nearest
// miss (the engine's words). Rendered as text only.
import type { TraceEndpoint } from '../../engine/index';

export interface EndpointTableProps {
  endpoints: TraceEndpoint[];
}

function deniedBy(e: TraceEndpoint): string {
  if (!e.deniedBy) return '—';
  const { direction, namespace, policies } = e.deniedBy;
  return `${direction} in ${namespace}: ${policies.join(', ')}`;
}

/** A compact table; nothing when there are no endpoints. */
export function EndpointTable({ endpoints }: EndpointTableProps) {
  if (endpoints.length === 0) return null;
  return (
    <>
      <h3 className="result-heading">Endpoints</h3>
      <div className="table-scroll">
        <table className="data-table endpoint-table">
          <thead>
            <tr>
              <th scope="col">Pod</th>
              <th scope="col">Address</th>
              <th scope="col">Verdict</th>
              <th scope="col">Denied by</th>
            </tr>
          </thead>
          <tbody>
            {endpoints.map((e) => (
              <tr key={`${e.ip}:${e.port}`}>
                <td>{e.pod ?? '—'}</td>
                <td>
                  {e.ip}:{e.port}
                </td>
                <td className={`cell-${e.verdict}`}>
                  {e.verdict === 'allowed' ? '✓ allowed' : '✗ denied'}
                  {e.pluginDependent ? ' (plugin-dependent)' : ''}
                </td>
                <td>
                  {deniedBy(e)}
                  {e.nearestMiss && <p className="nearest-miss">Nearest miss: {e.nearestMiss}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
