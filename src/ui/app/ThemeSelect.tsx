// The "Theme" setting: System (follows the operating system live), Light or Dark. The choice is
// saved and applied by themeSync.ts; this only shows and changes it.
import { selectSetThemeChoice, selectThemeChoice } from '../../state/selectors';
import { parseThemeChoice } from '../../state/slices/themeSlice';
import { useStore } from '../../state/store';
import { TID } from '../testIds';

const OPTIONS = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** A labelled select bound to the theme choice. */
export function ThemeSelect() {
  const choice = useStore(selectThemeChoice);
  const setChoice = useStore(selectSetThemeChoice);
  return (
    <span className="header-field">
      <label htmlFor="theme-select">Theme</label>
      <select
        id="theme-select"
        value={choice}
        data-testid={TID.themeSelect}
        onChange={(e) => setChoice(parseThemeChoice(e.target.value))}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
