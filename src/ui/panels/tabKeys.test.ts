// nextTab: arrows wrap, Home/End jump, other keys do nothing.
import { describe, expect, it } from 'vitest';
import { nextTab } from './tabKeys';

describe('nextTab', () => {
  const tabs = ['a', 'b', 'c'];
  it('moves with arrows and wraps', () => {
    expect(nextTab(tabs, 'a', 'ArrowRight')).toBe('b');
    expect(nextTab(tabs, 'c', 'ArrowRight')).toBe('a');
    expect(nextTab(tabs, 'a', 'ArrowLeft')).toBe('c');
  });
  it('jumps with Home/End and ignores other keys', () => {
    expect(nextTab(tabs, 'b', 'Home')).toBe('a');
    expect(nextTab(tabs, 'b', 'End')).toBe('c');
    expect(nextTab(tabs, 'b', 'Enter')).toBeNull();
  });
});
