// "Export PNG" and "Export SVG": the whole graph at presentation scale on the theme's background.
import { TID } from '../testIds';
import { exportGraph } from './exportGraph';
import type { GraphSession } from './graphSession';

/** The two export buttons of the graph toolbar. */
export function ExportButtons({ session }: { session: GraphSession | null }) {
  return (
    <span className="toolbar-group">
      <button
        type="button"
        className="btn"
        onClick={() => session && void exportGraph(session.cy, 'png')}
        disabled={!session}
        data-testid={TID.exportPng}
        title="Download the whole graph as podpath-graph.png"
      >
        Export PNG
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => session && void exportGraph(session.cy, 'svg')}
        disabled={!session}
        data-testid={TID.exportSvg}
        title="Download the whole graph as podpath-graph.svg"
      >
        Export SVG
      </button>
    </span>
  );
}
