// DOM ids shared by the file tabs and the tab panel (names may hold any character, so ids use
// the tab's position).
export const tabId = (index: number) => `file-tab-${index}`;
export const TAB_PANEL_ID = 'file-tabpanel';
/** The hidden text that describes a set-aside tab to screen readers. */
export const ASIDE_NOTE_ID = 'file-tab-aside-note';
