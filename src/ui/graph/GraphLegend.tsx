// The key to the graph's shapes and colours (Service types, pod states, a trace's verdicts).
// Static markup.

const SERVICE_TYPES = [
  ['clusterip', 'ClusterIP'],
  ['nodeport', 'NodePort'],
  ['loadbalancer', 'LoadBalancer'],
  ['externalname', 'ExternalName'],
] as const;

/** A compact legend in the graph's corner. */
export function GraphLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch swatch-pod" aria-hidden="true" /> Pod
      </li>
      <li>
        <span className="swatch swatch-pod not-ready" aria-hidden="true" /> Not ready
      </li>
      {SERVICE_TYPES.map(([cls, name]) => (
        <li key={cls}>
          <span className={`swatch swatch-svc svc-${cls}`} aria-hidden="true" /> {name}
        </li>
      ))}
      <li>
        <span className="swatch swatch-edge" aria-hidden="true" /> Endpoint
      </li>
      <li>
        <span className="swatch swatch-edge trace-allowed" aria-hidden="true" /> Trace allowed
      </li>
      <li>
        <span className="swatch swatch-edge trace-denied" aria-hidden="true" /> Trace denied
      </li>
    </ul>
  );
}
