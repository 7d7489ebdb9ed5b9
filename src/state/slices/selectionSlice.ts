// What the user points at: the selected and the hovered object, by graph id (`pod:ns/name`…).
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';

export interface SelectionSlice {
  selected: string | null;
  hovered: string | null;
  select(id: string | null): void;
  hover(id: string | null): void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selected: null,
  hovered: null,
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
});
