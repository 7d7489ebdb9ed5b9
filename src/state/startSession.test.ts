// startSession in Node: no Worker, so the engine runs in-thread; the saved text wins over the
// example, and the first analysis lands in the store.
import { expect, it, vi } from 'vitest';
import { save } from './persistence';
import { startSession } from './startSession';
import { createAppStore } from './store';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

it('restores saved text, analyzes it, and saves edits', async () => {
  const storage = memoryStorage();
  save(storage, { files: [{ name: 'mine.yaml', text: 'kind: Pod' }], activeFile: 'mine.yaml' });
  const store = createAppStore();
  const session = startSession(store, { storage, initialFiles: [{ name: 'ex.yaml', text: '' }] });
  expect(store.getState().activeFile).toBe('mine.yaml');
  await vi.waitFor(() => expect(store.getState().status).toBe('ready'), { timeout: 5000 });
  store.getState().setText('kind: Service');
  session.flush();
  expect(storage.getItem('podpath.files.v1')).toContain('kind: Service');
  session.stop();
});

it('starts from the example when nothing was saved', () => {
  const store = createAppStore();
  const session = startSession(store, { initialFiles: [{ name: 'ex.yaml', text: 'a: 1' }] });
  expect(store.getState().files).toEqual([{ name: 'ex.yaml', text: 'a: 1' }]);
  session.stop();
});
