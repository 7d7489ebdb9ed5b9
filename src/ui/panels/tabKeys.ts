// Keyboard movement in a tablist (pure), as the WAI-ARIA tabs pattern asks: arrows wrap around,
// Home and End jump to the ends; any other key leaves the tab where it is (null).
export function nextTab<T>(tabs: readonly T[], current: T, key: string): T | null {
  const i = tabs.indexOf(current);
  if (key === 'ArrowRight') return tabs[(i + 1) % tabs.length];
  if (key === 'ArrowLeft') return tabs[(i - 1 + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[tabs.length - 1];
  return null;
}
