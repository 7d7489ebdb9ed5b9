// `inspect` for people: summary counts, then namespaces, nodes, pods, services with their
// endpoints, ingresses and policies as aligned tables. Pure; every manifest value is escaped.
import type { Cluster, Ingress, NetworkPolicy, Pod, Service } from '../../engine/index';
import { cell, count, formatLabels, section, table } from './human';

/** The whole topology as text (newline-terminated). */
export function formatInspectHuman(cluster: Cluster): string {
  const lines = [
    ...summary(cluster),
    ...section(
      'Namespaces',
      table(
        ['NAME', 'LABELS'],
        cluster.namespaces.map((n) => [cell(n.name), formatLabels(n.labels)]),
      ),
    ),
    ...section(
      'Nodes',
      table(
        ['NAME', 'IP', 'POD CIDR'],
        cluster.nodes.map((n) => [cell(n.name), cell(n.ip), cell(n.podCIDR)]),
      ),
    ),
    ...section(
      'Pods',
      rowsOrNone(['POD', 'OWNER', 'NODE', 'IP', 'PORTS'], cluster.pods.map(podRow)),
    ),
    ...section('Services', servicesBlock(cluster.services)),
    ...section('Ingresses', ingressesBlock(cluster.ingresses)),
    ...section('Network policies', policiesBlock(cluster.policies)),
  ];
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

function rowsOrNone(headers: string[], rows: string[][]): string[] {
  return rows.length ? table(headers, rows) : [];
}

function summary(c: Cluster): string[] {
  const bySeverity = (s: string) => c.diagnostics.filter((d) => d.severity === s).length;
  const parts = [
    count(c.namespaces.length, 'namespace'),
    count(c.nodes.length, 'node'),
    count(c.pods.length, 'pod'),
    count(c.services.length, 'service'),
    count(c.ingresses.length, 'ingress', 'ingresses'),
    count(c.policies.length, 'network policy', 'network policies'),
  ];
  const diags = [
    count(bySeverity('error'), 'error'),
    count(bySeverity('warning'), 'warning'),
    count(bySeverity('info'), 'note'),
  ];
  return [`Cluster: ${parts.join(', ')}`, `Diagnostics: ${diags.join(', ')}`, ''];
}

function podRow(p: Pod): string[] {
  const owner = p.owner ? `${p.owner.kind}/${p.owner.name}` : '-';
  const ports = p.ports.map(
    (cp) => `${cp.name ? cp.name + ':' : ''}${cp.containerPort}/${cp.protocol}`,
  );
  const ip = p.ip ?? (p.phase === 'Pending' ? 'Pending' : undefined);
  return [cell(p.ref), cell(owner), cell(p.node), cell(ip), cell(ports.join(','))];
}

/** One table of services; each is followed by its endpoints, indented. */
function servicesBlock(services: readonly Service[]): string[] {
  const rows: string[][] = [];
  for (const s of services) {
    const ports = s.ports.map((sp) => {
      const node = sp.nodePort ? `:${sp.nodePort}` : '';
      return `${sp.port}${node}→${sp.targetPort}/${sp.protocol}`;
    });
    const ip = s.type === 'ExternalName' ? s.externalName : s.headless ? 'None' : s.clusterIP;
    rows.push([cell(`${s.namespace}/${s.name}`), cell(s.type), cell(ip), cell(ports.join(','))]);
    for (const ep of s.endpoints) {
      const at = ep.ports.map((p) => `${ep.ip}:${p.port}/${p.protocol}`).join(',') || ep.ip;
      rows.push([cell(`  └ ${ep.pod ?? '(external)'}`), '', '', cell(at)]);
    }
    if (s.endpoints.length === 0 && s.type !== 'ExternalName') {
      rows.push(['  └ (no endpoints)', '', '', '']);
    }
  }
  return rows.length ? table(['SERVICE', 'TYPE', 'CLUSTER-IP', 'PORTS / ENDPOINTS'], rows) : [];
}

function ingressesBlock(ingresses: readonly Ingress[]): string[] {
  const rows: string[][] = [];
  for (const i of ingresses) {
    const tls = i.tls.flatMap((t) => t.hosts).join(',');
    const head = `${i.namespace}/${i.name}`;
    rows.push([cell(head), cell(i.className), cell(tls), '', served(i)]);
    for (const r of i.rules) {
      for (const p of r.paths) {
        const b = p.backend.service;
        const to = b ? `${b.name}:${b.port.number ?? b.port.name}` : 'resource';
        rows.push([cell(`  ${r.host ?? '*'}${p.path}`), cell(p.pathType), '', cell(to), '']);
      }
    }
  }
  return rows.length
    ? table(['INGRESS / RULE', 'CLASS / TYPE', 'TLS', 'BACKEND', 'SERVED'], rows)
    : [];
}

function served(i: Ingress): string {
  return i.served ? 'yes' : 'no';
}

function policiesBlock(policies: readonly NetworkPolicy[]): string[] {
  const rows = policies.map((p) => [
    cell(`${p.namespace}/${p.name}`),
    cell(p.policyTypes.join(',')),
    `${p.ingress.length}/${p.egress.length}`,
    cell(p.selectedPods.join(', ')),
  ]);
  return rows.length ? table(['POLICY', 'TYPES', 'RULES IN/OUT', 'SELECTS'], rows) : [];
}
