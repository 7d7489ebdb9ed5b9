// Suggestions for the query forms' datalists (pure): names the engine already computed, listed,
// never derived. Sources: pods, workloads and the outside world; destinations: those plus
// Service DNS names and Ingress hosts as URLs. Built-in objects are left out.
import type { Cluster } from '../../engine/index';

export interface Suggestion {
  value: string;
  label: string;
}

function podsAndWorkloads(c: Cluster): Suggestion[] {
  const workloads = c.workloads
    .filter((w) => !w.builtin)
    .map((w) => ({ value: `${w.namespace}/${w.name}`, label: `${w.kind}, any pod` }));
  const pods = c.pods
    .filter((p) => !p.builtin)
    .map((p) => ({ value: p.ref, label: `Pod ${p.ip ?? 'Pending'}` }));
  return [...workloads, ...pods];
}

/** Who can start a connection (or ask DNS). */
export function sourceSuggestions(c: Cluster | null, withExternal = true): Suggestion[] {
  if (!c) return [];
  const ext = withExternal ? [{ value: 'external', label: 'The outside world' }] : [];
  return [...podsAndWorkloads(c), ...ext];
}

/** Where a connection can go. */
export function destinationSuggestions(c: Cluster | null): Suggestion[] {
  if (!c) return [];
  const services = c.services
    .filter((s) => !s.builtin)
    .map((s) => ({ value: `${s.name}.${s.namespace}`, label: `Service ${s.type}` }));
  const hosts = new Set<string>();
  for (const ing of c.ingresses) for (const r of ing.rules) if (r.host) hosts.add(r.host);
  const urls = [...hosts].map((h) => ({ value: `http://${h}/`, label: 'Ingress host' }));
  return [...services, ...urls, ...podsAndWorkloads(c)];
}

/** DNS names worth resolving: Service names (short and qualified). */
export function nameSuggestions(c: Cluster | null): Suggestion[] {
  if (!c) return [];
  return c.services
    .filter((s) => !s.builtin)
    .flatMap((s) => [
      { value: `${s.name}.${s.namespace}`, label: 'Service' },
      ...s.dnsNames.slice(0, 1).map((n) => ({ value: n, label: 'fully qualified' })),
    ]);
}
