// The user's text: input files, which one the editor shows, and a revision that rises on every
// change. Persistence (localStorage) lives in ../persistence.ts, not here: actions have no effects.
import type { StateCreator } from 'zustand/vanilla';
import type { InputFile } from '../../engine/index';
import type { AppState } from '../store';
import { addFiles, closeFile, renameFile } from './editorFiles';

export interface EditorSlice {
  files: InputFile[];
  activeFile: string;
  /** Rises by one on every text change; the analysis records which rev it answered. */
  rev: number;
  /** Replaces all files (load, restore, reset to the example). */
  setFiles(files: InputFile[], activeFile?: string): void;
  /** Sets one file's text (the active one by default); no-op when unchanged. */
  setText(text: string, name?: string): void;
  setActiveFile(name: string): void;
  /** Opens files as new tabs (names made unique); the last one becomes active. */
  addFiles(files: InputFile[]): void;
  /** Renames a file; ignored when the name is empty, has a slash or is taken. */
  renameFile(from: string, to: string): void;
  /** Closes a file (no questions asked: the UI confirms first). */
  closeFile(name: string): void;
}

export const DEFAULT_FILE_NAME = 'manifests.yaml';

/** `files` with `name`'s text replaced (or the file appended); the same array when unchanged. */
export function withFileText(files: InputFile[], name: string, text: string): InputFile[] {
  const i = files.findIndex((f) => f.name === name);
  if (i === -1) return [...files, { name, text }];
  if (files[i].text === text) return files;
  return files.map((f, j) => (j === i ? { name, text } : f));
}

/** The text of the named file, '' when there is none. */
export function fileText(files: readonly InputFile[], name: string): string {
  return files.find((f) => f.name === name)?.text ?? '';
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  files: [{ name: DEFAULT_FILE_NAME, text: '' }],
  activeFile: DEFAULT_FILE_NAME,
  rev: 0,
  setFiles: (files, activeFile) =>
    set((s) => ({
      files,
      activeFile: activeFile ?? files[0]?.name ?? DEFAULT_FILE_NAME,
      rev: s.rev + 1,
    })),
  setText: (text, name) => {
    const s = get();
    const files = withFileText(s.files, name ?? s.activeFile, text);
    if (files !== s.files) set({ files, rev: s.rev + 1 });
  },
  setActiveFile: (activeFile) => set({ activeFile }),
  addFiles: (added) =>
    set((s) => (added.length ? { ...addFiles(s.files, added, s.activeFile), rev: s.rev + 1 } : s)),
  renameFile: (from, to) =>
    set((s) => {
      const next = renameFile(s.files, from, to, s.activeFile);
      return next.files === s.files ? s : { ...next, rev: s.rev + 1 };
    }),
  closeFile: (name) =>
    set((s) => {
      const next = closeFile(s.files, name, s.activeFile, DEFAULT_FILE_NAME);
      return next.files === s.files ? s : { ...next, rev: s.rev + 1 };
    }),
});
