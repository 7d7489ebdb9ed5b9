// The one store: a vanilla Zustand store assembled from slices, usable from React (useStore), from
// analysisSync.ts and from tests alike. No middleware, no effects: those live in their own modules.
import { useStore as useZustandStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAnalysisSlice, type AnalysisSlice } from './slices/analysisSlice';
import { createEditorSlice, type EditorSlice } from './slices/editorSlice';
import { createOverviewSlice, type OverviewSlice } from './slices/overviewSlice';
import { createQuerySlice, type QuerySlice } from './slices/querySlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createSettingsSlice, type SettingsSlice } from './slices/settingsSlice';
import { createThemeSlice, type ThemeSlice } from './slices/themeSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';

export type AppState = EditorSlice &
  SettingsSlice &
  AnalysisSlice &
  QuerySlice &
  SelectionSlice &
  ViewSlice &
  OverviewSlice &
  ThemeSlice;
export type AppStore = StoreApi<AppState>;

/** A fresh store (tests make one each; the app uses `appStore`). */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createEditorSlice(...a),
    ...createSettingsSlice(...a),
    ...createAnalysisSlice(...a),
    ...createQuerySlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createOverviewSlice(...a),
    ...createThemeSlice(...a),
  }));
}

/** The app's store. */
export const appStore: AppStore = createAppStore();

/** Reads the app store from a component through a selector (see selectors.ts). */
export function useStore<T>(selector: (s: AppState) => T): T {
  return useZustandStore(appStore, selector);
}
