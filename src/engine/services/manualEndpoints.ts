// Hand-written EndpointSlices and legacy Endpoints objects (SEMANTICS.md §3.7): read, validated
// (an invalid one is rejected whole), and turned into address lists with their ports. Pairing them
// with a Service's ports and the warnings about that are endpoints.ts's job.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type FieldPath, type Manifest } from '../model/manifest';
import type { Protocol } from '../model/cluster';
import type { SourceRef } from '../model/source';
import { isIp, isIpv4 } from '../net/ip';
import { readStringMap } from '../topology/selectors';
import { dns1123Label, dns1123Subdomain, isPortNumber } from '../validate/formats';
import { canonicalIp } from './addressRange';
import { isNonSpecialIp } from './specialIps';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const SKIP_MIRROR_LABEL = 'endpointslice.kubernetes.io/skip-mirror';

export interface ManualAddress {
  ip: string;
  ready: boolean;
  node?: string;
  hostname?: string;
  /** `namespace/name` of a targetRef of kind Pod. */
  podRef?: string;
  source: SourceRef;
}

/** One EndpointSlice, or one subset of an Endpoints object (mirrored as its own slice). */
export interface ManualEndpoints {
  kind: 'EndpointSlice' | 'Endpoints';
  manifest: Manifest;
  namespace: string;
  /** The Service it belongs to. */
  service: string;
  /** Where its ports are listed (for the pairing warning). */
  portsPath: FieldPath;
  ports: { name: string; port: number; protocol: Protocol }[];
  addresses: ManualAddress[];
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

interface Check {
  m: Manifest;
  errors: Diagnostic[];
  fail(code: string, msg: string, path: FieldPath): void;
}

function check(m: Manifest): Check {
  const namespace = m.namespace ?? 'default';
  const ref = objectRef(m.kind, m.name, namespace);
  const c: Check = {
    m,
    errors: [],
    fail(code, msg, path) {
      c.errors.push(
        diagAt(code, 'error', `${m.kind} ${namespace}/${m.name}: ${msg}`, m.lineOf(path), ref),
      );
    },
  };
  return c;
}

function readPorts(
  c: Check,
  raw: unknown,
  path: FieldPath,
  portRequired: boolean,
): ManualEndpoints['ports'] {
  const out: ManualEndpoints['ports'] = [];
  asList(raw).forEach((e, i) => {
    const p = asObj(e);
    const name = typeof p.name === 'string' ? p.name : '';
    const protocol = p.protocol === undefined || p.protocol === null ? 'TCP' : p.protocol;
    if (name !== '' && dns1123Label(name)) {
      c.fail('ENDPOINT_SLICE_INVALID', `ports[${i}].name "${name}" ${dns1123Label(name)}`, [
        ...path,
        i,
        'name',
      ]);
    }
    if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
      c.fail('ENDPOINT_SLICE_INVALID', `ports[${i}].protocol must be TCP, UDP or SCTP`, [
        ...path,
        i,
        'protocol',
      ]);
    }
    // A slice port without a number means "no port" and can pair with nothing.
    if (p.port === undefined || p.port === null) {
      if (portRequired)
        c.fail('ENDPOINT_SLICE_INVALID', `ports[${i}].port is required`, [...path, i]);
      return;
    }
    if (!isPortNumber(p.port)) {
      c.fail('ENDPOINT_SLICE_INVALID', `ports[${i}].port must be between 1 and 65535`, [
        ...path,
        i,
        'port',
      ]);
      return;
    }
    out.push({ name, port: p.port, protocol: protocol as Protocol });
  });
  return out;
}

function readAddress(
  c: Check,
  ip: unknown,
  family: 'IPv4' | 'IPv6' | null,
  path: FieldPath,
): string | null {
  const s = typeof ip === 'string' ? ip : '';
  const familyOk = family === null || (family === 'IPv4') === isIpv4(s);
  if (!isIp(s) || !familyOk || !isNonSpecialIp(s)) {
    const why = !isIp(s)
      ? 'must be a valid IP address'
      : !familyOk
        ? `is not an ${family} address`
        : 'may not be unspecified, loopback or link-local';
    c.fail('ENDPOINT_ADDRESS_INVALID', `address "${String(ip)}" ${why}`, path);
    return null;
  }
  return canonicalIp(s);
}

