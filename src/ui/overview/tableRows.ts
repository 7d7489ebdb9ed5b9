// Cluster → the rows of the table view (pure): Pods, Services, Ingresses and NetworkPolicies, each
// row with its cells as text, a sort key per column, the text the filter searches, the graph id
// that selecting it selects and what it fills into the trace form. Read straight from the
// engine's cluster; filtering, sorting and paging are tableView.ts.
import type {
  Cluster,
  Ingress,
  IngressBackend,
  NetworkPolicy,
  Pod,
  Service,
  SourceRef,
} from '../../engine/index';
import { builtinPodRefs, isBuiltin } from '../../state/builtins';
import type { TableKind } from '../../state/slices/overviewSlice';
import { traceTargetOf } from '../panels/traceTarget';

export type SortKey = string | number;

export interface Column {
  title: string;
  /** Right-aligned, sorted as numbers. */
  numeric?: boolean;
  /** Long text: 'wrap' keeps its lines (routes), 'clip' cuts it with an ellipsis (labels). */
  long?: 'wrap' | 'clip';
}

export interface TableRow {
  /** Graph id (`pod:ns/name`, `svc:…`, `ing:…`); policies, not in the graph, use `policy:ns/name`. */
  id: string;
  cells: string[];
  keys: SortKey[];
  /** Lower-case text the filter looks in. */
  haystack: string;
  traceFrom: string | null;
  traceTo: string | null;
  /** Where the object is written (policies are revealed in the editor rather than selected). */
  source?: SourceRef;
}

export interface TableData {
  columns: Column[];
  rows: TableRow[];
}

const DASH = '—';

