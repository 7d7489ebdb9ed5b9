// Endpoints of a Service with a selector, exactly as the EndpointSlice controller lists them
// (SEMANTICS.md §3.8, §3.9), and the warnings about them: a selector that matches no pod (§1.4
// hint), a named targetPort that some pods lack. Selecting the pods is podIndex.ts's job.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { Endpoint, Pod, Protocol, Service, ServicePort, Workload } from '../model/cluster';
import { mapMatches } from '../topology/selectors';

/** A named container port of this pod with the same protocol: containers first, then sidecars. */
export function resolveNamedPort(pod: Pod, name: string, protocol: Protocol): number | undefined {
  let sidecar: number | undefined;
  for (const p of pod.ports) {
    if (p.name !== name || p.protocol !== protocol) continue;
    if (!p.sidecar) return p.containerPort;
    sidecar ??= p.containerPort;
  }
  return sidecar;
}

/** One endpoint per selected pod that has an IP; ports whose name does not resolve are left out. */
export function podEndpoints(s: Service, selected: readonly Pod[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const pod of selected) {
    if (pod.ip === undefined || pod.ip === '') continue;
    const ports: Endpoint['ports'] = [];
    for (const sp of s.ports) {
      const port =
        typeof sp.targetPort === 'number'
          ? sp.targetPort
          : resolveNamedPort(pod, sp.targetPort, sp.protocol);
      if (port !== undefined) ports.push({ name: sp.name, port, protocol: sp.protocol });
    }
    const ep: Endpoint = {
      pod: pod.ref,
      ip: pod.ip,
      ready: s.publishNotReadyAddresses || pod.ready,
      ports,
    };
    if (pod.node !== undefined) ep.node = pod.node;
    if (pod.specHostname && pod.subdomain === s.name) ep.hostname = pod.specHostname;
    out.push(ep);
  }
  return out;
}

function warn(
  s: Service,
  m: Manifest | undefined,
  path: (string | number)[],
  msg: string,
): Diagnostic {
  const at = m ? m.lineOf(path) : s.source;
  const ref = objectRef('Service', s.name, s.namespace);
  const code =
    path[1] === 'selector' ? 'SERVICE_SELECTOR_MATCHES_NOTHING' : 'SERVICE_TARGET_PORT_UNRESOLVED';
  return diagAt(code, 'warning', `Service ${s.namespace}/${s.name}: ${msg}`, at, ref);
}

/** §1.4: no pod matches, perhaps because the selector copies a workload's own metadata labels. */
export function warnNoPods(
  s: Service,
  m: Manifest | undefined,
  workloads: readonly Workload[],
  diags: Diagnostic[],
): void {
  const selector = s.selector ?? {};
  const sel = Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const w = workloads.find((x) => x.namespace === s.namespace && mapMatches(selector, x.labels));
  const hint = w
    ? ` (matches the ${w.kind} ${w.name}'s metadata labels instead; pods carry only its template labels)`
    : '';
  const msg = `selector {${sel}} matches no pods in namespace ${s.namespace}${hint}, so it has no endpoints`;
  diags.push(warn(s, m, ['spec', 'selector'], msg));
}

function listPods(pods: readonly Pod[]): string {
  const names = pods.slice(0, 3).map((p) => p.ref);
  return names.join(', ') + (pods.length > 3 ? ` and ${pods.length - 3} more` : '');
}

/** §3.8: a named targetPort missing on some/all selected pods, or declared with another protocol. */
export function warnUnresolvedTargetPorts(
  s: Service,
  m: Manifest | undefined,
  selected: readonly Pod[],
  diags: Diagnostic[],
): void {
  const running = selected.filter((p) => p.ip !== undefined && p.ip !== '');
  if (running.length === 0) return;
  s.ports.forEach((sp, i) => {
    if (typeof sp.targetPort !== 'string') return;
    const name = sp.targetPort;
    const missing = running.filter((p) => resolveNamedPort(p, name, sp.protocol) === undefined);
    if (missing.length === 0) return;
    const otherProto = missing.filter((p) => p.ports.some((cp) => cp.name === name));
    const share = missing.length === running.length ? 'none' : `${running.length - missing.length}`;
    let msg = `targetPort "${name}" of ${describePort(sp)} resolves on ${share} of the ${running.length} selected pods (missing on ${listPods(missing)}); those pods are not backends for this port`;
    if (otherProto.length > 0) {
      const proto = otherProto[0].ports.find((cp) => cp.name === name)?.protocol;
      msg += `; ${listPods(otherProto)} declare "${name}" as ${proto}, not ${sp.protocol}`;
    }
    diags.push(warn(s, m, ['spec', 'ports', i, 'targetPort'], msg));
  });
}

function describePort(sp: ServicePort): string {
  return `port ${sp.name ? `${sp.name} ` : ''}(${sp.port}/${sp.protocol})`;
}
