// Autosave and restore against a Map-backed storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LEGACY_STORAGE_KEYS,
  STORAGE_KEY,
  loadSaved,
  save,
  startAutosave,
  type KeyValueStorage,
} from './persistence';
import { createAppStore } from './store';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('loadSaved', () => {
  it('restores what save wrote', () => {
    const storage = memoryStorage();
    save(storage, { files: [{ name: 'a.yaml', text: 'x' }], activeFile: 'a.yaml' });
    expect(loadSaved(storage)).toEqual({
      files: [{ name: 'a.yaml', text: 'x' }],
      activeFile: 'a.yaml',
    });
  });

  it('restores the network plugin with the files, and only a string one', () => {
    const storage = memoryStorage();
    const files = [{ name: 'a.yaml', text: 'x' }];
    save(storage, { files, activeFile: 'a.yaml', settings: { cni: 'flannel' } });
    expect(loadSaved(storage)?.settings).toEqual({ cni: 'flannel' });
    storage.data.set(STORAGE_KEY, JSON.stringify({ files, settings: { cni: 3 } }));
    expect(loadSaved(storage)?.settings).toBeUndefined();
  });

  it('autosaves a change of network plugin', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    const autosave = startAutosave(store, storage);
    store.getState().setSetting('cni', 'flannel');
    autosave.flush();
    expect(loadSaved(storage)?.settings).toEqual({ cni: 'flannel' });
    autosave.stop();
  });

  it('restores which files are set aside, dropping names of files that are not saved', () => {
    const storage = memoryStorage();
    const files = [
      { name: 'a.yaml', text: 'x' },
      { name: 'b.yaml', text: 'y' },
    ];
    save(storage, { files, activeFile: 'b.yaml', setAside: ['a.yaml', 'zz.yaml'] });
    expect(loadSaved(storage)).toEqual({ files, activeFile: 'b.yaml', setAside: ['a.yaml'] });
  });

  it('migrates a v1 save (every file in the cluster) and prefers the newer format', () => {
    const storage = memoryStorage();
    const v1 = { files: [{ name: 'old.yaml', text: 'kind: Pod' }], activeFile: 'old.yaml' };
    storage.data.set(
      LEGACY_STORAGE_KEYS[0],
      JSON.stringify({ ...v1, settings: { cni: 'cilium' } }),
    );
    expect(loadSaved(storage)).toEqual({ ...v1, settings: { cni: 'cilium' } });
    save(storage, { files: [{ name: 'new.yaml', text: '' }], activeFile: 'new.yaml' });
    expect(loadSaved(storage)?.activeFile).toBe('new.yaml');
    // A broken newer save falls back to the older one rather than to nothing.
    storage.data.set(STORAGE_KEY, '{broken');
    expect(loadSaved(storage)?.activeFile).toBe('old.yaml');
  });

  it('autosaves setting a file aside, and the store restores it', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    store.getState().setFiles([
      { name: 'a.yaml', text: '' },
      { name: 'b.yaml', text: '' },
    ]);
    const autosave = startAutosave(store, storage);
    store.getState().setIncluded('a.yaml', false);
    autosave.flush();
    expect(loadSaved(storage)?.setAside).toEqual(['a.yaml']);
    autosave.stop();
  });

  it('ignores missing, broken or odd data', () => {
    const storage = memoryStorage();
    expect(loadSaved(storage)).toBeNull();
    expect(loadSaved(undefined)).toBeNull();
    storage.data.set(STORAGE_KEY, '{not json');
    expect(loadSaved(storage)).toBeNull();
    storage.data.set(STORAGE_KEY, JSON.stringify({ files: [{ name: 1 }] }));
    expect(loadSaved(storage)).toBeNull();
    // One malformed entry costs only itself, not every other saved file.
    storage.data.set(
      STORAGE_KEY,
      JSON.stringify({ files: [{ name: 1 }, { name: 'b', text: 'B' }] }),
    );
    expect(loadSaved(storage)?.files).toEqual([{ name: 'b', text: 'B' }]);
    storage.data.set(
      STORAGE_KEY,
      JSON.stringify({ files: [{ name: 'a', text: '' }], activeFile: 'zz' }),
    );
    expect(loadSaved(storage)?.activeFile).toBe('a');
  });

  it('reports a storage that refuses', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(save(full, { files: [], activeFile: '' })).toBe(false);
    const store = createAppStore();
    const results: boolean[] = [];
    const autosave = startAutosave(store, full, 300, (ok) => results.push(ok));
    store.getState().setText('kind: Pod');
    autosave.flush();
    expect(results).toEqual([false]);
    autosave.stop();
  });
});

describe('startAutosave', () => {
  it('saves shortly after typing, and at once on flush', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    const autosave = startAutosave(store, storage, 300);
    store.getState().setText('kind: Pod');
    expect(storage.data.size).toBe(0);
    vi.advanceTimersByTime(300);
    expect(loadSaved(storage)?.files[0].text).toBe('kind: Pod');
    store.getState().setText('kind: Service');
    autosave.flush();
    expect(loadSaved(storage)?.files[0].text).toBe('kind: Service');
    autosave.stop();
    store.getState().setText('after stop');
    vi.advanceTimersByTime(1000);
    expect(loadSaved(storage)?.files[0].text).toBe('kind: Service');
  });
});
