// Cytoscape events → store actions, registered in one place (STYLE.md §5): tap selects, hover
// hovers, and user pans/zooms mark the viewport as the user's own so refits stop.
import type { Core, EventObject } from 'cytoscape';

export interface GraphHandlers {
  select(id: string | null): void;
  hover(id: string | null): void;
  userMovedViewport(): void;
}

/** Binds the handlers; returns a function that unbinds them. */
export function bindGraphEvents(cy: Core, h: GraphHandlers): () => void {
  const onTap = (e: EventObject) => h.select(e.target === cy ? null : (e.target.id() as string));
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
