// Endpoints as the EndpointSlice controller and kube-proxy see them (SEMANTICS.md §3.7, §3.9):
// selected pods for Services with a selector (podEndpoints.ts), hand-written EndpointSlices and
// mirrored Endpoints otherwise (manualEndpoints.ts), the API server behind default/kubernetes.
// Fills service.endpoints in place; DNS records built from them are dns/'s job.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { Endpoint, Node, Pod, Service, Workload } from '../model/cluster';
import { indexPods, selectPods } from './podIndex';
import { podEndpoints, warnNoPods, warnUnresolvedTargetPorts } from './podEndpoints';
import {
  readEndpointSlice,
  readLegacyEndpoints,
  type ManualAddress,
  type ManualEndpoints,
} from './manualEndpoints';
import { checkStatefulSetServices } from './statefulSets';

/** Port the API server listens on behind default/kubernetes (kubeadm's default). */
export const API_SERVER_PORT = 6443;
/** API server address when no node is known (kind's first control-plane node address). */
export const FALLBACK_API_SERVER_IP = '172.18.0.2';
const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

export function computeEndpoints(
  services: Service[],
  pods: readonly Pod[],
  manifests: readonly Manifest[],
  diags: Diagnostic[],
  workloads: readonly Workload[] = [],
  nodes: readonly Node[] = [],
): void {
  const index = indexPods(pods);
  const manual = readManualEndpoints(manifests, diags);
  const manifestOf = serviceManifests(manifests);
  const used = new Set<ManualEndpoints>();
  // Only hand-written endpoints need these; most clusters have few or none.
  let lookups: ManualLookups | undefined;
  for (const s of services) {
    if (s.type === 'ExternalName') continue;
    const m = s.builtin ? undefined : manifestOf(s);
    s.endpoints = [];
    if (s.selector) {
      const selected = selectPods(index, s.namespace, s.selector);
      s.endpoints = podEndpoints(s, selected);
      if (!s.builtin && selected.length === 0) warnNoPods(s, m, workloads, diags);
      if (!s.builtin) warnUnresolvedTargetPorts(s, m, selected, diags);
    }
    // kube-proxy merges every slice labelled for the Service; Endpoints are mirrored only without a selector.
    const sources =
      manual.size === 0
        ? []
        : (manual.get(`${s.namespace}/${s.name}`) ?? []).filter(
            (e) => e.kind === 'EndpointSlice' || !s.selector,
          );
    if (sources.length > 0) lookups ??= manualLookups(services, pods);
    for (const src of sources) {
      used.add(src);
      const made = manualToEndpoints(s, src, lookups!.podRefs, lookups!.clusterIPs, diags);
      s.endpoints.push(...made);
    }
    if (!s.selector && sources.length === 0) noSelectorNoSources(s, m, nodes, diags);
  }
  reportUnused(manual, used, diags);
  checkStatefulSetServices(manifests, services, workloads, diags);
}

interface ManualLookups {
  podRefs: Set<string>;
  /** ClusterIP → `namespace/name` of its Service. */
  clusterIPs: Map<string, string>;
}

function manualLookups(services: readonly Service[], pods: readonly Pod[]): ManualLookups {
  const clusterIPs = new Map<string, string>();
  for (const s of services)
    if (s.clusterIP && s.clusterIP !== 'None')
      clusterIPs.set(s.clusterIP, `${s.namespace}/${s.name}`);
  return { podRefs: new Set(pods.map((p) => p.ref)), clusterIPs };
}

function readManualEndpoints(
  manifests: readonly Manifest[],
  diags: Diagnostic[],
): Map<string, ManualEndpoints[]> {
  const out = new Map<string, ManualEndpoints[]>();
  const add = (e: ManualEndpoints) => {
    const key = `${e.namespace}/${e.service}`;
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  };
  for (const m of [...manifests].sort((a, b) => a.order - b.order)) {
    if (m.kind === 'EndpointSlice') {
      const slice = readEndpointSlice(m, diags);
      if (slice) add(slice);
    } else if (m.kind === 'Endpoints') readLegacyEndpoints(m, diags).forEach(add);
  }
  return out;
}

/**
 * The Service manifest of each Service (the last one with its namespace/name starting at its
 * file and line), to cite the accepted object's fields. Indexed by file and line without a key
 * string per Service: those strings were a large share of this stage.
 */
function serviceManifests(manifests: readonly Manifest[]): (s: Service) => Manifest | undefined {
  const byFile = new Map<string, Map<number, Manifest[]>>();
  for (const m of manifests) {
    if (m.kind !== 'Service') continue;
    let byLine = byFile.get(m.source.file);
    if (!byLine) byFile.set(m.source.file, (byLine = new Map()));
    const list = byLine.get(m.source.line);
    if (list) list.push(m);
    else byLine.set(m.source.line, [m]);
  }
  return (s) => {
    const list = byFile.get(s.source.file)?.get(s.source.line) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if ((m.namespace ?? 'default') === s.namespace && m.name === s.name) return m;
    }
    return undefined;
  };
}

