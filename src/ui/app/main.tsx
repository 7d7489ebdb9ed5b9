// Entry point: installs the e2e hook (only with `?e2e`), applies the theme, starts the store's session (restored
// text or the example, analysis loop, autosave) and mounts the app. Heavy parts load lazily.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startSession } from '../../state/startSession';
import { appStore } from '../../state/store';
import { importSharedLink } from '../share/shareImport';
import { App } from './App';
import { installTestHook } from './e2eHook';
import { EXAMPLE_FILE } from './example';
import { DARK_QUERY, startThemeSync } from './themeSync';
import './theme.css';
import './styles.css';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage; // throws when storage is disabled
  } catch {
    return undefined;
  }
}

installTestHook();
// Before the first render. public/theme-boot.js has already set the saved theme before the first
// paint; from here on the store owns it (and follows the system live).
startThemeSync(appStore, {
  root: document.documentElement,
  storage: browserStorage(),
  darkQuery: window.matchMedia(DARK_QUERY),
});
const session = startSession(appStore, { storage: browserStorage(), initialFiles: [EXAMPLE_FILE] });
// A share link opens its files beside the restored ones, now and whenever the fragment changes
// (a link pasted into the address bar of an open app only changes the fragment).
void importSharedLink();
window.addEventListener('hashchange', () => void importSharedLink());
// Save at once when the tab is hidden or closed: the user's text is never lost.
window.addEventListener('pagehide', () => session.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') session.flush();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
