// The right-hand pane: toolbar, the lazily loaded graph, legend, inspector and an empty state.
// Cytoscape arrives in its own chunk, so the first paint never waits for it.
import { lazy, Suspense, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectCounts, selectStatus } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';
import { GraphLegend } from './GraphLegend';
import type { GraphSession } from './graphSession';
import { GraphToolbar } from './GraphToolbar';

const GraphCanvas = lazy(() => import('./GraphCanvas').then((m) => ({ default: m.GraphCanvas })));

/** Graph, controls and details. */
export function GraphPane() {
  const [session, setSession] = useState<GraphSession | null>(null);
  const counts = useStore(useShallow(selectCounts));
  const status = useStore(selectStatus);
  const empty = counts.namespaces + counts.pods + counts.services === 0;
  const summary = `${counts.namespaces} namespaces, ${counts.pods} pods, ${counts.services} Services.`;
  return (
    <>
      <div className="pane-head">
        <h2 className="pane-title">Cluster</h2>
        <GraphToolbar session={session} />
      </div>
      <div className="graph-area" data-testid={TID.graph}>
        <Suspense fallback={<div className="pane-loading">Loading graph…</div>}>
          <GraphCanvas onReady={setSession} />
        </Suspense>
        {empty && status !== 'idle' && status !== 'running' && (
          <div className="graph-empty" data-testid={TID.graphEmpty}>
            <p className="graph-empty-title">Nothing to draw yet</p>
            <p>Add a Deployment, a Pod or a Service on the left and the cluster appears here.</p>
          </div>
        )}
        <p id="graph-summary" className="visually-hidden">
          {summary}
        </p>
      </div>
      <GraphLegend />
    </>
  );
}