/** §3.7: kube-proxy pairs Service ports with endpoint ports by name AND protocol. */
function manualToEndpoints(
  s: Service,
  src: ManualEndpoints,
  podRefs: ReadonlySet<string>,
  clusterIPs: Map<string, string>,
  diags: Diagnostic[],
): Endpoint[] {
  const ports: Endpoint['ports'] = [];
  const unpaired: string[] = [];
  for (const sp of s.ports) {
    const p = src.ports.find((q) => q.name === sp.name && q.protocol === sp.protocol);
    if (p) ports.push({ name: sp.name, port: p.port, protocol: sp.protocol });
    else unpaired.push(`${sp.name || '(unnamed)'} ${sp.port}/${sp.protocol}`);
  }
  const what = `${src.kind} ${src.namespace}/${src.manifest.name}`;
  const ref = objectRef(src.manifest.kind, src.manifest.name, src.namespace);
  if (unpaired.length > 0 && src.addresses.length > 0) {
    const listed =
      src.ports.map((q) => `${q.name || '(unnamed)'} ${q.port}/${q.protocol}`).join(', ') ||
      'no ports';
    const msg = `${what}: Service ${s.namespace}/${s.name} port ${unpaired.join(', ')} has no backends here: it lists ${listed}, and kube-proxy pairs ports by name and protocol`;
    diags.push(
      diagAt('ENDPOINT_PORT_UNPAIRED', 'warning', msg, src.manifest.lineOf(src.portsPath), ref),
    );
  }
  return src.addresses.map((a) => {
    const vip = clusterIPs.get(a.ip);
    if (vip !== undefined) {
      const msg = `${what}: address ${a.ip} is the ClusterIP of Service ${vip}; kube-proxy does not forward to virtual IPs`;
      diags.push(diagAt('ENDPOINT_ADDRESS_IS_CLUSTER_IP', 'warning', msg, a.source, ref));
    }
    return manualEndpoint(a, ports, podRefs);
  });
}

function manualEndpoint(
  a: ManualAddress,
  ports: Endpoint['ports'],
  podRefs: ReadonlySet<string>,
): Endpoint {
  const ep: Endpoint = {
    ip: a.ip,
    ready: a.ready,
    ports: ports.map((p) => ({ ...p })),
    source: a.source,
  };
  if (a.podRef && podRefs.has(a.podRef)) ep.pod = a.podRef;
  if (a.node) ep.node = a.node;
  if (a.hostname) ep.hostname = a.hostname;
  return ep;
}

/** default/kubernetes gets the API server; any other selectorless Service simply has none. */
function noSelectorNoSources(
  s: Service,
  m: Manifest | undefined,
  nodes: readonly Node[],
  diags: Diagnostic[],
): void {
  if (s.namespace === 'default' && s.name === 'kubernetes') {
    const node = nodes.find((n) => CONTROL_PLANE_LABEL in n.labels) ?? nodes[0];
    const ports = s.ports.map((sp) => ({
      name: sp.name,
      port: typeof sp.targetPort === 'number' ? sp.targetPort : API_SERVER_PORT,
      protocol: sp.protocol,
    }));
    const ep: Endpoint = { ip: node?.ip ?? FALLBACK_API_SERVER_IP, ready: true, ports };
    if (node) ep.node = node.name;
    s.endpoints = [ep];
    return;
  }
  if (s.builtin) return;
  const msg = `Service ${s.namespace}/${s.name} has no selector and no EndpointSlice (label ${'kubernetes.io/service-name'}) or Endpoints object: it has no backends`;
  const at = m ? m.lineOf(['spec']) : s.source;
  diags.push(
    diagAt(
      'SERVICE_NO_ENDPOINT_SOURCE',
      'info',
      msg,
      at,
      objectRef('Service', s.name, s.namespace),
    ),
  );
}

function reportUnused(
  manual: Map<string, ManualEndpoints[]>,
  used: Set<ManualEndpoints>,
  diags: Diagnostic[],
): void {
  const reported = new Set<Manifest>();
  for (const list of manual.values()) {
    for (const src of list) {
      if (used.has(src) || reported.has(src.manifest)) continue;
      reported.add(src.manifest);
      const what = `${src.kind} ${src.namespace}/${src.manifest.name}`;
      const why =
        src.kind === 'Endpoints'
          ? `is not used: Service ${src.namespace}/${src.service} does not exist, is ExternalName, or has a selector (then the endpoints controller overwrites it)`
          : `is not used: Service ${src.namespace}/${src.service} does not exist or is ExternalName`;
      const ref = objectRef(src.kind, src.manifest.name, src.namespace);
      diags.push(
        diagAt('ENDPOINT_SLICE_UNUSED', 'warning', `${what} ${why}`, src.manifest.source, ref),
      );
    }
  }
}
