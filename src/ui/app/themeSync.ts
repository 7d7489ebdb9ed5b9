// Puts the theme in force on the page and keeps it there: restores the saved choice, follows the
// system's prefers-color-scheme live, sets `html[data-theme]` (the CSS variables do the rest) and
// saves the choice. Runs outside React, started in main.tsx before the first render, so its store
// listener runs before any view's (the graph reads the CSS variables when the theme changes, so
// they must already be switched). Before that, public/theme-boot.js sets the saved theme for the
// first paint.
import type { KeyValueStorage } from '../../state/persistence';
import { selectTheme } from '../../state/selectors';
import { parseThemeChoice } from '../../state/slices/themeSlice';
import type { AppStore } from '../../state/store';

export const THEME_STORAGE_KEY = 'podpath.theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The part of MediaQueryList this needs (tests pass a fake). */
export interface DarkQuery {
  matches: boolean;
  addEventListener(type: 'change', listener: (e: { matches: boolean }) => void): void;
  removeEventListener(type: 'change', listener: (e: { matches: boolean }) => void): void;
}

export interface ThemeEnvironment {
  root: { dataset: DOMStringMap };
  storage?: KeyValueStorage;
  darkQuery?: DarkQuery;
}

function readChoice(storage: KeyValueStorage | undefined) {
  try {
    return parseThemeChoice(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return parseThemeChoice(null); // storage disabled: follow the system
  }
}

function saveChoice(storage: KeyValueStorage | undefined, choice: string) {
  try {
    storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage full or disabled: the theme still applies for this visit.
  }
}

/** Applies the saved theme at once and keeps page, store and storage in step; returns stop. */
export function startThemeSync(store: AppStore, env: ThemeEnvironment): () => void {
  const { root, storage, darkQuery } = env;
  store.getState().setSystemDark(darkQuery?.matches ?? false);
  store.getState().setThemeChoice(readChoice(storage));
  root.dataset.theme = selectTheme(store.getState());

  const unsubscribe = store.subscribe((s, prev) => {
    const theme = selectTheme(s);
    if (theme !== selectTheme(prev)) root.dataset.theme = theme;
    if (s.themeChoice !== prev.themeChoice) saveChoice(storage, s.themeChoice);
  });
  const onSystemChange = (e: { matches: boolean }) => store.getState().setSystemDark(e.matches);
  darkQuery?.addEventListener('change', onSystemChange);
  return () => {
    unsubscribe();
    darkQuery?.removeEventListener('change', onSystemChange);
  };
}
