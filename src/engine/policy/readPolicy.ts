// Reads one networking.k8s.io/v1 NetworkPolicy manifest: API defaulting (§6.3), rule lists (§6.4),
// peers (§6.5), ports (§6.6) and the validation of §8.5. Problems come back with field paths; the
// caller turns them into diagnostics. Checks that need pods, Services or settings live elsewhere.
import type { Protocol } from '../model/cluster';
import type { LabelSelector } from '../model/labels';
import type { FieldPath, Manifest } from '../model/manifest';
import type {
  NetworkPolicy,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  PolicyType,
} from '../model/policy';
import {
  createSelectorMemo,
  readLabelSelector,
  sharedSelector,
  shareSelector,
  type SelectorMemo,
} from '../topology/selectors';
import { dns1123Subdomain, ianaSvcName, isPortNumber } from '../validate/formats';
import { createIpBlockMemo, readIpBlock, type IpBlockMemo } from './readIpBlock';
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

/**
 * Shortcuts reading takes across the policies of one analysis: label-format verdicts and whole
 * ipBlocks remembered by their text (readIpBlock.ts). `createReadCache(false)` takes none: the
 * plain reading the property test compares against.
 */
export interface ReadCache {
  selectors?: SelectorMemo;
  ipBlocks?: IpBlockMemo;
}

export function createReadCache(shortcuts = true): ReadCache {
  return shortcuts ? { selectors: createSelectorMemo(), ipBlocks: createIpBlockMemo() } : {};
}

function addError(problems: PolicyProblem[], message: string, path: FieldPath): void {
  problems.push({ code: 'POLICY_INVALID', severity: 'error', message, path });
}

function addWarning(
  problems: PolicyProblem[],
  code: PolicyProblem['code'],
  message: string,
  path: FieldPath,
): void {
  problems.push({ code, severity: 'warning', message, path });
}

const isSet = (v: unknown) => v !== undefined && v !== null;

