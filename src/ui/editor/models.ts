// One Monaco model per open file, keyed by file name, with the view state (scroll, cursor) it had
// when the user last left its tab. A model is created from the store's text on first use and
// brought up to date on later uses; models of files that are gone are disposed.
import type { InputFile } from '../../engine/index';
import { fileText } from '../../state/slices/editorSlice';
import { monaco } from './monaco';

export interface FileModel {
  model: monaco.editor.ITextModel;
  viewState: monaco.editor.ICodeEditorViewState | null;
}

const models = new Map<string, FileModel>();

/** The model URI of a file: `file:///<name>`, the name the engine's diagnostics carry. */
export const fileUri = (name: string) => monaco.Uri.parse(`file:///${encodeURIComponent(name)}`);

/** The file's model, created or synced with the store's text. */
export function modelFor(name: string, files: readonly InputFile[]): FileModel {
  const text = fileText(files, name);
  let entry = models.get(name);
  if (!entry || entry.model.isDisposed()) {
    const uri = fileUri(name);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, 'yaml', uri);
    entry = { model, viewState: null };
    models.set(name, entry);
  }
  if (entry.model.getValue() !== text) entry.model.setValue(text);
  return entry;
}

/** Disposes the models of files not in `keep`. */
export function disposeModelsExcept(keep: ReadonlySet<string>): void {
  for (const [name, entry] of models) {
    if (keep.has(name)) continue;
    entry.model.dispose();
    models.delete(name);
  }
}
