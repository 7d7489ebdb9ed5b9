// `{ingress-controller}` lines the way np-guard derives them (README points 12–13): a label-less
// pod in namespace ingress-controller-ns is the source; every Ingress backend that names a Service
// with a selector gives TCP pod ports; the line lists those NetworkPolicy allows from that pod.
import { evaluateConnection, type Cluster, type Pod, type Service } from '../../src/engine/index';
import { emptySet, normalise, renderConn } from './connSet';

export const INGRESS_CONTROLLER_FILE = {
  name: 'zz-ingress-controller.yaml',
  text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: ingress-controller, namespace: ingress-controller-ns}\nspec:\n  containers: [{name: controller, image: ingress-controller}]\n',
};
const SOURCE = 'ingress-controller-ns/ingress-controller';

interface BackendRef {
  namespace: string;
  service: string;
  port: { number?: number; name?: string } | undefined;
}

export function ingressControllerLines(
  cluster: Cluster,
  byWorkload: Map<string, Pod[]>,
): Map<string, string> {
  const src = cluster.pods.find((p) => p.ref === SOURCE);
  const ports = new Map<string, number[]>();
  for (const b of backends(cluster)) {
    const svc = cluster.services.find((s) => s.namespace === b.namespace && s.name === b.service);
    if (!svc || !svc.selector || Object.keys(svc.selector).length === 0) continue;
    for (const sp of servicePorts(svc, b.port)) {
      for (const [w, pods] of byWorkload) {
        for (const pod of pods.filter(
          (p) => p.namespace === svc.namespace && selects(svc.selector!, p),
        )) {
          const port =
            typeof sp.targetPort === 'number'
              ? sp.targetPort
              : pod.ports.find((cp) => cp.name === sp.targetPort && cp.protocol === 'TCP')
                  ?.containerPort;
          if (port === undefined || !src?.ip || !pod.ip) continue;
          const v = evaluateConnection(
            cluster,
            { kind: 'pod', pod: src.ref, ip: src.ip },
            { kind: 'pod', pod: pod.ref, ip: pod.ip },
            port,
            'TCP',
          );
          if (v.allowed) ports.set(w, [...(ports.get(w) ?? []), port]);
        }
      }
    }
  }
  const lines = new Map<string, string>();
  for (const [w, list] of ports) {
    const set = emptySet();
    set.TCP = normalise(list.map((p): [number, number] => [p, p]));
    lines.set(`{ingress-controller} => ${w}`, renderConn(set));
  }
  return lines;
}

function backends(cluster: Cluster): BackendRef[] {
  const out: BackendRef[] = [];
  for (const ing of cluster.ingresses) {
    const all = [ing.defaultBackend, ...ing.rules.flatMap((r) => r.paths.map((p) => p.backend))];
    for (const b of all) {
      if (b?.service)
        out.push({ namespace: ing.namespace, service: b.service.name, port: b.service.port });
    }
  }
  return out;
}

/** The first matching Service port (np-guard's lenient rule), or every port without one. */
function servicePorts(svc: Service, port: BackendRef['port']): Service['ports'] {
  if (!port || (port.number === undefined && port.name === undefined)) return svc.ports;
  const hit = svc.ports.find(
    (sp) =>
      (port.name !== undefined && sp.name === port.name) ||
      sp.port === port.number ||
      sp.targetPort === port.number,
  );
  return hit ? [hit] : [];
}

const selects = (selector: Record<string, string>, pod: Pod): boolean =>
  Object.entries(selector).every(([k, v]) => pod.labels[k] === v);
