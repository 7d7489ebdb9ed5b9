// The YAML editor pane (lazy-loaded with Monaco). One editor; one Monaco model per file, named
// `file:///<name>` so the engine's diagnostics land as markers in the right file. Switching tabs
// swaps the model (each keeps its undo stack and view state); models of closed or renamed files
// are disposed. The Kubernetes schema arrives in the background and only adds validation.
import { useEffect, useRef, useState } from 'react';
import { selectActiveFile, selectFiles } from '../../state/selectors';
import { appStore, useStore } from '../../state/store';
import { TID } from '../testIds';
import { bindEditorToStore } from './editorBinding';
import { loadKubernetesSchema, monaco } from './monaco';
import { modelFor, disposeModelsExcept } from './models';

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
  fixedOverflowWidgets: true,
  quickSuggestions: { other: true, comments: false, strings: true },
  ariaLabel: 'Kubernetes manifests (YAML)',
  padding: { top: 8 },
};

type Editor = monaco.editor.IStandaloneCodeEditor;

/** Monaco bound to the active file. */
export function ManifestEditor() {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const activeFile = useStore(selectActiveFile);
  const files = useStore(selectFiles);

  useEffect(() => {
    const created = monaco.editor.create(host.current!, { ...EDITOR_OPTIONS, model: null });
    setEditor(created);
    void loadKubernetesSchema();
    return () => {
      created.dispose();
      disposeModelsExcept(new Set());
    };
  }, []);

  useEffect(() => {
    if (!editor) return;
    const model = modelFor(activeFile, appStore.getState().files);
    editor.setModel(model.model);
    if (model.viewState) editor.restoreViewState(model.viewState);
    const unbind = bindEditorToStore(monaco, editor, model.model, appStore, activeFile);
    return () => {
      model.viewState = editor.saveViewState();
      unbind();
    };
  }, [editor, activeFile]);

  useEffect(() => {
    disposeModelsExcept(new Set(files.map((f) => f.name)));
  }, [files]);

  return <div ref={host} className="editor-host" data-testid={TID.editor} />;
}
