// Starts the app's background machinery around the store: restore the saved text and which files
// form the cluster (or the example), then run the analysis loop against a fresh engine client and autosave the text.
// UI code calls this once; it returns how to flush the autosave and how to stop everything.
import type { InputFile } from '../engine/index';
import { createEngineClient } from '../worker/engineClient';
import { startAnalysisSync } from './analysisSync';
import { startQuerySync } from './querySync';
import { loadSaved, startAutosave, type KeyValueStorage } from './persistence';
import type { AppStore } from './store';

export interface SessionOptions {
  /** Where the text is saved (localStorage in the app); none: nothing is saved. */
  storage?: KeyValueStorage;
  /** What the editor shows when nothing was saved. */
  initialFiles: InputFile[];
}

export interface Session {
  flush(): void;
  stop(): void;
}

/** Restores or seeds the text, then starts analysis and autosave. */
export function startSession(store: AppStore, options: SessionOptions): Session {
  const saved = loadSaved(options.storage);
  store
    .getState()
    .setFiles(saved?.files ?? options.initialFiles, saved?.activeFile, saved?.setAside);
  if (saved?.settings?.cni) store.getState().setSetting('cni', saved.settings.cni);
  const client = createEngineClient();
  const stopSync = startAnalysisSync(store, client);
  const stopQueries = startQuerySync(store, client);
  const { storage } = options;
  const autosave = storage
    ? startAutosave(store, storage, 300, (ok) => store.getState().setSavedOk(ok))
    : null;
  if (!storage) store.getState().setSavedOk(false);
  return {
    flush: () => autosave?.flush(),
    stop: () => {
      stopSync();
      stopQueries();
      autosave?.stop();
      client.dispose();
    },
  };
}
