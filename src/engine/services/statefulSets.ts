// StatefulSet serviceName checks (SEMANTICS.md §1.3, §8.2): the governing Service should exist in
// the namespace and be headless, or the pods get no per-pod DNS names. Warnings only: the API
// server does not check it. Expanding StatefulSets into pods is topology/'s job.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { Service, Workload } from '../model/cluster';
import type { SourceRef } from '../model/source';

/** Warns per StatefulSet (only accepted ones when `workloads` lists any) about its serviceName. */
export function checkStatefulSetServices(
  manifests: readonly Manifest[],
  services: readonly Service[],
  workloads: readonly Workload[],
  diags: Diagnostic[],
): void {
  const accepted = new Set(
    workloads.filter((w) => w.kind === 'StatefulSet').map((w) => `${w.namespace}/${w.name}`),
  );
  // Looked up only for StatefulSets, by namespace then name (no key string per Service).
  let byNamespace: Map<string, Map<string, Service>> | undefined;
  for (const m of manifests) {
    if (m.kind !== 'StatefulSet') continue;
    const namespace = m.namespace ?? 'default';
    if (workloads.length > 0 && !accepted.has(`${namespace}/${m.name}`)) continue;
    const spec = (m.raw.spec ?? {}) as Record<string, unknown>;
    const serviceName = typeof spec.serviceName === 'string' ? spec.serviceName : '';
    const who = `StatefulSet ${namespace}/${m.name}`;
    const ref = objectRef('StatefulSet', m.name, namespace);
    byNamespace ??= servicesByNamespace(services);
    const s = byNamespace.get(namespace)?.get(serviceName);
    if (serviceName === '' || !s) {
      const what =
        serviceName === ''
          ? 'has no spec.serviceName'
          : `serviceName "${serviceName}" names no Service in namespace ${namespace}`;
      const msg = `${who} ${what}: its pods get no per-pod DNS names (<pod>.<service>.${namespace}.svc)`;
      diags.push(diagAt('STATEFULSET_SERVICE_MISSING', 'warning', msg, at(m), ref));
    } else if (!s.headless) {
      const msg = `${who}: serviceName "${serviceName}" names a Service that is not headless (clusterIP ${s.clusterIP ?? 'none'}); the governing Service of a StatefulSet should set clusterIP: None`;
      diags.push(diagAt('STATEFULSET_SERVICE_NOT_HEADLESS', 'warning', msg, at(m), ref));
    }
  }
}

/** Where findings point: the serviceName field (looked up only when there is a finding). */
function at(m: Manifest): SourceRef {
  return m.lineOf(['spec', 'serviceName']);
}

/** The last Service of each namespace/name, as a Map built from all of them would hold. */
function servicesByNamespace(services: readonly Service[]): Map<string, Map<string, Service>> {
  const out = new Map<string, Map<string, Service>>();
  for (const s of services) {
    let byName = out.get(s.namespace);
    if (!byName) out.set(s.namespace, (byName = new Map()));
    byName.set(s.name, s);
  }
  return out;
}
