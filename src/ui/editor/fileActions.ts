// What the tab bar's buttons, the file input and drops do, outside React: read local files, ask
// before anything that would discard text, and then call the store's editor actions.
import type { InputFile } from '../../engine/index';
import { uniqueName, renameProblem } from '../../state/slices/editorFiles';
import { appStore } from '../../state/store';
import { askUser, confirmWithUser } from '../app/dialogRequests';
import { isManifestName } from './manifestNames';

/** Reads local files (text) and opens the manifests among them as new tabs. */
export async function openLocalFiles(list: Iterable<File>): Promise<number> {
  const picked = [...list].filter((f) => isManifestName(f.name));
  const files: InputFile[] = await Promise.all(
    picked.map(async (f) => ({ name: f.name, text: await f.text() })),
  );
  appStore.getState().addFiles(files);
  return files.length;
}

/** A new empty tab (untitled.yaml, untitled-2.yaml, …) with the editor focused, ready to paste. */
export function newFile(): void {
  const { files, addFiles } = appStore.getState();
  const name = uniqueName('untitled.yaml', new Set(files.map((f) => f.name)));
  addFiles([{ name, text: '' }]);
  appStore.getState().revealLine(1, name); // moves focus into the editor once its model is in
}

/** Asks for a new name, then renames. */
export async function renameWithDialog(from: string): Promise<void> {
  const name = await askUser({
    title: 'Rename file',
    message: `New name for ${from}.`,
    inputLabel: 'File name',
    initialValue: from,
    confirmLabel: 'Rename',
    validate: (v) => renameProblem(appStore.getState().files, from, v),
  });
  if (name !== null) appStore.getState().renameFile(from, name);
}

/** Closes a tab; one with text asks first, since its text would be lost. */
export async function closeWithConfirm(name: string): Promise<void> {
  const file = appStore.getState().files.find((f) => f.name === name);
  if (!file) return;
  if (file.text.trim() !== '') {
    const ok = await confirmWithUser({
      title: `Close ${name}?`,
      message: `Its text will be discarded. This cannot be undone.`,
      confirmLabel: 'Close and discard',
      danger: true,
    });
    if (!ok) return;
  }
  appStore.getState().closeFile(name);
}
