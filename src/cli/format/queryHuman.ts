// `matrix`, `trace` and `dns` for people: a grid with a legend, a numbered hop list with the
// deciding file:line, and the resolver's walk then its answer. Pure; the engine decided it all.
import type { DnsAnswer, MatrixResult, TraceEndpoint, TraceResult } from '../../engine/index';
import { cell, sanitize, table, where } from './human';

const YES = '✓';
const NO = '✗';

/** The matrix as a grid: numbered columns, rows that spell the pod out (the legend). */
export function formatMatrixHuman(m: MatrixResult): string {
  const port = sanitize(String(m.port));
  const head = `Connectivity on ${m.protocol} port ${port}: ${YES} allowed, ${NO} denied (row = source, column = destination)`;
  if (m.pods.length === 0) return [head, '', '  (no pods)', ...notes(m.notes)].join('\n') + '\n';
  const numbers = m.pods.map((_, i) => String(i + 1));
  const rows = m.pods.map((src, i) => [
    `${numbers[i]} ${cell(src)}`,
    ...m.pods.map((dst) => (m.matrix[src]?.[dst] ? YES : NO)),
  ]);
  const cells = m.pods.length ** 2;
  const allowed = m.pods.reduce(
    (n, src) => n + m.pods.filter((dst) => m.matrix[src]?.[dst]).length,
    0,
  );
  return (
    [
      head,
      '',
      ...table(['FROM \\ TO', ...numbers], rows),
      '',
      `${allowed} of ${cells} ordered pairs allowed.`,
      ...notes(m.notes),
    ].join('\n') + '\n'
  );
}

/** The trace as numbered hops (detail wrapped below each), the endpoints, then the verdict. */
export function formatTraceHuman(t: TraceResult, from: string, to: string): string {
  const heads = table(
    ['#', 'HOP', 'VERDICT', 'DECIDED AT'],
    t.hops.map((h, i) => [`${i + 1}.`, cell(h.kind), cell(h.verdict), where(h.source)]),
  );
  const hops = t.hops.flatMap((h, i) => [heads[i + 1], ...wrap(sanitize(h.detail), '      ')]);
  const eps = t.endpoints.map((e) => [
    cell(e.pod ?? '(external)'),
    cell(`${e.ip}:${e.port}`),
    cell(e.verdict),
    cell(why(e)),
  ]);
  const lines = [
    `Trace ${sanitize(from)} → ${sanitize(to)}`,
    '',
    ...(hops.length ? [heads[0], ...hops] : ['  (no hops)']),
    '',
    ...(eps.length ? ['Endpoints', ...table(['POD', 'ADDRESS', 'VERDICT', 'WHY'], eps), ''] : []),
    ...wrap(`Verdict: ${t.verdict}${t.summary ? ` — ${sanitize(t.summary)}` : ''}`, ''),
  ];
  return lines.join('\n') + '\n';
}

/** Word-wraps already sanitised text to about 100 columns, each line prefixed by `indent`. */
function wrap(text: string, indent: string, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

function why(e: TraceEndpoint): string {
  if (!e.deniedBy) return '';
  const d = e.deniedBy;
  const miss = e.nearestMiss ? `; ${e.nearestMiss}` : '';
  return `${d.direction} isolated in ${d.namespace} by ${d.policies.join(', ')}${miss}`;
}

/** The resolver's walk (each name tried and what it got), then the answer. */
export function formatDnsHuman(a: DnsAnswer, from: string, name: string): string {
  const rc = a.resolvConf;
  const walk = a.steps.length
    ? a.steps.map((s, i) => [`${i + 1}.`, cell(s.name), cell(s.rcode), cell(s.records.join(' '))])
    : a.queries.map((q, i) => [`${i + 1}.`, cell(q), '', '']);
  const answer = a.answer
    ? `Answer: ${cell(a.answer.name)} ${a.answer.type} ${cell(a.answer.records.join(' '))}`
    : 'Answer: none';
  const lines = [
    `Resolving ${sanitize(name)} from ${sanitize(from)}`,
    `  nameservers ${cell(rc.nameservers.join(' '))}; search ${cell(rc.searches.join(' '))}; ndots ${rc.ndots}`,
    '',
    ...(walk.length ? table(['#', 'QUERY', 'RESULT', 'RECORDS'], walk) : ['  (no queries)']),
    '',
    answer,
    `rcode: ${a.rcode}`,
    ...notes(a.notes),
  ];
  return lines.join('\n') + '\n';
}

function notes(list: readonly string[]): string[] {
  return list.length ? ['', ...list.map((n) => `note: ${sanitize(n)}`)] : [];
}
