// Keyboard movement in the file tab list (WAI-ARIA tabs pattern): arrows wrap, Home/End jump.
// Pure: returns the index to focus, or null when the key is not a movement key.

export function nextTabIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
