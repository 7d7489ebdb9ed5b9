// The editor's file tabs (WAI-ARIA tabs): one tab per file, arrows/Home/End move, Delete closes,
// F2 renames, the active tab's × is in the Tab order; beside them New, Rename and "Open
// manifests" (a file input). Closing a file with text asks first (fileActions.ts).
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectActiveFile, selectSetActiveFile } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { closeWithConfirm, newFile, openLocalFiles, renameWithDialog } from './fileActions';
import { MANIFEST_ACCEPT } from './manifestNames';
import { nextTabIndex } from './tabKeys';
import './files.css';

const selectNames = (s: { files: { name: string }[] }) => s.files.map((f) => f.name);

/** DOM id of the tab at `index` (names may hold any character, so ids use the position). */
export const tabId = (index: number) => `file-tab-${index}`;
export const TAB_PANEL_ID = 'file-tabpanel';

/** The tab bar above the editor. */
export function FileTabs() {
  const names = useStore(useShallow(selectNames));
  const active = useStore(selectActiveFile);
  const setActive = useStore(selectSetActiveFile);
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: React.KeyboardEvent, index: number) => {
    if (e.key === 'Delete') return void closeWithConfirm(names[index]);
    if (e.key === 'F2') return void renameWithDialog(names[index]);
    const next = nextTabIndex(e.key, index, names.length);
    if (next === null) return;
    e.preventDefault();
    setActive(names[next]);
    list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };

  return (
    <div className="file-bar" data-testid={TID.fileBar}>
      <div ref={list} className="file-tabs" role="tablist" aria-label="Open files">
        {names.map((name, i) => (
          <div key={name} role="presentation" className="file-tab" data-active={name === active}>
            <button
              type="button"
              role="tab"
              id={tabId(i)}
              aria-selected={name === active}
              aria-controls={TAB_PANEL_ID}
              tabIndex={name === active ? 0 : -1}
              title={`${name} (F2 renames, Delete closes)`}
              onClick={() => setActive(name)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {name}
            </button>
            <button
              type="button"
              className="file-tab-close"
              tabIndex={name === active ? 0 : -1}
              aria-label={`Close ${name}`}
              onClick={() => void closeWithConfirm(name)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      <div className="file-actions">
        <button
          type="button"
          className="btn btn-small btn-icon"
          aria-label="New file"
          title="New file (paste a manifest into it)"
          onClick={newFile}
        >
          +
        </button>
        <button
          type="button"
          className="btn btn-small btn-icon"
          aria-label="Rename"
          title={`Rename ${active} (F2)`}
          onClick={() => void renameWithDialog(active)}
        >
          ✎
        </button>
        <label className="btn btn-small file-open" title="Open .yaml, .yml or .json files as tabs">
          Open<span className="visually-hidden"> manifests</span>
          <input
            type="file"
            className="visually-hidden"
            accept={MANIFEST_ACCEPT}
            multiple
            onChange={(e) => {
              const input = e.currentTarget;
              void openLocalFiles(input.files ?? []).finally(() => (input.value = ''));
            }}
          />
        </label>
      </div>
    </div>
  );
}
