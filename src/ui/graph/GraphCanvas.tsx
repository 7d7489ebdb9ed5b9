// The Cytoscape adapter component (lazy-loaded with Cytoscape and fcose). It creates the graph
// session on mount and destroys it on unmount; it renders one container that never re-renders.
// The toolbar talks to the session through `onReady`.
import { useEffect, useRef } from 'react';
import { appStore } from '../../state/store';
import { TID } from '../testIds';
import { startGraphSession, type GraphSession } from './graphSession';

export interface GraphCanvasProps {
  /** Called with the session once cy exists, and with null when it is gone. */
  onReady?(session: GraphSession | null): void;
}

/** The graph drawing area. */
export function GraphCanvas({ onReady }: GraphCanvasProps) {
  const host = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);

  useEffect(() => {
    const session = startGraphSession(host.current!, appStore);
    const notify = ready.current;
    notify?.(session);
    return () => {
      notify?.(null);
      session.destroy();
    };
  }, []);

  return (
    <div
      ref={host}
      className="graph-canvas"
      data-testid={TID.graphCanvas}
      role="group"
      aria-roledescription="graph"
      tabIndex={0}
      aria-label="Cluster graph: namespaces, workloads, Services and Ingresses. Enter expands or folds the selected workload"
      aria-describedby="graph-summary"
    />
  );
}
