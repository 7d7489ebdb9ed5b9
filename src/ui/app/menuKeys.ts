// Keyboard movement in a vertical menu (WAI-ARIA menu button pattern): Up/Down wrap, Home/End
// jump. Pure: the index to focus next, or null for any other key.

export function nextMenuIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
