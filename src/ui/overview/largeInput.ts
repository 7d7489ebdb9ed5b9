// When the graph is too large to draw (pure). fcose lays out on the main thread, so a big graph
// freezes the tab; past the limit the pane shows the table and a message instead, until the user
// asks for the graph. The limit comes from measurement on this project's 2-core machines (see
// GRAPH_BOX_LIMIT); the count is the folded graph's (summary.ts graphNodes).
import type { ClusterSummary } from '../../state/summary';
import type { PaneView } from '../../state/slices/overviewSlice';

/**
 * Boxes (namespaces, workloads, bare pods, Services, Ingresses) past which the graph is not drawn
 * unasked. Measured in the production build, headless Chromium, 2 shared cores: a fresh fcose
 * layout took 0.2–0.7 s for 17 boxes, 1.0–1.7 s for 89–261, 1.5–4.4 s for 341 and 6–9 s for
 * 514–675. Around 250 it crosses ~1 s on a quiet machine and stays usable on a busy one.
 */
export const GRAPH_BOX_LIMIT = 250;

/** A consent covers the graph it was given for and edits that grow it by up to half again. */
const CONSENT_SLACK = 1.5;

/** True when the graph should not be drawn without asking. */
export function isTooLarge(boxes: number, consent: number): boolean {
  return boxes > GRAPH_BOX_LIMIT && boxes > consent * CONSENT_SLACK;
}

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
