import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { selectTheme } from '../selectors';
import { parseThemeChoice, resolveTheme } from './themeSlice';

describe('theme choice', () => {
  it('reads the three choices and treats anything else as System', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('system')).toBe('system');
    expect(parseThemeChoice('Dark')).toBe('system');
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('<img src=x>')).toBe('system');
  });

  it('System follows the system; Light and Dark ignore it', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('the store derives the theme in force from the choice and the system', () => {
    const store = createAppStore();
    expect(selectTheme(store.getState())).toBe('light');
    store.getState().setSystemDark(true);
    expect(selectTheme(store.getState())).toBe('dark');
    store.getState().setThemeChoice('light');
    expect(selectTheme(store.getState())).toBe('light');
    store.getState().setThemeChoice('dark');
    store.getState().setSystemDark(false);
    expect(selectTheme(store.getState())).toBe('dark');
  });
});
