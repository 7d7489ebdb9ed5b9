// Autosave: the user's text goes to localStorage shortly after each change and is restored on
// reload, so it is never lost. Storage failures (quota, private mode) are reported to the caller
// and otherwise swallowed: the app keeps working without them. Saved with the files: which of
// them are set aside from the cluster, and of the settings the network plugin (cni).
import type { ClusterSettings, InputFile } from '../engine/index';
import type { AppState, AppStore } from './store';

/** v2 adds `setAside`; a v1 save (every file in the cluster) is still read and migrated. */
export const STORAGE_KEY = 'podpath.files.v2';
export const LEGACY_STORAGE_KEYS = ['podpath.files.v1'] as const;

export interface Saved {
  files: InputFile[];
  activeFile: string;
  /** Names of files set aside from the cluster; absent when every file is included. */
  setAside?: string[];
  /** Only the overrides the UI sets (the network plugin); absent when none. */
  settings?: Pick<Partial<ClusterSettings>, 'cni'>;
}

/** Minimal Storage surface, so tests can pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isInputFile(x: unknown): x is InputFile {
  const f = x as InputFile;
  return !!f && typeof f.name === 'string' && typeof f.text === 'string';
}

/**
 * A stored value checked field by field; null when it has no usable files. A malformed entry is
 * dropped, not the whole save: otherwise the next autosave would overwrite every other file.
 */
export function parseSaved(raw: string): Saved | null {
  const data = JSON.parse(raw) as Partial<Saved>;
  if (!Array.isArray(data.files)) return null;
  const files = (data.files as unknown[])
    .filter(isInputFile)
    .map((f) => ({ name: f.name, text: f.text }));
  if (files.length === 0) return null;
  const names = new Set(files.map((f) => f.name));
  const active = names.has(data.activeFile ?? '') ? data.activeFile! : files[0].name;
  const saved: Saved = { files, activeFile: active };
  const aside = Array.isArray(data.setAside) ? data.setAside.filter((n) => names.has(n)) : [];
  if (aside.length) saved.setAside = aside;
  const cni = data.settings?.cni;
  if (typeof cni === 'string') saved.settings = { cni };
  return saved;
}

/** The saved files (the newest format first, then older ones), or null when nothing is stored. */
export function loadSaved(storage: KeyValueStorage | undefined): Saved | null {
  for (const key of [STORAGE_KEY, ...LEGACY_STORAGE_KEYS]) {
    try {
      const raw = storage?.getItem(key);
      const saved = raw ? parseSaved(raw) : null;
      if (saved) return saved;
    } catch {
      // unreadable: try the older format, then give up
    }
  }
  return null;
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

/** What goes to storage from the store's state. */
export function toSaved(
  s: Pick<AppState, 'files' | 'activeFile' | 'setAside' | 'settings'>,
): Saved {
  const saved: Saved = { files: s.files, activeFile: s.activeFile };
  if (s.setAside.length) saved.setAside = s.setAside;
  if (s.settings.cni) saved.settings = { cni: s.settings.cni };
  return saved;
}

/**
 * Saves `delayMs` after each change; `flush` saves at once (call it on pagehide). `onResult` hears
 * whether each save worked, so the UI can say when the text is not being kept.
 */
export function startAutosave(
  store: AppStore,
  storage: KeyValueStorage,
  delayMs = 300,
  onResult: (ok: boolean) => void = () => {},
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    onResult(save(storage, toSaved(store.getState())));
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.files === prev.files &&
      s.activeFile === prev.activeFile &&
      s.setAside === prev.setAside &&
      s.settings === prev.settings
    )
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