/** Reads a policy; `policy` is null when the API server would reject it (see `problems`). */
export function readPolicy(
  m: Manifest,
  cache: ReadCache = createReadCache(),
): {
  policy: NetworkPolicy | null;
  problems: PolicyProblem[];
} {
  const problems: PolicyProblem[] = [];
  const nameProblem = m.name === '' ? 'metadata.name is required' : dns1123Subdomain(m.name);
  if (nameProblem) addError(problems, `name "${m.name}": ${nameProblem}`, ['metadata', 'name']);
  const spec = asObject(m.raw.spec);
  const r: Reader = { m, problems, cache };
  const podSelector = readSelector(r, spec.podSelector, ['spec'], 'podSelector') ?? EMPTY_SELECTOR;
  const policyTypes = readPolicyTypes(spec, problems);
  const ingress = readRules(r, spec.ingress, 'ingress');
  const egress = readRules(r, spec.egress, 'egress');
  const explicitTypes = asList(spec.policyTypes).length > 0;
  addTypeWarnings(spec, policyTypes, explicitTypes, problems);
  if (hasError(problems)) return { policy: null, problems };
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

function hasError(problems: PolicyProblem[]): boolean {
  for (const p of problems) if (p.severity === 'error') return true;
  return false;
}

/** One policy being read: where problems go and the shared cache. */
interface Reader {
  m: Manifest;
  problems: PolicyProblem[];
  cache: ReadCache;
}

/** The selector at `at` + `key`; the path is only built when there is a problem to place. */
function readSelector(r: Reader, raw: unknown, at: FieldPath, key: string): LabelSelector | null {
  const memo = r.cache.selectors;
  const shared = memo && sharedSelector(memo, raw);
  if (shared) return shared;
  const { selector, problems } = readLabelSelector(raw, memo);
  if (problems.length === 0) {
    if (memo && selector) shareSelector(memo, raw, selector);
    return selector;
  }
  const path = [...at, key];
  for (const p of problems) addError(r.problems, `${path.slice(1).join('.')}: ${p}`, path);
  return selector;
}

/** §6.3: missing or empty → Ingress, plus Egress only when spec.egress has an element. */
function readPolicyTypes(spec: Raw, problems: PolicyProblem[]): PolicyType[] {
  const written = asList(spec.policyTypes);
  if (written.length === 0) {
    return asList(spec.egress).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
  }
  if (written.length > 2)
    addError(problems, 'policyTypes may have at most 2 entries', ['spec', 'policyTypes']);
  const types: PolicyType[] = [];
  for (let i = 0; i < written.length; i++) {
    const t = written[i];
    if (t !== 'Ingress' && t !== 'Egress') {
      const message = `policyTypes[${i}] "${String(t)}" must be Ingress or Egress`;
      addError(problems, message, ['spec', 'policyTypes', i]);
    } else if (!types.includes(t)) types.push(t);
  }
  return types.sort();
}

function addTypeWarnings(
  spec: Raw,
  types: PolicyType[],
  explicitTypes: boolean,
  problems: PolicyProblem[],
): void {
  const ingressRules = asList(spec.ingress).length;
  const egressRules = asList(spec.egress).length;
  if (!explicitTypes && Array.isArray(spec.egress) && egressRules === 0) {
    addWarning(
      problems,
      'POLICY_EGRESS_EMPTY_NO_TYPES',
      '`egress: []` without policyTypes does not add Egress: egress is NOT restricted (write policyTypes: [Egress] to deny all egress)',
      ['spec', 'egress'],
    );
  }
  if (ingressRules > 0 && !types.includes('Ingress')) {
    addWarning(
      problems,
      'POLICY_INGRESS_RULES_IGNORED',
      'ingress rules are ignored: Ingress is not in policyTypes',
      ['spec', 'ingress'],
    );
  }
  if (!explicitTypes && egressRules > 0 && ingressRules === 0) {
    addWarning(
      problems,
      'POLICY_IMPLICIT_INGRESS_ISOLATION',
      'policy isolates ingress implicitly: without policyTypes it defaults to [Ingress, Egress], so the selected pods accept no incoming connections',
      ['spec', 'egress'],
    );
  }
}

function readRules(r: Reader, raw: unknown, direction: 'ingress' | 'egress'): PolicyRule[] {
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  const list = asList(raw);
  const rules: PolicyRule[] = [];
  for (let index = 0; index < list.length; index++) {
    const rule = asObject(list[index]);
    const rawPeers = asList(rule[peersKey]);
    const peers: PolicyPeer[] = [];
    for (let j = 0; j < rawPeers.length; j++)
      peers.push(readPeer(r, rawPeers[j], ['spec', direction, index, peersKey, j]));
    const rawPorts = asList(rule.ports);
    const ports: PolicyPort[] = [];
    for (let k = 0; k < rawPorts.length; k++)
      ports.push(readPort(r, rawPorts[k], ['spec', direction, index, 'ports', k]));
    rules.push({ index, peers, ports, source: r.m.lineOf(['spec', direction, index]) });
  }
  return rules;
}

function readPeer(r: Reader, raw: unknown, at: FieldPath): PolicyPeer {
  const p = asObject(raw);
  const peer: PolicyPeer = { source: r.m.lineOf(at) };
  const hasPod = isSet(p.podSelector);
  const hasNs = isSet(p.namespaceSelector);
  const hasBlock = isSet(p.ipBlock);
  if (!hasPod && !hasNs && !hasBlock) {
    addError(
      r.problems,
      'a peer must set at least one of podSelector, namespaceSelector, ipBlock',
      at,
    );
  }
  if (hasBlock && (hasPod || hasNs)) {
    addError(r.problems, 'ipBlock may not be combined with podSelector or namespaceSelector', at);
  }
  const pod = readSelector(r, p.podSelector, at, 'podSelector');
  const ns = readSelector(r, p.namespaceSelector, at, 'namespaceSelector');
  if (pod) peer.podSelector = pod;
  if (ns) peer.namespaceSelector = ns;
  if (hasBlock) peer.ipBlock = readIpBlock(p.ipBlock, at, r.problems, r.cache.ipBlocks);
  return peer;
}

/** §6.6: protocol defaults to TCP; numeric port 1–65535 or IANA_SVC_NAME; endPort rules. */
function readPort(r: Reader, raw: unknown, at: FieldPath): PolicyPort {
  const p = asObject(raw);
  const protocol = isSet(p.protocol) ? String(p.protocol) : 'TCP';
  if (!PROTOCOLS.has(protocol))
    addError(r.problems, `protocol "${protocol}" must be TCP, UDP or SCTP`, [...at, 'protocol']);
  const out: PolicyPort = { protocol: protocol as Protocol, source: r.m.lineOf(at) };
  if (typeof p.port === 'number') {
    if (!isPortNumber(p.port))
      addError(r.problems, `port ${p.port} must be between 1 and 65535`, [...at, 'port']);
    out.port = p.port;
  } else if (typeof p.port === 'string') {
    const problem = ianaSvcName(p.port);
    if (problem)
      addError(r.problems, `port "${p.port}" is not a valid port name: ${problem}`, [
        ...at,
        'port',
      ]);
    out.port = p.port;
  } else if (isSet(p.port))
    addError(r.problems, 'port must be a number or a name', [...at, 'port']);
  if (isSet(p.endPort)) readEndPort(r, p.endPort, out, at);
  return out;
}

function readEndPort(r: Reader, end: unknown, out: PolicyPort, at: FieldPath): void {
  const path = [...at, 'endPort'];
  if (typeof out.port !== 'number')
    addError(r.problems, 'endPort may only be set with a numeric port', path);
  else if (!isPortNumber(end))
    addError(r.problems, `endPort ${String(end)} must be between 1 and 65535`, path);
  else if (end < out.port) addError(r.problems, `endPort ${end} must be >= port ${out.port}`, path);
  if (typeof end === 'number') out.endPort = end;
}
