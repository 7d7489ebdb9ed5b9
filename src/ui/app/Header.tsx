// The app's banner: name, tagline, and the one global action (back to the example).
import { appStore, useStore } from '../../state/store';
import { selectSetFiles } from '../../state/selectors';
import { TID } from '../testIds';
import { EXAMPLE_FILE } from './example';

/** Top bar. */
export function Header() {
  const setFiles = useStore(selectSetFiles);
  const reset = () => {
    const { files } = appStore.getState();
    const unchanged = files.length === 1 && files[0].text === EXAMPLE_FILE.text;
    if (unchanged) return;
    if (window.confirm('Replace the editor text with the example? Your text will be lost.')) {
      setFiles([EXAMPLE_FILE]);
    }
  };
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--brand)" />
          <circle cx="9" cy="16" r="4" fill="#fff" />
          <circle cx="23" cy="9" r="4" fill="#7fd1ff" />
          <circle cx="23" cy="23" r="4" fill="#7fd1ff" />
          <path d="M12.5 14.5 19.5 10.5M12.5 17.5 19.5 21.5" stroke="#fff" strokeWidth="2" />
        </svg>
        <h1 className="brand-name">Podpath</h1>
        <p className="tagline">
          What your cluster would do with these manifests: pods, IPs, Services and endpoints, before
          you apply them.
        </p>
      </div>
      <div className="header-actions">
        <button type="button" className="btn" onClick={reset} data-testid={TID.resetExample}>
          Load example
        </button>
      </div>
    </header>
  );
}
