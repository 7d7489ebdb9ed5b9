// Cytoscape events → store actions, registered in one place (STYLE.md §5): tap selects, Shift+tap
// traces from the selection, double-tap (or Enter on the focused canvas) expands or folds a
// workload, hover hovers and shows the full name as a tooltip, and user pans/zooms mark the
// viewport as the user's own so refits stop.
import type { Core, EventObject } from 'cytoscape';

export interface GraphHandlers {
  select(id: string | null): void;
  /** A node or edge tapped with Shift held (click-to-trace). */
  shiftSelect(id: string): void;
  hover(id: string | null): void;
  /** Double-tap on a node: expand or fold it when it is a workload. */
  toggle(id: string): void;
  /** Enter pressed while the canvas has focus (acts on the selection). */
  enter(): void;
  userMovedViewport(): void;
}

/** The tooltip for a node: its full name (labels may be cut short) and what it is. */
export function tooltipOf(data: { name?: string; kind?: string; detail?: string }): string {
  const what = data.detail ?? data.kind ?? '';
  return [what, data.name].filter(Boolean).join(' ');
}

/** Binds the handlers; returns a function that unbinds them. */
export function bindGraphEvents(cy: Core, h: GraphHandlers): () => void {
  const onTap = (e: EventObject) => {
    const id = e.target === cy ? null : (e.target.id() as string);
    const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey === true;
    if (id && shift) h.shiftSelect(id);
    else h.select(id);
  };
  const container = cy.container();
  const onOver = (e: EventObject) => {
    h.hover(e.target.id() as string);
    if (container && e.target.isNode()) container.title = tooltipOf(e.target.data());
  };
  const onOut = () => {
    h.hover(null);
    if (container) container.removeAttribute('title');
  };
  const onUser = () => h.userMovedViewport();
  const onDouble = (e: EventObject) => h.toggle(e.target.id() as string);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target === container) h.enter();
  };
  cy.on('dbltap', 'node', onDouble);
  container?.addEventListener('keydown', onKey);
  cy.on('tap', onTap);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  cy.on('dragpan scrollzoom pinchzoom', onUser);
  return () => {
    cy.off('dbltap', 'node', onDouble);
    container?.removeEventListener('keydown', onKey);
    cy.off('tap', onTap);
    cy.off('mouseover', 'node, edge', onOver);
    cy.off('mouseout', 'node, edge', onOut);
    cy.off('dragpan scrollzoom pinchzoom', onUser);
  };
}
