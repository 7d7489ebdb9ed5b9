// Reads one networking.k8s.io/v1 NetworkPolicy manifest: API defaulting (§6.3), rule lists (§6.4),
// peers (§6.5), ports (§6.6) and the validation of §8.5. Problems come back with field paths; the
// caller turns them into diagnostics. Checks that need pods, Services or settings live elsewhere.
import type { Protocol } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { FieldPath, Manifest } from '../model/manifest';
import type {
  IpBlock,
  NetworkPolicy,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  PolicyType,
} from '../model/policy';
import { cidrStrictlyInside, parseCidr } from '../net/ip';
import { readLabelSelector } from '../topology/selectors';
import { dns1123Subdomain, ianaSvcName, isPortNumber } from '../validate/formats';
import type { POLICY_CODES } from './codes';

export interface PolicyProblem {
  code: keyof typeof POLICY_CODES;
  severity: 'error' | 'warning';
  message: string;
  path: FieldPath;
}

type Raw = Record<string, unknown>;
const PROTOCOLS = new Set<string>(['TCP', 'UDP', 'SCTP']);
const EMPTY_SELECTOR: LabelSelector = { matchLabels: {}, matchExpressions: [] };

const asObject = (v: unknown): Raw =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reads a policy; `policy` is null when the API server would reject it (see `problems`). */
export function readPolicy(m: Manifest): {
  policy: NetworkPolicy | null;
  problems: PolicyProblem[];
} {
  const problems: PolicyProblem[] = [];
  const err = (message: string, path: FieldPath) =>
    problems.push({ code: 'POLICY_INVALID', severity: 'error', message, path });
  const nameProblem = m.name === '' ? 'metadata.name is required' : dns1123Subdomain(m.name);
  if (nameProblem) err(`name "${m.name}": ${nameProblem}`, ['metadata', 'name']);
  const spec = asObject(m.raw.spec);
  const podSelector =
    readSelector(spec.podSelector, ['spec', 'podSelector'], err) ?? EMPTY_SELECTOR;
  const policyTypes = readPolicyTypes(spec, err);
  const ingress = readRules(m, spec.ingress, 'ingress', err, problems);
  const egress = readRules(m, spec.egress, 'egress', err, problems);
  const explicitTypes = asList(spec.policyTypes).length > 0;
  addTypeWarnings(spec, policyTypes, explicitTypes, problems);
  if (problems.some((p) => p.severity === 'error')) return { policy: null, problems };
  const policy: NetworkPolicy = {
    namespace: m.namespace ?? 'default',
    name: m.name,
    podSelector,
    policyTypes,
    ingress,
    egress,
    selectedPods: [],
    source: m.source,
  };
  return { policy, problems };
}

function readSelector(
  raw: unknown,
  path: FieldPath,
  err: (message: string, path: FieldPath) => void,
): LabelSelector | null {
  const { selector, problems } = readLabelSelector(raw);
  for (const p of problems) err(`${path.slice(1).join('.')}: ${p}`, path);
  return selector;
}

/** §6.3: missing or empty → Ingress, plus Egress only when spec.egress has an element. */
function readPolicyTypes(spec: Raw, err: (message: string, path: FieldPath) => void): PolicyType[] {
  const written = asList(spec.policyTypes);
  if (written.length === 0) {
    return asList(spec.egress).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  }
  if (written.length > 2) err('policyTypes may have at most 2 entries', ['spec', 'policyTypes']);
  const types: PolicyType[] = [];
  written.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') {
      err(`policyTypes[${i}] "${String(t)}" must be Ingress or Egress`, ['spec', 'policyTypes', i]);
    } else if (!types.includes(t)) types.push(t);
  });
  return types.sort();
}

function addTypeWarnings(
  spec: Raw,
  types: PolicyType[],
  explicitTypes: boolean,
  problems: PolicyProblem[],
): void {
  const warn = (code: PolicyProblem['code'], message: string, path: FieldPath) =>
    problems.push({ code, severity: 'warning', message, path });
  const ingressRules = asList(spec.ingress).length;
  const egressRules = asList(spec.egress).length;
  if (!explicitTypes && Array.isArray(spec.egress) && egressRules === 0) {
    warn(
      'POLICY_EGRESS_EMPTY_NO_TYPES',
      '`egress: []` without policyTypes does not add Egress: egress is NOT restricted (write policyTypes: [Egress] to deny all egress)',
      ['spec', 'egress'],
    );
  }
  if (ingressRules > 0 && !types.includes('Ingress')) {
    warn(
      'POLICY_INGRESS_RULES_IGNORED',
      'ingress rules are ignored: Ingress is not in policyTypes',
      ['spec', 'ingress'],
    );
  }
  if (!explicitTypes && egressRules > 0 && ingressRules === 0) {
    warn(
      'POLICY_IMPLICIT_INGRESS_ISOLATION',
      'policy isolates ingress implicitly: without policyTypes it defaults to [Ingress, Egress], so the selected pods accept no incoming connections',
      ['spec', 'egress'],
    );
  }
}

