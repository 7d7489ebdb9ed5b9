// One file tab: the "Include … in the analysis" checkbox, the tab itself and its close button.
// A set-aside tab is dashed and italic, shows "set aside", and is described so to screen readers.
import type { KeyboardEvent } from 'react';
import { ASIDE_NOTE_ID, TAB_PANEL_ID, tabId } from './tabDom';

export interface FileTabProps {
  name: string;
  index: number;
  active: boolean;
  aside: boolean;
  onSelect(): void;
  onIncludedChange(included: boolean): void;
  onClose(): void;
  onKeyDown(e: KeyboardEvent): void;
}

/** A tab in the "Open files" tab list. */
export function FileTab(p: FileTabProps) {
  const focusable = p.active ? 0 : -1; // roving tabindex: only the active tab's controls
  return (
    <div
      role="presentation"
      className="file-tab"
      data-active={p.active}
      data-aside={p.aside || undefined}
    >
      <input
        type="checkbox"
        className="file-tab-include"
        checked={!p.aside}
        tabIndex={focusable}
        aria-label={`Include ${p.name} in the analysis`}
        title={
          p.aside ? 'Set aside: not analysed. Check to include it.' : 'Analysed with the cluster'
        }
        onChange={(e) => p.onIncludedChange(e.currentTarget.checked)}
      />
      <button
        type="button"
        role="tab"
        id={tabId(p.index)}
        aria-selected={p.active}
        aria-controls={TAB_PANEL_ID}
        aria-describedby={p.aside ? ASIDE_NOTE_ID : undefined}
        tabIndex={focusable}
        title={`${p.name}${p.aside ? ' (set aside)' : ''} (F2 renames, Delete closes)`}
        onClick={p.onSelect}
        onKeyDown={p.onKeyDown}
      >
        {p.name}
      </button>
      {p.aside && (
        <span className="file-tab-aside" aria-hidden="true">
          set aside
        </span>
      )}
      <button
        type="button"
        className="file-tab-close"
        tabIndex={focusable}
        aria-label={`Close ${p.name}`}
        onClick={p.onClose}
      >
        ×
      </button>
    </div>
  );
}
