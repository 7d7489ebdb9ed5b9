// The right-hand pane: a head with the Graph | Table switch and the graph's toolbar, the summary
// of what was found, then the lazily loaded graph with its legend, or the table view. Past the
// size limit (state/graphLimit.ts) the graph is not built until the user asks: the pane
// shows a message and the table. Cytoscape arrives in its own chunk, so the first paint never
// waits for it.
import { lazy, Suspense, useRef, useState } from 'react';
import {
  selectGraphTooLarge,
  selectPaneView,
  selectStatus,
  selectSummary,
} from '../../state/selectors';
import { useStore } from '../../state/store';
import { ClusterTable } from '../overview/ClusterTable';
import { paneContent } from '../overview/largeInput';
import '../overview/overview.css';
import { SummaryBar } from '../overview/SummaryBar';
import { TooLargeNotice } from '../overview/TooLargeNotice';
import { ViewSwitch } from '../overview/ViewSwitch';
import { TID } from '../testIds';
import { GraphLegend } from './GraphLegend';
import type { GraphSession } from './graphSession';
import { GraphToolbar } from './GraphToolbar';
import { PolicyViewNote } from './PolicyViewNote';

const GraphCanvas = lazy(() => import('./GraphCanvas').then((m) => ({ default: m.GraphCanvas })));

function GraphView({ onReady }: { onReady(session: GraphSession | null): void }) {
  const summary = useStore(selectSummary);
  const status = useStore(selectStatus);
  const empty = summary.namespaces + summary.pods.total + summary.services.total === 0;
  return (
    <>
      <div className="graph-area" data-testid={TID.graph}>
        <Suspense fallback={<div className="pane-loading">Loading graph…</div>}>
          <GraphCanvas onReady={onReady} />
        </Suspense>
        {empty && status !== 'idle' && status !== 'running' && (
          <div className="graph-empty" data-testid={TID.graphEmpty}>
            <p className="graph-empty-title">Nothing to draw yet</p>
            <p>Add a Deployment, a Pod or a Service on the left and the cluster appears here.</p>
          </div>
        )}
        <PolicyViewNote />
      </div>
      <GraphLegend />
    </>
  );
}

/** Graph or table, with the summary and the controls. */
export function GraphPane() {
  const [session, setSession] = useState<GraphSession | null>(null);
  const summary = useStore(selectSummary);
  const view = useStore(selectPaneView);
  const tooLarge = useStore(selectGraphTooLarge);
  const drawAnyway = useRef<HTMLButtonElement>(null);
  const content = paneContent(view, tooLarge);
  return (
    <>
      <div className="pane-head">
        <h2 className="pane-title">Cluster</h2>
        <ViewSwitch
          shown={content}
          onGraphBlocked={tooLarge ? () => drawAnyway.current?.focus() : null}
        />
        {content === 'graph' && <GraphToolbar session={session} />}
      </div>
      <SummaryBar />
      {tooLarge && <TooLargeNotice summary={summary} buttonRef={drawAnyway} />}
      {content === 'graph' ? <GraphView onReady={setSession} /> : <ClusterTable />}
    </>
  );
}
