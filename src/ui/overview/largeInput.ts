// What the pane shows for a graph too large to draw (pure): the table and a message in words.
// The limit itself and the decision live in state/graphLimit.ts, because the graph session reads
// them too (it must not lay out a graph the pane is about to replace).
import type { ClusterSummary } from '../../state/summary';
import type { PaneView } from '../../state/slices/overviewSlice';

/** What the pane shows: the table whenever the graph is too large, else what the user chose. */
export function paneContent(view: PaneView, tooLarge: boolean): PaneView {
  return tooLarge ? 'table' : view;
}

const num = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${num(n)} ${n === 1 ? one : many}`;

/** "This cluster has 5,002 pods in 412 workloads — too many to draw readably." */
export function tooLargeMessage(s: ClusterSummary): string {
  const what = [plural(s.pods.total, 'pod')];
  if (s.workloads) what.push(`in ${plural(s.workloads, 'workload')}`);
  if (s.services.total) what.push(`and ${plural(s.services.total, 'Service')}`);
  return `This cluster has ${what.join(' ')} — too many to draw readably.`;
}
