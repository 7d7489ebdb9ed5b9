// data-testid values shared by the components and the Playwright page objects (mermaid's TID).
export const TID = {
  app: 'app',
  editor: 'editor',
  editorLoading: 'editor-loading',
  graph: 'graph',
  graphCanvas: 'graph-canvas',
  graphEmpty: 'graph-empty',
  fitButton: 'graph-fit',
  builtinsToggle: 'graph-builtins',
  statusBar: 'status-bar',
  status: 'analysis-status',
  diagnostics: 'diagnostics',
  diagnostic: 'diagnostic',
  inspector: 'inspector',
  resetExample: 'reset-example',
  splitter: 'splitter',
} as const;
