// Reads and validates `spec.ports` of a Service (SEMANTICS.md §3.1, §3.8, §8.3): defaults, names,
// targetPort forms and uniqueness. Allocating node ports for these entries is nodePorts.ts's job.
import type { Protocol, ServicePort, ServiceType } from '../model/cluster';
import { dns1123Label, ianaSvcName, isPortNumber, labelKey } from '../validate/formats';
import { specField, type ServiceReader } from './serviceReader';

const PROTOCOLS = new Set<string>(['TCP', 'UDP', 'SCTP']);
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;
const KUBELET_PORT = 10250;

/** Whether a number lies in the default node-port range. */
export function inNodePortRange(n: number): boolean {
  return Number.isInteger(n) && n >= NODE_PORT_MIN && n <= NODE_PORT_MAX;
}

/** Reads every port entry; problems go to the reader. */
export function readServicePorts(r: ServiceReader, type: ServiceType): ServicePort[] {
  const raw = specField(r.m, 'ports');
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    r.error('SERVICE_PORT_INVALID', 'spec.ports must be a list', ['spec', 'ports']);
    return [];
  }
  const ports = raw.map((e, i) => readPort(r, type, e, i, raw.length > 1));
  checkUniqueness(r, ports);
  return ports;
}

function readPort(
  r: ServiceReader,
  type: ServiceType,
  entry: unknown,
  i: number,
  requireName: boolean,
): ServicePort {
  const path = ['spec', 'ports', i];
  const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
  const name = readPortName(r, e.name, i, requireName);
  if (!isPortNumber(e.port)) {
    const why = e.port === undefined ? 'is required' : 'must be a number between 1 and 65535';
    r.error('SERVICE_PORT_INVALID', `ports[${i}].port ${why}`, [...path, 'port']);
  }
  const port = isPortNumber(e.port) ? e.port : 0;
  let protocol: Protocol = 'TCP';
  if (e.protocol !== undefined && e.protocol !== null && e.protocol !== '') {
    if (typeof e.protocol === 'string' && PROTOCOLS.has(e.protocol)) {
      protocol = e.protocol as Protocol;
    } else {
      const msg = `ports[${i}].protocol "${String(e.protocol)}" must be TCP, UDP or SCTP`;
      r.error('SERVICE_PORT_INVALID', msg, [...path, 'protocol']);
    }
  }
  if (type === 'LoadBalancer' && port === KUBELET_PORT) {
    const msg = `ports[${i}].port may not expose 10250 on a LoadBalancer (the kubelet port)`;
    r.error('SERVICE_KUBELET_PORT', msg, [...path, 'port']);
  }
  const sp: ServicePort = {
    name,
    port,
    protocol,
    targetPort: readTargetPort(r, e.targetPort, port, i),
    source: r.m.lineOf(path),
  };
  const nodePort = readNodePort(r, type, e.nodePort, i);
  if (nodePort !== undefined) sp.nodePort = nodePort;
  if (e.appProtocol !== undefined && e.appProtocol !== null) {
    const problem =
      typeof e.appProtocol === 'string' ? labelKey(e.appProtocol) : 'must be a string';
    if (problem)
      r.error('SERVICE_PORT_INVALID', `ports[${i}].appProtocol ${problem}`, [
        ...path,
        'appProtocol',
      ]);
    else sp.appProtocol = e.appProtocol as string;
  }
  return sp;
}

function readPortName(r: ServiceReader, raw: unknown, i: number, requireName: boolean): string {
  const path = ['spec', 'ports', i, 'name'];
  if (raw !== undefined && raw !== null && typeof raw !== 'string') {
    r.error('SERVICE_PORT_INVALID', `ports[${i}].name must be a string`, path);
    return '';
  }
  const name = raw ?? '';
  if (name === '') {
    if (requireName) {
      const msg = `ports[${i}].name is required when a Service has more than one port`;
      r.error('SERVICE_PORT_INVALID', msg, ['spec', 'ports', i]);
    }
    return '';
  }
  const problem = dns1123Label(name);
  if (problem) r.error('SERVICE_PORT_INVALID', `ports[${i}].name "${name}" ${problem}`, path);
  return name;
}

/** A number 1–65535, or an IANA_SVC_NAME; absent, 0 and "" default to `port` (§3.1). */
function readTargetPort(r: ServiceReader, raw: unknown, port: number, i: number): number | string {
  const path = ['spec', 'ports', i, 'targetPort'];
  if (raw === undefined || raw === null || raw === 0 || raw === '') return port;
  if (typeof raw === 'number') {
    if (isPortNumber(raw)) return raw;
    r.error(
      'SERVICE_PORT_INVALID',
      `ports[${i}].targetPort ${raw} must be between 1 and 65535`,
      path,
    );
    return port;
  }
  if (typeof raw === 'string') {
    // A YAML string stays a name even when it is all digits ("8080" has no letter: invalid).
    const problem = ianaSvcName(raw);
    if (problem)
      r.error('SERVICE_PORT_INVALID', `ports[${i}].targetPort "${raw}" ${problem}`, path);
    return raw;
  }
  r.error('SERVICE_PORT_INVALID', `ports[${i}].targetPort must be a number or a name`, path);
  return port;
}

function readNodePort(
  r: ServiceReader,
  type: ServiceType,
  raw: unknown,
  i: number,
): number | undefined {
  if (raw === undefined || raw === null || raw === 0) return undefined;
  const path = ['spec', 'ports', i, 'nodePort'];
  if (type !== 'NodePort' && type !== 'LoadBalancer') {
    const msg = `ports[${i}].nodePort may not be used when type is '${type}'`;
    r.error('SERVICE_NODE_PORT_FORBIDDEN', msg, path);
    return undefined;
  }
  if (typeof raw !== 'number' || !inNodePortRange(raw)) {
    const msg = `ports[${i}].nodePort ${String(raw)} is not in the valid range ${NODE_PORT_MIN}-${NODE_PORT_MAX}`;
    r.error('SERVICE_NODE_PORT_OUT_OF_RANGE', msg, path);
    return undefined;
  }
  return raw;
}

/** Port names, (port, protocol) and (nodePort, protocol) are each unique in one Service. */
function checkUniqueness(r: ServiceReader, ports: readonly ServicePort[]): void {
  const names = new Map<string, number>();
  const pairs = new Map<string, number>();
  const nodePairs = new Map<string, number>();
  // Messages are made only for repeats: this runs for every port of every Service.
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i];
    if (p.name !== '') {
      const first = firstIndex(names, p.name, i);
      if (first !== undefined) repeated(r, i, first, `the name "${p.name}"`, 'name');
    }
    if (p.port > 0) {
      const key = `${p.port}/${p.protocol}`;
      const first = firstIndex(pairs, key, i);
      if (first !== undefined) repeated(r, i, first, key, 'port');
    }
    if (p.nodePort !== undefined) {
      const key = `${p.nodePort}/${p.protocol}`;
      const first = firstIndex(nodePairs, key, i);
      if (first !== undefined) repeated(r, i, first, `nodePort ${key}`, 'nodePort');
    }
  }
}

/** The index that first used `key`, or undefined after recording `i` as that index. */
function firstIndex(seen: Map<string, number>, key: string, i: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, i);
  return first;
}

function repeated(r: ServiceReader, i: number, first: number, what: string, field: string): void {
  const msg = `ports[${i}] repeats ${what} of ports[${first}]`;
  r.error('SERVICE_PORT_DUPLICATE', msg, ['spec', 'ports', i, field]);
}
