// The inspector's descriptions of an Ingress (its routes host/path → Service:port with path type,
// default backend, TLS hosts, class and the controller that serves it) and of a Kubernetes Node
// (addresses, pod CIDR, taints, the pods on it). Pure look-ups in the engine's cluster.
import type { Cluster, IngressBackend } from '../../engine/index';
import type { Description } from './describe';
import { labelsText, lines } from './describeText';

function backendText(b: IngressBackend): string {
  if (b.resource) return `${b.resource.kind} ${b.resource.name}`;
  if (!b.service) return '—';
  const port = b.service.port.number ?? b.service.port.name ?? '?';
  return `Service ${b.service.name}:${port}`;
}

/** Which controller serves the Ingress, in words. */
function controllerText(c: Cluster, className: string | null, served: boolean): string {
  if (!served) return 'none: no controller serves this Ingress';
  const cls = c.ingressClasses.find((x) => x.name === className);
  return cls ? `${cls.controller} (class ${cls.name})` : `class ${className ?? '—'}`;
}

export function describeIngress(c: Cluster, key: string): Description | null {
  const ing = c.ingresses.find((x) => `${x.namespace}/${x.name}` === key);
  if (!ing) return null;
  const routes = ing.rules.flatMap((r) =>
    r.paths.map(
      (p) => `${r.host ?? '*'}${p.path || '/'} (${p.pathType}) → ${backendText(p.backend)}`,
    ),
  );
  const tls = ing.tls.map(
    (t) => `${t.hosts.join(', ') || '(every host)'}${t.secretName ? ` [${t.secretName}]` : ''}`,
  );
  return {
    kind: 'Ingress',
    title: key,
    rows: [
      ['Class', ing.className ?? 'none'],
      ['Controller', controllerText(c, ing.className, ing.served)],
      ['Routes', lines(routes)],
      ['Default backend', ing.defaultBackend ? backendText(ing.defaultBackend) : 'none'],
      ['TLS hosts', lines(tls)],
    ],
    source: ing.source,
  };
}

export function describeNode(c: Cluster, name: string): Description | null {
  const n = c.nodes.find((x) => x.name === name);
  if (!n) return null;
  const pods = c.pods.filter((p) => p.node === name).map((p) => `${p.ref} ${p.ip ?? ''}`.trim());
  const taints = n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`);
  return {
    kind: 'Node',
    title: name,
    rows: [
      ['Internal IP', n.ip],
      ['Pod CIDR', n.podCIDR],
      ['Defined', n.synthetic ? 'made up by Podpath (no Node objects)' : 'in the manifests'],
      ['Labels', labelsText(n.labels)],
      ['Taints', lines(taints)],
      ['Schedulable', n.unschedulable ? 'no (cordoned)' : 'yes'],
      [`Pods (${pods.length})`, lines(pods)],
    ],
    source: n.source,
  };
}
