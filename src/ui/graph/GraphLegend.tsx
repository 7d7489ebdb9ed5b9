// The key to the graph: every node kind and Service type, every edge kind (endpoint, Ingress
// route, entry from outside, a policy overlay's allowed connection, a trace's verdicts). Static
// markup in a <details> that starts closed, so the graph keeps its room until someone asks.
import { TID } from '../testIds';

type Entry = readonly [swatch: string, name: string];

const NODES: readonly Entry[] = [
  ['swatch-ns', 'Namespace'],
  ['swatch-node', 'Node (group by node)'],
  ['swatch-wl', 'Workload, pods folded'],
  ['swatch-wl not-ready', 'Workload, some not ready'],
  ['swatch-pod', 'Pod'],
  ['swatch-pod not-ready', 'Pod not ready'],
  ['swatch-pod pending', 'Pod pending'],
  ['swatch-svc svc-clusterip', 'ClusterIP'],
  ['swatch-svc headless', 'Headless'],
  ['swatch-svc svc-nodeport', 'NodePort'],
  ['swatch-svc svc-loadbalancer', 'LoadBalancer'],
  ['swatch-svc svc-externalname', 'ExternalName'],
  ['swatch-ing', 'Ingress'],
  ['swatch-ext', 'Outside world'],
];

const EDGES: readonly Entry[] = [
  ['swatch-edge', 'Service → endpoint'],
  ['swatch-edge not-ready', 'Endpoint not ready'],
  ['swatch-edge route', 'Ingress route (host, path)'],
  ['swatch-edge entry', 'Traffic from outside'],
  ['swatch-edge policy', 'policy: allowed'],
  ['swatch-edge trace-allowed', 'Trace allowed'],
  ['swatch-edge trace-denied', 'Trace denied'],
];

const item = ([swatch, name]: Entry) => (
  <li key={name}>
    <span className={`swatch ${swatch}`} aria-hidden="true" /> {name}
  </li>
);

/** The legend under the graph. */
export function GraphLegend() {
  return (
    <details className="graph-legend" data-testid={TID.legend}>
      <summary>Legend</summary>
      <ul className="legend" aria-label="Legend: shapes">
        {NODES.map(item)}
      </ul>
      <ul className="legend" aria-label="Legend: lines">
        {EDGES.map(item)}
      </ul>
    </details>
  );
}
