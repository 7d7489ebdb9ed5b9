// The large-input decision: past the limit the graph waits until the user asks for it.
import { describe, expect, it } from 'vitest';
import { GRAPH_BOX_LIMIT, isTooLarge } from './graphLimit';

describe('isTooLarge', () => {
  it('draws graphs up to the limit and not past it', () => {
    expect(isTooLarge(GRAPH_BOX_LIMIT, 0)).toBe(false);
    expect(isTooLarge(GRAPH_BOX_LIMIT + 1, 0)).toBe(true);
  });

  it('keeps a consent through small edits, but asks again for a much larger graph', () => {
    expect(isTooLarge(600, 600)).toBe(false);
    expect(isTooLarge(620, 600)).toBe(false);
    expect(isTooLarge(1_000, 600)).toBe(true);
  });
});
