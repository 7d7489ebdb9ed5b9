// The summary strip beside the graph: what the analysis found, at a glance (counts from the
// store's selectSummary), and the problem count, which takes the user to the Problems list.
// A description list read as a line of figures: "6 pods 6 running · 0 pending · 0 not ready".
import { useState } from 'react';
import { selectSummary } from '../../state/selectors';
import { useStore } from '../../state/store';
import type { ClusterSummary } from '../../state/summary';
import { TID } from '../testIds';

const num = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;
const noun = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

function serviceDetail(s: ClusterSummary['services']): string | undefined {
  const parts = Object.entries(s.byType)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${num(n)} ${type}`);
  if (s.headless) parts.push(`${num(s.headless)} headless`);
  return parts.join(' · ') || undefined;
}

function isolationDetail(s: ClusterSummary): string | undefined {
  if (s.policies === 0) return undefined;
  const { ingress, egress } = s.isolated;
  return `${plural(ingress, 'pod')} isolated for ingress · ${num(egress)} for egress`;
}

/** Moves focus to the Problems list's heading under the editor (it owns its own open state). */
function goToProblems() {
  const toggle = document.querySelector<HTMLButtonElement>('#diag-heading button');
  toggle?.scrollIntoView({ block: 'nearest' });
  toggle?.focus();
}

interface StatProps {
  value: number;
  one: string;
  many?: string;
  detail?: string;
  warn?: boolean;
}

/** One figure: the term is the noun, the definition the number and its details. */
function Stat({ value, one, many, detail, warn }: StatProps) {
  return (
    <div className="stat">
      <dt>{noun(value, one, many)}</dt>
      <dd>
        <strong>{num(value)}</strong>
        {detail && <span className={warn ? 'stat-detail stat-warn' : 'stat-detail'}>{detail}</span>}
      </dd>
    </div>
  );
}

/** Counts of what was found, always visible above the graph or the table. */
export function SummaryBar() {
  const s = useStore(selectSummary);
  const { error, warning } = s.diagnostics;
  const { running, pending, notReady } = s.pods;
  const podDetail = `${num(running)} running · ${num(pending)} pending · ${num(notReady)} not ready`;
  const tone = error ? ' has-errors' : warning ? ' has-warnings' : '';
  // Details start hidden so the graph keeps its room; a warning detail (pending pods) always shows.
  const [more, setMore] = useState(false);
  return (
    <section
      id="graph-summary"
      className={more ? 'summary summary-more' : 'summary'}
      aria-label="What was found"
      data-testid={TID.summary}
    >
      <dl className="summary-list">
        <Stat value={s.namespaces} one="namespace" />
        <Stat value={s.nodes} one="node" detail={s.syntheticNodes ? 'assumed' : undefined} />
        <Stat value={s.workloads} one="workload" />
        <Stat value={s.pods.total} one="pod" detail={podDetail} warn={pending + notReady > 0} />
        <Stat value={s.services.total} one="Service" detail={serviceDetail(s.services)} />
        <Stat value={s.ingresses} one="Ingress" many="Ingresses" />
        <Stat
          value={s.policies}
          one="NetworkPolicy"
          many="NetworkPolicies"
          detail={isolationDetail(s)}
        />
      </dl>
      <button
        type="button"
        className="summary-toggle"
        aria-expanded={more}
        onClick={() => setMore(!more)}
      >
        {more ? 'Fewer details' : 'Details'}
      </button>
      <button
        type="button"
        className={`summary-problems${tone}`}
        onClick={goToProblems}
        title="Go to the Problems list under the editor"
      >
        <span className="visually-hidden">Problems: </span>
        {plural(error, 'error')} · {plural(warning, 'warning')}
      </button>
    </section>
  );
}
