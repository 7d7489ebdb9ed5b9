// cytoscape-svg ships no types: it is a Cytoscape extension that adds `cy.svg(options)`.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
