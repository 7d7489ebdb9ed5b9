// Autosave: the user's text goes to localStorage shortly after each change and is restored on
// reload, so it is never lost. Storage failures (quota, private mode) are swallowed: the app
// keeps working without them. Of the settings, the network plugin (cni) is saved with the files.
import type { ClusterSettings, InputFile } from '../engine/index';
import type { AppStore } from './store';

export const STORAGE_KEY = 'podpath.files.v1';

interface Saved {
  files: InputFile[];
  activeFile: string;
  /** Only the overrides the UI sets (the network plugin); absent when none. */
  settings?: Pick<Partial<ClusterSettings>, 'cni'>;
}

/** Minimal Storage surface, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isInputFile(x: unknown): x is InputFile {
  const f = x as InputFile;
  return !!f && typeof f.name === 'string' && typeof f.text === 'string';
}

/** The saved files, or null when nothing valid is stored. */
export function loadSaved(storage: KeyValueStorage | undefined): Saved | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as Partial<Saved>;
    if (!Array.isArray(data.files) || data.files.length === 0) return null;
    if (!data.files.every(isInputFile)) return null;
    const active = data.files.some((f) => f.name === data.activeFile) ? data.activeFile : undefined;
    const cni = data.settings?.cni;
    const restored = { files: data.files, activeFile: active ?? data.files[0].name };
    return typeof cni === 'string' ? { ...restored, settings: { cni } } : restored;
  } catch {
    return null;
  }
}

/** Writes now; returns false when the storage refused. */
export function save(storage: KeyValueStorage, saved: Saved): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Saves the files (and the network plugin) `delayMs` after each change; `flush` saves at once (call it on pagehide). */
export function startAutosave(store: AppStore, storage: KeyValueStorage, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    const { files, activeFile, settings } = store.getState();
    save(
      storage,
      settings.cni ? { files, activeFile, settings: { cni: settings.cni } } : { files, activeFile },
    );
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.files === prev.files && s.activeFile === prev.activeFile && s.settings === prev.settings)
      return;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const stop = () => {
    flush();
    unsubscribe();
  };
  return { flush, stop };
}
