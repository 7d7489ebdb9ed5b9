// When the graph is too large to draw unasked (pure). fcose lays out on the main thread, so a big
// graph freezes the tab; past the limit the graph pane shows the table and a message instead, and
// the graph session does not lay out, until the user asks. The count is the folded graph's
// (summary.ts graphNodes); the wording is ui/overview/largeInput.ts.

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
