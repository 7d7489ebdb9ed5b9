import { describe, expect, it } from 'vitest';
import { nextTabIndex } from './tabKeys';
import { isManifestName } from './manifestNames';

describe('nextTabIndex', () => {
  it('wraps with arrows and jumps with Home/End', () => {
    expect(nextTabIndex('ArrowRight', 2, 3)).toBe(0);
    expect(nextTabIndex('ArrowLeft', 0, 3)).toBe(2);
    expect(nextTabIndex('Home', 2, 3)).toBe(0);
    expect(nextTabIndex('End', 0, 3)).toBe(2);
    expect(nextTabIndex('a', 0, 3)).toBeNull();
    expect(nextTabIndex('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('isManifestName', () => {
  it('accepts .yaml, .yml and .json only', () => {
    expect(['a.yaml', 'b.YML', 'c.json'].every(isManifestName)).toBe(true);
    expect(['a.txt', 'yaml', 'a.yaml.bak'].some(isManifestName)).toBe(false);
  });
});