/** An IPv4 address as a number, for sorting (-1 when there is none). */
export function ipKey(ip: string | null | undefined): number {
  if (!ip || !/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return -1;
  return ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

const labelText = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ') || DASH;

function row(
  id: string,
  cells: string[],
  keys: SortKey[],
  extra: Partial<TableRow> = {},
): TableRow {
  return {
    id,
    cells,
    keys,
    haystack: cells.join('\u0000').toLowerCase(),
    traceFrom: traceTargetOf(id, 'from'),
    traceTo: traceTargetOf(id, 'to'),
    ...extra,
  };
}

/** Which pods policies isolate, per direction (the engine has computed each policy's selection). */
function isolationOf(policies: readonly NetworkPolicy[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of policies) {
    for (const ref of p.selectedPods) {
      const dirs = out.get(ref) ?? new Set<string>();
      for (const t of p.policyTypes) dirs.add(t.toLowerCase());
      out.set(ref, dirs);
    }
  }
  return out;
}

function podState(p: Pod): string {
  if (p.phase === 'Pending') return 'Pending';
  return p.ready ? 'Ready' : 'Not ready';
}

function podRows(c: Cluster, showBuiltins: boolean): TableData {
  const hidden = showBuiltins ? new Set<string>() : builtinPodRefs(c);
  const isolated = isolationOf(c.policies);
  const columns = ['Namespace', 'Name', 'Workload', 'Node', 'IP', 'State', 'Labels', 'Isolated'];
  const rows = c.pods
    .filter((p) => !hidden.has(p.ref))
    .map((p) => {
      const dirs = isolated.get(p.ref);
      const iso = ['ingress', 'egress'].filter((d) => dirs?.has(d)).join(', ') || 'no';
      const workload = p.owner ? `${p.owner.kind} ${p.owner.name}` : 'bare Pod';
      const cells = [p.namespace, p.name, workload, p.node ?? DASH, p.ip ?? DASH, podState(p)];
      cells.push(labelText(p.labels), iso);
      const keys = [...cells] as SortKey[];
      keys[4] = ipKey(p.ip);
      return row(`pod:${p.ref}`, cells, keys);
    });
  return {
    columns: columns.map((title) => ({
      title,
      long: title === 'Labels' ? ('clip' as const) : undefined,
    })),
    rows,
  };
}

function portText(s: Service): string {
  return s.ports
    .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}→${p.targetPort}/${p.protocol}`)
    .join(', ');
}

function serviceAddress(s: Service): string {
  if (s.type === 'ExternalName') return `→ ${s.externalName ?? '?'}`;
  if (s.headless) return 'None (headless)';
  return s.clusterIP ?? DASH;
}

function serviceRows(c: Cluster, showBuiltins: boolean): TableData {
  const rows = c.services
    .filter((s) => showBuiltins || !isBuiltin(s))
    .map((s) => {
      const ready = s.endpoints.filter((e) => e.ready).length;
      const total = s.endpoints.length;
      const cells = [s.namespace, s.name, s.type, serviceAddress(s), portText(s) || DASH];
      cells.push(`${ready}/${total}`);
      const keys: SortKey[] = [
        ...cells.slice(0, 3),
        ipKey(s.clusterIP),
        cells[4],
        ready * 1e6 + total,
      ];
      return row(`svc:${s.namespace}/${s.name}`, cells, keys);
    });
  const columns: Column[] = ['Namespace', 'Name', 'Type', 'ClusterIP', 'Ports'].map((title) => ({
    title,
  }));
  return { columns: [...columns, { title: 'Endpoints ready', numeric: true }], rows };
}

const backendText = (b: IngressBackend | undefined) => {
  if (!b) return '?';
  if (b.resource) return `${b.resource.kind} ${b.resource.name}`;
  const port = b.service?.port.number ?? b.service?.port.name ?? '?';
  return `${b.service?.name ?? '?'}:${port}`;
};

/** A URL the trace form accepts for the Ingress's first concrete host and path (null: none). */
export function ingressUrl(ing: Ingress): string | null {
  const rule = ing.rules.find((r) => r.host && !r.host.includes('*') && r.paths.length);
  if (!rule?.host) return null;
  const tls = ing.tls.some((t) => t.hosts.includes(rule.host!));
  return `${tls ? 'https' : 'http'}://${rule.host}${rule.paths[0].path || '/'}`;
}

function ingressRows(c: Cluster): TableData {
  const rows = c.ingresses.map((ing) => {
    const hosts = [...new Set(ing.rules.map((r) => r.host ?? '*'))];
    const routes = ing.rules.flatMap((r) =>
      r.paths.map((p) => `${r.host ?? '*'}${p.path || '/'} → ${backendText(p.backend)}`),
    );
    if (ing.defaultBackend) routes.push(`default → ${backendText(ing.defaultBackend)}`);
    const cls = `${ing.className ?? DASH}${ing.served ? '' : ' (not served)'}`;
    const tls = ing.tls.flatMap((t) => t.hosts);
    const cells = [ing.namespace, ing.name, cls, hosts.join(', ') || DASH];
    cells.push(tls.length ? tls.join(', ') : 'no', routes.join('\n') || DASH);
    return row(`ing:${ing.namespace}/${ing.name}`, cells, [...cells], {
      traceTo: ingressUrl(ing),
    });
  });
  const columns = ['Namespace', 'Name', 'Class', 'Hosts', 'TLS', 'Paths → backends'];
  return {
    columns: columns.map((title, i) => ({ title, long: i >= 3 ? ('wrap' as const) : undefined })),
    rows,
  };
}

function policyRows(c: Cluster): TableData {
  const rows = c.policies.map((p) => {
    const n = p.selectedPods.length;
    const cells = [p.namespace, p.name, p.policyTypes.join(', ') || DASH];
    cells.push(
      `${n} ${n === 1 ? 'pod' : 'pods'}`,
      `${p.ingress.length} in, ${p.egress.length} out`,
    );
    const keys: SortKey[] = [...cells.slice(0, 3), n, p.ingress.length + p.egress.length];
    return row(`policy:${p.namespace}/${p.name}`, cells, keys, { source: p.source });
  });
  const columns: Column[] = [
    { title: 'Namespace' },
    { title: 'Name' },
    { title: 'Policy types' },
    { title: 'Selects', numeric: true },
    { title: 'Rules' },
  ];
  return { columns, rows };
}

/** The table of one kind of object. */
export function tableRows(c: Cluster, kind: TableKind, showBuiltins: boolean): TableData {
  if (kind === 'pods') return podRows(c, showBuiltins);
  if (kind === 'services') return serviceRows(c, showBuiltins);
  if (kind === 'ingresses') return ingressRows(c);
  return policyRows(c);
}
