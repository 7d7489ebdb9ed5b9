// The user's text: input files, which of them form the analysed cluster, which one the editor
// shows, and a revision that rises on every change the engine would see. Persistence
// (localStorage) lives in ../persistence.ts, not here: actions have no effects.
import type { StateCreator } from 'zustand/vanilla';
import type { InputFile } from '../../engine/index';
import type { AppState } from '../store';
import {
  keepOpen,
  openOwnCluster,
  renameAside,
  withIncluded,
  type ClusterNotice,
} from './clusterFiles';
import { addFiles, closeFile, renameFile } from './editorFiles';

export interface EditorSlice {
  files: InputFile[];
  /** Names of open files left out of the analysed cluster (kept, shown, not analysed). */
  setAside: string[];
  /** Tells the user why files were set aside (an example or a link opened on its own). */
  clusterNotice: ClusterNotice | null;
  activeFile: string;
  /** Rises by one on every change of what the engine sees (text or which files). */
  rev: number;
  /** False once saving in the browser failed (storage full or off): the text is not being kept. */
  savedOk: boolean;
  setSavedOk(ok: boolean): void;
  /** Replaces all files (restore, reset to the example); all included unless `setAside` says. */
  setFiles(files: InputFile[], activeFile?: string, setAside?: string[]): void;
  /** Sets one file's text (the active one by default); no-op when unchanged. */
  setText(text: string, name?: string): void;
  setActiveFile(name: string): void;
  /** Opens files as new tabs in the cluster (names made unique); the last one becomes active. */
  addFiles(files: InputFile[]): void;
  /** Opens files as their own cluster: the other files are set aside, with a notice saying so. */
  openAsOwnCluster(files: InputFile[], notice: 'example' | 'shared', cni?: string): void;
  /** Includes a file in the cluster, or sets it aside. */
  setIncluded(name: string, included: boolean): void;
  /** Includes every open file ("Analyse all files together"). */
  includeAll(): void;
  showClusterNotice(notice: ClusterNotice | null): void;
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
  setAside: [],
  clusterNotice: null,
  activeFile: DEFAULT_FILE_NAME,
  rev: 0,
  savedOk: true,
  setSavedOk: (savedOk) => set((s) => (s.savedOk === savedOk ? s : { savedOk })),
  setFiles: (files, activeFile, setAside = []) =>
    set((s) => ({
      files,
      setAside: keepOpen(setAside, files),
      clusterNotice: null,
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
  openAsOwnCluster: (incoming, kind, cni) =>
    set((s) => {
      if (incoming.length === 0) return s;
      const { files, setAside, activeFile, opened } = openOwnCluster(s.files, incoming);
      const clusterNotice: ClusterNotice =
        kind === 'example' ? { kind, files: opened } : { kind, files: opened, cni };
      return { files, setAside, activeFile, clusterNotice, rev: s.rev + 1 };
    }),
  setIncluded: (name, included) =>
    set((s) => {
      const setAside = withIncluded(s.setAside, name, included);
      return setAside === s.setAside ? s : { setAside, clusterNotice: null, rev: s.rev + 1 };
    }),
  includeAll: () =>
    set((s) => (s.setAside.length ? { setAside: [], clusterNotice: null, rev: s.rev + 1 } : s)),
  showClusterNotice: (clusterNotice) => set({ clusterNotice }),
  renameFile: (from, to) =>
    set((s) => {
      const next = renameFile(s.files, from, to, s.activeFile);
      if (next.files === s.files) return s;
      return { ...next, setAside: renameAside(s.setAside, from, to.trim()), rev: s.rev + 1 };
    }),
  closeFile: (name) =>
    set((s) => {
      const next = closeFile(s.files, name, s.activeFile, DEFAULT_FILE_NAME);
      if (next.files === s.files) return s;
      return { ...next, setAside: keepOpen(s.setAside, next.files), rev: s.rev + 1 };
    }),
});
