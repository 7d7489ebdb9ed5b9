// The app shell: header, a two-pane workspace (editor with its problems list | graph beside the
// tabbed side panel) split by a resizable divider, and the status line. Monaco and Cytoscape load lazily, so the shell paints
// first.
import { lazy, Suspense } from 'react';
import { selectSplit } from '../../state/selectors';
import { useStore } from '../../state/store';
import { ClusterNoticeBar } from '../editor/ClusterNoticeBar';
import { EditorStatus } from '../editor/EditorStatus';
import { FileDropZone } from '../editor/FileDropZone';
import { FileTabs } from '../editor/FileTabs';
import { GraphPane } from '../graph/GraphPane';
import { DiagnosticsPanel } from '../panels/DiagnosticsPanel';
import { SidePanel } from '../panels/SidePanel';
import { TID } from '../testIds';
import { DialogHost } from './DialogHost';
import { Header } from './Header';
import { Splitter } from './Splitter';
import { StatusBar } from './StatusBar';

const ManifestEditor = lazy(() =>
  import('../editor/ManifestEditor').then((m) => ({ default: m.ManifestEditor })),
);

/** The whole page. */
export function App() {
  const split = useStore(selectSplit);
  return (
    <div className="app" data-testid={TID.app}>
      <a href="#editor-pane" className="skip-link">
        Skip to the editor
      </a>
      <Header />
      <main className="workspace" style={{ gridTemplateColumns: `${split * 100}% 8px 1fr` }}>
        <section
          id="editor-pane"
          className="pane pane-editor"
          aria-labelledby="editor-title"
          tabIndex={-1}
        >
          <div className="pane-head">
            <h2 id="editor-title" className="pane-title">
              Manifests
            </h2>
            <EditorStatus />
          </div>
          <FileTabs />
          <ClusterNoticeBar />
          <FileDropZone>
            <Suspense
              fallback={
                <div className="pane-loading" data-testid={TID.editorLoading}>
                  Loading editor…
                </div>
              }
            >
              <ManifestEditor />
            </Suspense>
          </FileDropZone>
          <DiagnosticsPanel />
        </section>
        <Splitter />
        <div className="pane-right">
          <section className="pane pane-graph" aria-label="Cluster graph">
            <GraphPane />
          </section>
          <SidePanel />
        </div>
      </main>
      <StatusBar />
      <DialogHost />
    </div>
  );
}
