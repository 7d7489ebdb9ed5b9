// The `inspect --json` document (CLI-CONTRACT.md "inspect"): a pure mapping from the engine's
// Cluster to the contract's fixed keys, plus a few extra keys beside them (code, column, owner
// kind, settings). Nothing is computed here; the engine already decided every value.
import type {
  Cluster,
  Diagnostic,
  Ingress,
  IngressBackend,
  NetworkPolicy,
  Pod,
  Service,
} from '../../engine/index';

/** The whole computed topology as the contract prints it. */
export function toInspectJson(cluster: Cluster) {
  return {
    namespaces: cluster.namespaces.map((n) => ({ name: n.name, labels: n.labels })),
    nodes: cluster.nodes.map((n) => ({ name: n.name, ip: n.ip, podCIDR: n.podCIDR })),
    pods: cluster.pods.map(podJson),
    services: cluster.services.map(serviceJson),
    ingresses: cluster.ingresses.map(ingressJson),
    networkPolicies: cluster.policies.map(policyJson),
    dnsRecords: cluster.dnsRecords.map((r) => ({ name: r.name, type: r.type, data: r.data })),
    diagnostics: cluster.diagnostics.map(diagnosticJson),
    settings: cluster.settings,
    objectCounts: cluster.objectCounts,
  };
}

function podJson(p: Pod) {
  return {
    namespace: p.namespace,
    name: p.name,
    owner: p.owner ? { kind: p.owner.kind, name: p.owner.name } : null,
    workload: p.owner?.name ?? null,
    node: p.node ?? null,
    ip: p.ip ?? null,
    phase: p.phase,
    hostNetwork: p.hostNetwork,
    labels: p.labels,
    containerPorts: p.ports.map((cp) => ({
      container: cp.container,
      name: cp.name ?? null,
      containerPort: cp.containerPort,
      protocol: cp.protocol,
    })),
  };
}

function serviceJson(s: Service) {
  return {
    namespace: s.namespace,
    name: s.name,
    type: s.type,
    clusterIP: s.type === 'ExternalName' ? null : s.headless ? 'None' : s.clusterIP,
    externalName: s.externalName ?? null,
    selector: s.selector,
    ports: s.ports.map((sp) => ({
      name: sp.name,
      port: sp.port,
      protocol: sp.protocol,
      targetPort: sp.targetPort,
      resolvedTargetPorts: resolvedTargetPorts(s, sp.name),
      nodePort: sp.nodePort ?? null,
    })),
    endpoints: flatEndpoints(s),
    dnsNames: s.dnsNames,
  };
}

/** The distinct numbers a Service port reaches across its endpoints (named ports vary per pod). */
function resolvedTargetPorts(s: Service, portName: string): number[] {
  const nums = new Set<number>();
  for (const ep of s.endpoints) {
    for (const p of ep.ports) if (p.name === portName) nums.add(p.port);
  }
  return [...nums].sort((a, b) => a - b);
}

interface FlatEndpoint {
  pod: string | null;
  ip: string;
  port: number | null;
  portName: string | null;
  protocol: string | null;
}

/** One row per endpoint address and Service port: the contract's `{pod, ip, port}`. */
function flatEndpoints(s: Service): FlatEndpoint[] {
  return s.endpoints.flatMap((ep): FlatEndpoint[] => {
    const base = { pod: ep.pod ?? null, ip: ep.ip };
    if (ep.ports.length === 0) return [{ ...base, port: null, portName: null, protocol: null }];
    return ep.ports.map((p) => ({ ...base, port: p.port, portName: p.name, protocol: p.protocol }));
  });
}

function ingressJson(i: Ingress) {
  const tlsHosts = [...new Set(i.tls.flatMap((t) => t.hosts))];
  return {
    namespace: i.namespace,
    name: i.name,
    class: i.className,
    served: i.served,
    tlsHosts,
    tls: i.tls.map((t) => ({ hosts: t.hosts, secretName: t.secretName ?? null })),
    rules: i.rules.flatMap((r) =>
      r.paths.map((p) => ({
        host: r.host ?? null,
        path: p.path,
        pathType: p.pathType,
        backend: backendJson(p.backend),
      })),
    ),
    defaultBackend: i.defaultBackend ? backendJson(i.defaultBackend) : null,
  };
}

function backendJson(b: IngressBackend) {
  if (!b.service) return { service: null, port: null, resource: b.resource ?? null };
  const port = b.service.port.number ?? b.service.port.name ?? null;
  return { service: b.service.name, port };
}

function policyJson(p: NetworkPolicy) {
  return {
    namespace: p.namespace,
    name: p.name,
    policyTypes: p.policyTypes,
    selectedPods: p.selectedPods,
    ingressRules: p.ingress.length,
    egressRules: p.egress.length,
  };
}

function diagnosticJson(d: Diagnostic) {
  return {
    severity: d.severity,
    message: d.message,
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    code: d.code,
    object: d.object ?? null,
  };
}
