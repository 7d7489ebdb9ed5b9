// Cytoscape events → store actions, registered in one place (STYLE.md §5): tap selects, Shift+tap
// traces from the selection, hover hovers, and user pans/zooms mark the viewport as the user's
// own so refits stop.
import type { Core, EventObject } from 'cytoscape';

export interface GraphHandlers {
  select(id: string | null): void;
  /** A node or edge tapped with Shift held (click-to-trace). */
  shiftSelect(id: string): void;
  hover(id: string | null): void;
  userMovedViewport(): void;
}

/** Binds the handlers; returns a function that unbinds them. */
export function bindGraphEvents(cy: Core, h: GraphHandlers): () => void {
  const onTap = (e: EventObject) => {
    const id = e.target === cy ? null : (e.target.id() as string);
    const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey === true;
    if (id && shift) h.shiftSelect(id);
    else h.select(id);
  };
  const onOver = (e: EventObject) => h.hover(e.target.id() as string);
  const onOut = () => h.hover(null);
  const onUser = () => h.userMovedViewport();
  cy.on('tap', onTap);
  cy.on('mouseover', 'node, edge', onOver);
  cy.on('mouseout', 'node, edge', onOut);
  cy.on('dragpan scrollzoom pinchzoom', onUser);
  return () => {
    cy.off('tap', onTap);
    cy.off('mouseover', 'node, edge', onOver);
    cy.off('mouseout', 'node, edge', onOut);
    cy.off('dragpan scrollzoom pinchzoom', onUser);
  };
}
