// startSession in Node: no Worker, so the engine runs in-thread; the saved text wins over the
// example, and the first analysis lands in the store.
import { expect, it, vi } from 'vitest';
import { STORAGE_KEY, save } from './persistence';
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
  save(storage, {
    files: [
      { name: 'mine.yaml', text: 'kind: Pod' },
      { name: 'aside.yaml', text: 'kind: Service' },
    ],
    activeFile: 'mine.yaml',
    setAside: ['aside.yaml'],
  });
  const store = createAppStore();
  const session = startSession(store, { storage, initialFiles: [{ name: 'ex.yaml', text: '' }] });
  expect(store.getState().activeFile).toBe('mine.yaml');
  expect(store.getState().setAside).toEqual(['aside.yaml']);
  await vi.waitFor(() => expect(store.getState().status).toBe('ready'), { timeout: 5000 });
  store.getState().setText('kind: Service');
  session.flush();
  expect(storage.getItem(STORAGE_KEY)).toContain('kind: Service');
  session.stop();
});

it('starts from the example when nothing was saved', () => {
  const store = createAppStore();
  const session = startSession(store, { initialFiles: [{ name: 'ex.yaml', text: 'a: 1' }] });
  expect(store.getState().files).toEqual([{ name: 'ex.yaml', text: 'a: 1' }]);
  session.stop();
});
