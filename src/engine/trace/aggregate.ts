// Turns what a trace path found into the CLI-contract TraceResult: the overall verdict
// (allowed / partial / denied / unreachable) and one summary sentence for people.
import type { TraceEndpoint, TraceQuery, TraceResult, Verdict } from '../model/query';
import type { Outcome } from './types';

const name = (e: TraceEndpoint) => e.pod ?? `${e.ip}:${e.port}`;

function denial(e: TraceEndpoint): string {
  const d = e.deniedBy;
  const by = d && d.policies.length > 0 ? ` by ${d.policies.join(', ')} (${d.namespace})` : '';
  const miss = e.nearestMiss ? `: ${e.nearestMiss}` : '';
  return `${name(e)} at ${d?.direction ?? 'policy'}${by}${miss}`;
}

function verdictOf(endpoints: TraceEndpoint[]): Verdict {
  const ok = endpoints.filter((e) => e.verdict === 'allowed').length;
  if (endpoints.length === 0) return 'unreachable';
  return ok === endpoints.length ? 'allowed' : ok === 0 ? 'denied' : 'partial';
}

function summaryOf(verdict: Verdict, endpoints: TraceEndpoint[], head: string): string {
  const ok = endpoints.filter((e) => e.verdict === 'allowed');
  const bad = endpoints.filter((e) => e.verdict === 'denied');
  if (verdict === 'allowed') {
    const all =
      endpoints.length === 1
        ? `${name(ok[0])} accepts it`
        : `all ${endpoints.length} endpoints accept it (${ok.map(name).join(', ')})`;
    return `${head} is allowed: ${all}.`;
  }
  if (verdict === 'partial') {
    return `${head} is partial: ${ok.length} of ${endpoints.length} endpoints allowed (${ok.map(name).join(', ')}); denied: ${bad.map(denial).join('; ')}.`;
  }
  if (verdict === 'denied') return `${head} is denied: ${bad.map(denial).join('; ')}.`;
  return `${head} is unreachable: no endpoint to connect to.`;
}

/** The CLI-contract result of one trace. */
export function finishTrace(q: TraceQuery, out: Outcome): TraceResult {
  const head = `${q.from} → ${q.to}${q.port !== undefined && !q.to.endsWith(`:${q.port}`) ? ` port ${q.port}` : ''}`;
  const verdict = out.stop?.verdict ?? verdictOf(out.endpoints);
  const summary = out.stop
    ? `${head} is ${verdict}: ${out.stop.summary}`
    : summaryOf(verdict, out.endpoints, head);
  const result: TraceResult = { verdict, summary, hops: out.hops, endpoints: out.endpoints };
  const notes = [...new Set(out.notes)];
  if (notes.length > 0) result.notes = notes;
  return result;
}

/** A query the engine could not read: `error` set, verdict unreachable (never a throw). */
export function failedTrace(q: TraceQuery, error: string): TraceResult {
  return {
    verdict: 'unreachable',
    summary: `${q.from} → ${q.to}: ${error}`,
    hops: [],
    endpoints: [],
    error,
  };
}
