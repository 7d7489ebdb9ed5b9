// The colour theme: what the user chose (System, Light or Dark) and whether the system asks for
// dark, from which the theme in force is derived. Applying it to the page, saving the choice and
// following prefers-color-scheme happen outside the store (ui/app/themeSync.ts).
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

export interface ThemeSlice {
  themeChoice: ThemeChoice;
  /** The system's prefers-color-scheme, as last reported. */
  systemDark: boolean;
  setThemeChoice(choice: ThemeChoice): void;
  setSystemDark(dark: boolean): void;
}

/** A stored or typed value as a choice; anything unknown means "follow the system". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return THEME_CHOICES.find((c) => c === value) ?? 'system';
}

/** The theme in force: the user's choice, or the system's when they chose System. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  themeChoice: 'system',
  systemDark: false,
  setThemeChoice: (choice) => set({ themeChoice: parseThemeChoice(choice) }),
  setSystemDark: (systemDark) => set({ systemDark }),
});
