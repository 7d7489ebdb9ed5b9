// The YAML editor pane (lazy-loaded with Monaco). One editor; one Monaco model per file, named
// `file:///<name>` so the engine's diagnostics land as markers in the right file. Switching tabs
// swaps the model (each keeps its undo stack and view state); models of closed or renamed files
// are disposed. The Kubernetes schema arrives in the background and only adds validation.
import { useEffect, useRef, useState } from 'react';
import { selectActiveFile, selectFiles, selectTheme } from '../../state/selectors';
import { appStore, useStore, type AppState } from '../../state/store';
import { TID } from '../testIds';
import { bindEditorToStore } from './editorBinding';
import { applyEditorTheme, loadKubernetesSchema, monaco } from './monaco';
import { modelFor, disposeModelsExcept } from './models';
import { monacoThemeName } from './monacoTheme';

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  lineHeight: 20,
  fontFamily: 'ui-monospace, "SFMono-Regular", "JetBrains Mono", Menlo, Consolas, monospace',
  tabSize: 2,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  renderLineHighlight: 'line',
  renderLineHighlightOnlyWhenFocus: true, // no stray band on a line nobody is editing
  // The horizontal scrollbar rests over the last visible line; at Monaco's 12 px it read as a
  // grey highlight on that line. Thinner, rounded (files.css) and in theme colours, it reads as a
  // scrollbar.
  scrollbar: { horizontalScrollbarSize: 8, verticalScrollbarSize: 10 },
  fixedOverflowWidgets: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  ariaLabel: 'Kubernetes manifests (YAML)',
  placeholder:
    'Paste or type Kubernetes manifests here: YAML or JSON, several documents separated by ---',
  padding: { top: 8 },
};

type Editor = monaco.editor.IStandaloneCodeEditor;

/** A reveal request for a file whose tab is being opened for it; shown once its model is in. */
let pendingReveal: AppState['reveal'] = null;
/** The file whose model the editor shows now (its binding handles reveals for it). */
let boundFile: string | null = null;

function switchTabForReveal(s: AppState, prev: AppState) {
  const file = s.reveal?.file;
  if (!file || s.reveal === prev.reveal || file === boundFile) return;
  if (!s.files.some((f) => f.name === file)) return;
  // Another tab, or a tab just opened whose model is not bound yet (a new file to paste into).
  pendingReveal = s.reveal;
  if (file !== s.activeFile) s.setActiveFile(file);
}

/** Monaco bound to the active file. */
export function ManifestEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const activeFile = useStore(selectActiveFile);
  const files = useStore(selectFiles);
  const theme = useStore(selectTheme);

  // First, so the editor is created in the right colours; themeSync has switched the CSS by now.
  useEffect(() => applyEditorTheme(theme), [theme]);

  useEffect(() => {
    const created = monaco.editor.create(host.current!, {
      ...EDITOR_OPTIONS,
      model: null,
      theme: monacoThemeName(selectTheme(appStore.getState())), // else create() resets it to vs
    });
    setEditor(created);
    void loadKubernetesSchema();
    return () => {
      created.dispose();
      disposeModelsExcept(new Set());
    };
  }, []);

  // A reveal request for another open file (a Problems row, a trace hop) switches to its tab.
  useEffect(() => appStore.subscribe(switchTabForReveal), []);

  useEffect(() => {
    if (!editor) return;
    const model = modelFor(activeFile, appStore.getState().files);
    editor.setModel(model.model);
    if (model.viewState) editor.restoreViewState(model.viewState);
    const unbind = bindEditorToStore(monaco, editor, model.model, appStore, activeFile);
    boundFile = activeFile;
    const reveal = pendingReveal;
    if (reveal && reveal.file === activeFile) {
      pendingReveal = null;
      editor.revealLineInCenter(reveal.line);
      editor.setPosition({ lineNumber: reveal.line, column: reveal.column ?? 1 });
      editor.focus();
    }
    return () => {
      model.viewState = editor.saveViewState();
      boundFile = null;
      unbind();
    };
  }, [editor, activeFile]);

  useEffect(() => {
    disposeModelsExcept(new Set(files.map((f) => f.name)));
  }, [files]);

  return <div ref={host} className="editor-host" data-testid={TID.editor} />;
}
