// The YAML editor pane (lazy-loaded with Monaco). It creates the editor once on mount and binds it
// to the store; the Kubernetes schema arrives in the background and only adds validation.
import { useEffect, useRef } from 'react';
import { appStore } from '../../state/store';
import { fileText } from '../../state/slices/editorSlice';
import { TID } from '../testIds';
import { bindEditorToStore } from './editorBinding';
import { loadKubernetesSchema, monaco } from './monaco';

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

/** Monaco bound to the active file. */
export function ManifestEditor() {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const { files, activeFile } = appStore.getState();
    const uri = monaco.Uri.parse(`file:///${encodeURIComponent(activeFile)}`);
    const model =
      monaco.editor.getModel(uri) ??
      monaco.editor.createModel(fileText(files, activeFile), 'yaml', uri);
    const editor = monaco.editor.create(host.current!, { ...EDITOR_OPTIONS, model });
    const unbind = bindEditorToStore(monaco, editor, model, appStore, activeFile);
    void loadKubernetesSchema();
    return () => {
      unbind();
      editor.dispose();
      model.dispose();
    };
  }, []);

  return <div ref={host} className="editor-host" data-testid={TID.editor} />;
}
