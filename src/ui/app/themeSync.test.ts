import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { DARK_QUERY, startThemeSync, THEME_STORAGE_KEY, type DarkQuery } from './themeSync';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

function fakeDarkQuery(matches: boolean) {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const query: DarkQuery & { flip(m: boolean): void; listeners: typeof listeners } = {
    matches,
    listeners,
    addEventListener: (_t, l) => void listeners.add(l),
    removeEventListener: (_t, l) => void listeners.delete(l),
    flip(m) {
      query.matches = m;
      for (const l of listeners) l({ matches: m });
    },
  };
  return query;
}

function setup(saved: Record<string, string>, systemDark: boolean) {
  const store = createAppStore();
  const root = { dataset: {} as DOMStringMap };
  const storage = fakeStorage(saved);
  const darkQuery = fakeDarkQuery(systemDark);
  const stop = startThemeSync(store, { root, storage, darkQuery });
  return { store, root, storage, darkQuery, stop };
}

describe('theme sync', () => {
  it('applies the saved choice before anything renders', () => {
    expect(setup({ [THEME_STORAGE_KEY]: 'dark' }, false).root.dataset.theme).toBe('dark');
    expect(setup({ [THEME_STORAGE_KEY]: 'light' }, true).root.dataset.theme).toBe('light');
  });

  it('without a saved choice follows the system, and keeps following it live', () => {
    const { root, darkQuery, store } = setup({}, true);
    expect(store.getState().themeChoice).toBe('system');
    expect(root.dataset.theme).toBe('dark');
    darkQuery.flip(false);
    expect(root.dataset.theme).toBe('light');
  });

  it('a chosen theme is applied and saved, and a system change no longer moves it', () => {
    const { root, darkQuery, store, storage } = setup({}, false);
    store.getState().setThemeChoice('dark');
    expect(root.dataset.theme).toBe('dark');
    expect(storage.data.get(THEME_STORAGE_KEY)).toBe('dark');
    darkQuery.flip(false);
    expect(root.dataset.theme).toBe('dark');
  });

  it('a garbled saved value means System', () => {
    const { store, root } = setup({ [THEME_STORAGE_KEY]: '"><script>' }, false);
    expect(store.getState().themeChoice).toBe('system');
    expect(root.dataset.theme).toBe('light');
  });

  it('works when storage throws, and stop detaches from the system query', () => {
    const store = createAppStore();
    const root = { dataset: {} as DOMStringMap };
    const storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const darkQuery = fakeDarkQuery(true);
    const stop = startThemeSync(store, { root, storage, darkQuery });
    expect(root.dataset.theme).toBe('dark');
    store.getState().setThemeChoice('light');
    expect(root.dataset.theme).toBe('light');
    stop();
    expect(darkQuery.listeners.size).toBe(0);
  });
});

it('the boot script that paints the first frame reads the same key and system query', () => {
  const boot = readFileSync(new URL('../../../public/theme-boot.js', import.meta.url), 'utf8');
  expect(boot).toContain(`'${THEME_STORAGE_KEY}'`);
  expect(boot).toContain(`'${DARK_QUERY}'`);
});
