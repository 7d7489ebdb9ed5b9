// The editor area as the tab panel of the file tabs and as a drop target: manifests dropped here
// open as new tabs (the same path as "Open manifests").
import { useState, type ReactNode } from 'react';
import { selectActiveFile, selectFiles } from '../../state/selectors';
import { useStore } from '../../state/store';
import { openLocalFiles } from './fileActions';
import { TAB_PANEL_ID, tabId } from './tabDom';

const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes('Files');

/** Wraps the editor; shows a hint while files are dragged over it. */
export function FileDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  const files = useStore(selectFiles);
  const active = useStore(selectActiveFile);
  const index = files.findIndex((f) => f.name === active);
  return (
    <div
      className="editor-area"
      id={TAB_PANEL_ID}
      role="tabpanel"
      aria-labelledby={tabId(Math.max(index, 0))}
      data-dragging={over || undefined}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        void openLocalFiles(e.dataTransfer.files);
      }}
    >
      {children}
      {over && (
        <div className="drop-hint" aria-hidden="true">
          Drop .yaml, .yml or .json files to open them as tabs
        </div>
      )}
    </div>
  );
}
