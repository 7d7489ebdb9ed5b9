// The editor loop's manners (STYLE.md §5): the editor writes text to the store; the store writes
// back only under an echo guard; markers are set under one owner as soon as a result arrives
// (never on a disposed model); reveal requests move the cursor. Returns one disposer.
import type { AppStore } from '../../state/store';
import { fileText } from '../../state/slices/editorSlice';
import { registerEditorForTests } from '../app/e2eHook';
import { MARKER_OWNER, toMarkers } from './markers';
import { isSchemaLoaded, type monaco } from './monaco';

type Editor = monaco.editor.IStandaloneCodeEditor;
type Model = monaco.editor.ITextModel;
type Monaco = typeof monaco;

function applyMarkers(m: Monaco, model: Model, store: AppStore, file: string) {
  if (model.isDisposed()) return; // an answer for a model that is gone
  const diagnostics = store.getState().result?.cluster.diagnostics ?? [];
  const shape = {
    lineCount: model.getLineCount(),
    lineMaxColumn: (line: number) => model.getLineMaxColumn(line),
  };
  m.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(diagnostics, file, shape));
}

function revealLine(editor: Editor, line: number, column = 1) {
  editor.revealLineInCenter(line);
  editor.setPosition({ lineNumber: line, column });
  editor.focus();
}

function registerForTests(m: Monaco, editor: Editor, model: Model) {
  registerEditorForTests({
    setValue: (text) => editor.executeEdits('e2e', [{ range: model.getFullModelRange(), text }]),
    getValue: () => model.getValue(),
    markers: () =>
      m.editor.getModelMarkers({ resource: model.uri }).map((mk) => ({
        owner: mk.owner,
        line: mk.startLineNumber,
        severity: mk.severity,
        message: mk.message,
      })),
    schemaLoaded: isSchemaLoaded,
    cursor: () => {
      const range = editor.getVisibleRanges()[0];
      return {
        line: editor.getPosition()?.lineNumber ?? null,
        visible: range ? [range.startLineNumber, range.endLineNumber] : null,
      };
    },
  });
}

/** Wires one editor and its model to the store for `file`. */
export function bindEditorToStore(
  m: Monaco,
  editor: Editor,
  model: Model,
  store: AppStore,
  file: string,
): () => void {
  let applying = false; // echo guard: our own writes into the model are not user edits
  const typing = model.onDidChangeContent(() => {
    if (!applying) store.getState().setText(model.getValue(), file);
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.files !== prev.files) {
      const text = fileText(s.files, file);
      if (text !== model.getValue()) {
        applying = true;
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        applying = false;
      }
    }
    if (s.result !== prev.result) applyMarkers(m, model, store, file);
    if (s.reveal && s.reveal !== prev.reveal && (s.reveal.file ?? file) === file) {
      revealLine(editor, s.reveal.line, s.reveal.column);
    }
  });
  applyMarkers(m, model, store, file);
  registerForTests(m, editor, model);
  return () => {
    registerEditorForTests(null);
    unsubscribe();
    typing.dispose();
  };
}