function readRules(
  m: Manifest,
  raw: unknown,
  direction: 'ingress' | 'egress',
  err: (message: string, path: FieldPath) => void,
  problems: PolicyProblem[],
): PolicyRule[] {
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  return asList(raw).map((r, index) => {
    const at: FieldPath = ['spec', direction, index];
    const rule = asObject(r);
    const peers = asList(rule[peersKey]).map((p, j) =>
      readPeer(m, p, [...at, peersKey, j], err, problems),
    );
    const ports = asList(rule.ports).map((p, k) => readPort(m, p, [...at, 'ports', k], err));
    return { index, peers, ports, source: m.lineOf(at) };
  });
}

function readPeer(
  m: Manifest,
  raw: unknown,
  at: FieldPath,
  err: (message: string, path: FieldPath) => void,
  problems: PolicyProblem[],
): PolicyPeer {
  const p = asObject(raw);
  const peer: PolicyPeer = { source: m.lineOf(at) };
  const has = (k: string) => p[k] !== undefined && p[k] !== null;
  if (!has('podSelector') && !has('namespaceSelector') && !has('ipBlock')) {
    err('a peer must set at least one of podSelector, namespaceSelector, ipBlock', at);
  }
  if (has('ipBlock') && (has('podSelector') || has('namespaceSelector'))) {
    err('ipBlock may not be combined with podSelector or namespaceSelector', at);
  }
  const pod = readSelector(p.podSelector, [...at, 'podSelector'], err);
  const ns = readSelector(p.namespaceSelector, [...at, 'namespaceSelector'], err);
  if (pod) peer.podSelector = pod;
  if (ns) peer.namespaceSelector = ns;
  if (has('ipBlock')) peer.ipBlock = readIpBlock(p.ipBlock, [...at, 'ipBlock'], err, problems);
  return peer;
}

/** §6.5: cidr required; each except a strict subset of cidr; host bits set → warning. */
function readIpBlock(
  raw: unknown,
  at: FieldPath,
  err: (message: string, path: FieldPath) => void,
  problems: PolicyProblem[],
): IpBlock {
  const b = asObject(raw);
  const cidrText = typeof b.cidr === 'string' ? b.cidr : '';
  const cidr = parseCidr(cidrText);
  const normal = (c: NonNullable<ReturnType<typeof parseCidr>>) => `${c.network}/${c.prefix}`;
  if (!cidr) {
    err(cidrText ? `ipBlock.cidr "${cidrText}" is not a valid CIDR` : 'ipBlock.cidr is required', [
      ...at,
      'cidr',
    ]);
    return { cidr: cidrText, except: [] };
  }
  if (cidr.hostBitsSet) {
    problems.push({
      code: 'POLICY_IPBLOCK_HOST_BITS',
      severity: 'warning',
      message: `ipBlock.cidr ${cidrText} has host bits set; it behaves as ${normal(cidr)}`,
      path: [...at, 'cidr'],
    });
  }
  const except = asList(b.except).map((e, i) => {
    const text = typeof e === 'string' ? e : String(e);
    const parsed = parseCidr(text);
    if (!parsed) err(`ipBlock.except[${i}] "${text}" is not a valid CIDR`, [...at, 'except', i]);
    else if (!cidrStrictlyInside(normal(parsed), normal(cidr))) {
      err(`ipBlock.except[${i}] ${text} must be a strict subset of cidr ${cidrText}`, [
        ...at,
        'except',
        i,
      ]);
    }
    return parsed ? normal(parsed) : text;
  });
  return { cidr: normal(cidr), except };
}

/** §6.6: protocol defaults to TCP; numeric port 1–65535 or IANA_SVC_NAME; endPort rules. */
function readPort(
  m: Manifest,
  raw: unknown,
  at: FieldPath,
  err: (message: string, path: FieldPath) => void,
): PolicyPort {
  const p = asObject(raw);
  const protocol = p.protocol === undefined || p.protocol === null ? 'TCP' : String(p.protocol);
  if (!PROTOCOLS.has(protocol))
    err(`protocol "${protocol}" must be TCP, UDP or SCTP`, [...at, 'protocol']);
  const out: PolicyPort = { protocol: protocol as Protocol, source: m.lineOf(at) };
  if (typeof p.port === 'number') {
    if (!isPortNumber(p.port)) err(`port ${p.port} must be between 1 and 65535`, [...at, 'port']);
    out.port = p.port;
  } else if (typeof p.port === 'string') {
    const problem = ianaSvcName(p.port);
    if (problem) err(`port "${p.port}" is not a valid port name: ${problem}`, [...at, 'port']);
    out.port = p.port;
  } else if (p.port !== undefined && p.port !== null)
    err('port must be a number or a name', [...at, 'port']);
  if (p.endPort !== undefined && p.endPort !== null) {
    const end = p.endPort;
    if (typeof out.port !== 'number')
      err('endPort may only be set with a numeric port', [...at, 'endPort']);
    else if (!isPortNumber(end))
      err(`endPort ${String(end)} must be between 1 and 65535`, [...at, 'endPort']);
    else if (end < out.port) err(`endPort ${end} must be >= port ${out.port}`, [...at, 'endPort']);
    if (typeof end === 'number') out.endPort = end;
  }
  return out;
}
