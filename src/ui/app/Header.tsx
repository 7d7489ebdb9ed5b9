// The app's banner: name, tagline, and the global controls: the Examples menu (each opens in a
// new tab), the Network plugin setting, and "Start over" (back to the shop example, asking first
// when that would discard text).
import { appStore } from '../../state/store';
import { ShareButton } from '../share/ShareButton';
import { TID } from '../testIds';
import { CniSelect } from './CniSelect';
import { confirmWithUser } from './dialogRequests';
import { EXAMPLE_FILE } from './example';
import { ExamplesMenu } from './ExamplesMenu';
import { ThemeSelect } from './ThemeSelect';
import './header.css';

async function startOver() {
  const { files, setAside, setFiles } = appStore.getState();
  const unchanged = files.length === 1 && files[0].text === EXAMPLE_FILE.text;
  if (unchanged && setAside.length === 0) return;
  const withText = files.filter((f) => f.text.trim() !== '' && f.text !== EXAMPLE_FILE.text);
  const ok =
    withText.length === 0 ||
    (await confirmWithUser({
      title: 'Start over with the example?',
      message: `All ${files.length} open file(s) will be replaced by shop.yaml. The text of ${withText.map((f) => f.name).join(', ')} will be lost.`,
      confirmLabel: 'Replace my files',
      danger: true,
    }));
  if (ok) setFiles([EXAMPLE_FILE]);
}

/** Top bar. */
export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--brand-mark)" />
          <circle cx="9" cy="16" r="4" fill="var(--brand-mark-light)" />
          <circle cx="23" cy="9" r="4" fill="var(--brand-mark-accent)" />
          <circle cx="23" cy="23" r="4" fill="var(--brand-mark-accent)" />
          <path
            d="M12.5 14.5 19.5 10.5M12.5 17.5 19.5 21.5"
            stroke="var(--brand-mark-light)"
            strokeWidth="2"
          />
        </svg>
        <h1 className="brand-name">Podpath</h1>
        <p className="tagline">
          What your cluster would do with these manifests: pods, IPs, Services and endpoints, before
          you apply them.
        </p>
      </div>
      <div className="header-actions">
        <CniSelect />
        <ThemeSelect />
        <ExamplesMenu />
        <ShareButton />
        <button
          type="button"
          className="btn"
          onClick={() => void startOver()}
          data-testid={TID.resetExample}
        >
          Start over
        </button>
      </div>
    </header>
  );
}
