// The editor's file tabs (WAI-ARIA tabs): one tab per file, arrows/Home/End move, Delete closes,
// F2 renames; the active tab's checkbox ("Include … in the analysis") and × are in the Tab order.
// A set-aside tab looks different and is described as such. Beside the tabs: New, Rename and
// "Open manifests" (a file input). Closing a file with text asks first (fileActions.ts).
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  selectActiveFile,
  selectSetActiveFile,
  selectSetAside,
  selectSetIncluded,
} from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { closeWithConfirm, newFile, openLocalFiles, renameWithDialog } from './fileActions';
import { MANIFEST_ACCEPT } from './manifestNames';
import { FileTab } from './FileTab';
import { ASIDE_NOTE_ID, tabId } from './tabDom';
import { nextTabIndex } from './tabKeys';
import './files.css';

const selectNames = (s: { files: { name: string }[] }) => s.files.map((f) => f.name);

/** The tab bar above the editor. */
export function FileTabs() {
  const names = useStore(useShallow(selectNames));
  const activeName = useStore(selectActiveFile);
  const setActive = useStore(selectSetActiveFile);
  const setAside = useStore(selectSetAside);
  const setIncluded = useStore(selectSetIncluded);
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
          <FileTab
            key={name}
            name={name}
            index={i}
            active={name === activeName}
            aside={setAside.includes(name)}
            onSelect={() => setActive(name)}
            onIncludedChange={(included) => setIncluded(name, included)}
            onClose={() => void closeWithConfirm(name)}
            onKeyDown={(e) => onKeyDown(e, i)}
          />
        ))}
      </div>
      <span id={ASIDE_NOTE_ID} hidden>
        Set aside: not part of the analysed cluster
      </span>
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
          title={`Rename ${activeName} (F2)`}
          onClick={() => void renameWithDialog(activeName)}
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
