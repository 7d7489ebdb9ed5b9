// What every matrix shares (CLI-CONTRACT.md `matrix`): reading the query, the sorted pod list,
// resolving a named port on each destination pod, and the notes. Decisions documented here:
// a Pending pod has no IP, so there is no address to connect from or to: it is left out of the
// matrix (rows and columns), and a note lists it.
import type { Cluster, Pod, Protocol } from '../model/cluster';
import type { MatrixQuery, MatrixResult } from '../model/query';
import { cniEnforcesPolicy } from '../model/settings';
import { ianaSvcName, isPortNumber } from '../validate/formats';
import { resolveNamedPort } from './match';
import { cmp } from './policyIndex';

export interface PreparedQuery {
  port: number | string;
  protocol: Protocol;
  /** Pods with an IP, sorted by ref. */
  pods: Pod[];
  /** The destination port number on pod q, or undefined when q lacks the named port. */
  portOn: (q: Pod) => number | undefined;
  notes: string[];
}

/** Reads and checks the query; returns an error result instead when it cannot be answered. */
export function prepareQuery(cluster: Cluster, query: MatrixQuery): PreparedQuery | MatrixResult {
  const protocol: Protocol = query.protocol ?? 'TCP';
  const port =
    typeof query.port === 'string' && /^\d+$/.test(query.port) ? Number(query.port) : query.port;
  const fail = (error: string): MatrixResult => ({
    port,
    protocol,
    pods: [],
    matrix: {},
    notes: [],
    error,
  });
  if (!['TCP', 'UDP', 'SCTP'].includes(protocol))
    return fail(`protocol ${String(protocol)} must be TCP, UDP or SCTP`);
  if (typeof port === 'number' && !isPortNumber(port))
    return fail(`port ${port} must be between 1 and 65535`);
  if (typeof port === 'string' && ianaSvcName(port))
    return fail(`port "${port}" is not a valid port name: ${ianaSvcName(port)}`);
  const all = [...cluster.pods].sort((a, b) => cmp(a.ref, b.ref));
  const pods = all.filter((p) => p.ip);
  const portOn =
    typeof port === 'number' ? () => port : (q: Pod) => resolveNamedPort(q.ports, port, protocol);
  return { port, protocol, pods, portOn, notes: queryNotes(cluster, all, port, protocol, portOn) };
}

function queryNotes(
  cluster: Cluster,
  pods: Pod[],
  port: number | string,
  protocol: Protocol,
  portOn: (q: Pod) => number | undefined,
): string[] {
  const notes: string[] = [];
  if (!cniEnforcesPolicy(cluster.settings.cni)) {
    notes.push(
      `the network plugin ${cluster.settings.cni} does not enforce NetworkPolicy: every policy verdict is allowed`,
    );
  }
  const pending = pods.filter((p) => !p.ip).map((p) => p.ref);
  if (pending.length > 0) {
    notes.push(
      `${pending.length} pod${pending.length === 1 ? '' : 's'} without an IP (Pending) left out: ${shortList(pending)}`,
    );
  }
  if (typeof port === 'string') {
    const lacking = pods.filter((q) => portOn(q) === undefined).map((q) => q.ref);
    if (lacking.length > 0) {
      notes.push(
        `no ${protocol} port named ${port} on ${lacking.join(', ')}: connections to them are false`,
      );
    }
  }
  if (pods.some((p) => p.hostNetwork)) {
    notes.push(
      'hostNetwork pods act as their node: policies do not isolate them, and only ipBlocks can match them (§6.8)',
    );
  }
  return notes;
}

export function isPrepared(x: PreparedQuery | MatrixResult): x is PreparedQuery {
  return !('matrix' in x);
}

function shortList(refs: string[]): string {
  return refs.length > 10
    ? `${refs.slice(0, 10).join(', ')} and ${refs.length - 10} more`
    : refs.join(', ');
}
