// Cluster settings the manifests do not carry. Only overrides are kept: the engine fills in its
// defaults (DEFAULT_SETTINGS), so this slice never duplicates them.
import type { StateCreator } from 'zustand/vanilla';
import type { ClusterSettings } from '../../engine/index';
import type { AppState } from '../store';

export interface SettingsSlice {
  settings: Partial<ClusterSettings>;
  setSetting<K extends keyof ClusterSettings>(key: K, value: ClusterSettings[K]): void;
  resetSettings(): void;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: {},
  setSetting: (key, value) => set((s) => ({ settings: { ...s.settings, [key]: value } })),
  resetSettings: () => set({ settings: {} }),
});