function podRefOf(targetRef: unknown, namespace: string): string | undefined {
  const t = asObj(targetRef);
  if (t.kind !== 'Pod' || typeof t.name !== 'string') return undefined;
  return `${typeof t.namespace === 'string' ? t.namespace : namespace}/${t.name}`;
}

function describe(a: ManualAddress, e: Obj, namespace: string): ManualAddress {
  if (typeof e.nodeName === 'string' && e.nodeName !== '') a.node = e.nodeName;
  if (typeof e.hostname === 'string' && e.hostname !== '') a.hostname = e.hostname;
  const pod = podRefOf(e.targetRef, namespace);
  if (pod) a.podRef = pod;
  return a;
}

/** An EndpointSlice labelled for a Service; null when it is not one, is FQDN, or is rejected. */
export function readEndpointSlice(m: Manifest, diags: Diagnostic[]): ManualEndpoints | null {
  const namespace = m.namespace ?? 'default';
  const labels = readStringMap(asObj(m.raw.metadata).labels);
  const service = labels[SERVICE_NAME_LABEL];
  const c = check(m);
  const nameProblem = m.name === '' ? 'metadata.name is required' : dns1123Subdomain(m.name);
  if (nameProblem) c.fail('ENDPOINT_SLICE_INVALID', `name ${nameProblem}`, ['metadata', 'name']);
  const addressType = m.raw.addressType;
  if (addressType !== 'IPv4' && addressType !== 'IPv6' && addressType !== 'FQDN') {
    c.fail('ENDPOINT_SLICE_INVALID', 'addressType must be IPv4, IPv6 or FQDN', ['addressType']);
  }
  const family = addressType === 'IPv6' ? 'IPv6' : 'IPv4';
  const ports = readPorts(c, m.raw.ports, ['ports'], false);
  const addresses: ManualAddress[] = [];
  asList(m.raw.endpoints).forEach((raw, i) => {
    const e = asObj(raw);
    const list = asList(e.addresses);
    if (list.length < 1 || list.length > 100) {
      c.fail('ENDPOINT_SLICE_INVALID', `endpoints[${i}].addresses must hold 1 to 100 addresses`, [
        'endpoints',
        i,
      ]);
    }
    if (addressType === 'FQDN') return;
    const ips = list.map((ip, j) => readAddress(c, ip, family, ['endpoints', i, 'addresses', j]));
    // Consumers use only the first address of an endpoint (discovery/v1 API documentation).
    if (ips.length === 0 || ips[0] === null) return;
    const ready = asObj(e.conditions).ready !== false;
    addresses.push(
      describe({ ip: ips[0], ready, source: m.lineOf(['endpoints', i]) }, e, namespace),
    );
  });
  if (c.errors.length > 0) {
    diags.push(...c.errors);
    return null;
  }
  if (service === undefined || addressType === 'FQDN') return null;
  return {
    kind: 'EndpointSlice',
    manifest: m,
    namespace,
    service,
    portsPath: ['ports'],
    ports,
    addresses,
  };
}

/** A legacy Endpoints object, one entry per subset; empty when rejected or marked skip-mirror. */
export function readLegacyEndpoints(m: Manifest, diags: Diagnostic[]): ManualEndpoints[] {
  const namespace = m.namespace ?? 'default';
  const c = check(m);
  const out: ManualEndpoints[] = [];
  asList(m.raw.subsets).forEach((raw, s) => {
    const subset = asObj(raw);
    const portsPath = ['subsets', s, 'ports'];
    const ports = readPorts(c, subset.ports, portsPath, true);
    const addresses: ManualAddress[] = [];
    for (const [key, ready] of [
      ['addresses', true],
      ['notReadyAddresses', false],
    ] as const) {
      asList(subset[key]).forEach((a, j) => {
        const path = ['subsets', s, key, j];
        const ip = readAddress(c, asObj(a).ip, null, [...path, 'ip']);
        if (ip !== null)
          addresses.push(describe({ ip, ready, source: m.lineOf(path) }, asObj(a), namespace));
      });
    }
    out.push({
      kind: 'Endpoints',
      manifest: m,
      namespace,
      service: m.name,
      portsPath,
      ports,
      addresses,
    });
  });
  if (c.errors.length > 0) {
    diags.push(...c.errors);
    return [];
  }
  const labels = readStringMap(asObj(m.raw.metadata).labels);
  return labels[SKIP_MIRROR_LABEL] === 'true' ? [] : out;
}
