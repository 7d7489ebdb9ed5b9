// Which kinds the engine understands; the rest are counted and listed (info), never an error.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';

/** Kinds that change what the engine computes. */
export const KNOWN_KINDS = new Set([
  'Namespace',
  'Node',
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'ReplicationController',
  'Service',
  'Endpoints',
  'EndpointSlice',
  'Ingress',
  'IngressClass',
  'NetworkPolicy',
]);

/** Counts objects by kind and emits one info diagnostic per unknown kind. */
export function reportUnknownKinds(
  manifests: readonly Manifest[],
  diags: Diagnostic[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  const firstOfKind = new Map<string, Manifest>();
  for (const m of manifests) {
    counts[m.kind] = (counts[m.kind] ?? 0) + 1;
    if (!KNOWN_KINDS.has(m.kind) && !firstOfKind.has(m.kind)) firstOfKind.set(m.kind, m);
  }
  for (const [kind, m] of firstOfKind) {
    const n = counts[kind];
    diags.push(
      diagAt(
        'UNKNOWN_KIND',
        'info',
        `${n} ${kind} object${n === 1 ? '' : 's'} (${m.apiVersion}) not modelled: they do not change pod networking here.`,
        m.source,
        objectRef(kind, m.name, m.namespace),
      ),
    );
  }
  return counts;
}
