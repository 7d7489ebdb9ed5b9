// Command-line parsing with node:util parseArgs: the options every command shares (--json, the
// cluster settings), strict checking of flags and values, and one-line messages for exit 2.
// What each value means is the engine's business; here we only check that it is well formed.
import { parseArgs } from 'node:util';
import ipaddr from 'ipaddr.js';
import { DEFAULT_SETTINGS, type ClusterSettings, type Protocol } from '../engine/index';
import { usageError } from './errors';

type OptionSpec = { type: 'string' | 'boolean'; short?: string };
export type OptionSpecs = Record<string, OptionSpec>;
export type OptionValues = Record<string, string | boolean | undefined>;

/** Flags every command accepts. */
export const COMMON_OPTIONS: OptionSpecs = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'cluster-domain': { type: 'string' },
  'pod-cidr': { type: 'string' },
  'service-cidr': { type: 'string' },
  nodes: { type: 'string' },
  cni: { type: 'string' },
};

export interface ParsedArgs {
  values: OptionValues;
  positionals: string[];
}

/** Parses one command's arguments; unknown flags and missing values become usage errors. */
export function parseCommandArgs(argv: readonly string[], extra: OptionSpecs): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...COMMON_OPTIONS, ...extra },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues, positionals };
  } catch (e) {
    throw usageError(describeParseError(e));
  }
}

/** parseArgs messages carry advice about '--' that confuses more than it helps: say it plainly. */
function describeParseError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const flag = /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';
  const code = (e as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${flag}'`;
  if (/argument missing|ambiguous/.test(message)) return `option '${flag}' needs a value`;
  if (/does not take an argument/.test(message)) return `option '${flag}' takes no value`;
  return message.split('\n')[0];
}

/** A string option's value, or a usage error when it is required and absent. */
export function requireString(values: OptionValues, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw usageError(`missing required option --${name}`);
  return v;
}

/** Cluster settings from the flags, validated; absent flags keep the engine defaults. */
export function settingsFromFlags(values: OptionValues): ClusterSettings {
  const s: ClusterSettings = { ...DEFAULT_SETTINGS };
  if (typeof values['cluster-domain'] === 'string') {
    s.clusterDomain = parseClusterDomain(values['cluster-domain']);
  }
  if (typeof values['pod-cidr'] === 'string')
    s.podCIDR = parseCidrArg('pod-cidr', values['pod-cidr'], 24);
  if (typeof values['service-cidr'] === 'string') {
    // kube-dns takes the 10th address, so the range needs at least 16.
    s.serviceCIDR = parseCidrArg('service-cidr', values['service-cidr'], 28);
  }
  if (typeof values.nodes === 'string') s.nodes = parseIntArg('nodes', values.nodes, 1, 4096);
  if (typeof values.cni === 'string') {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(values.cni)) {
      throw usageError(
        `invalid --cni '${values.cni}': expected a plugin name such as calico or flannel`,
      );
    }
    s.cni = values.cni;
  }
  const perNode = 2 ** (24 - Number(s.podCIDR.split('/')[1]));
  if (s.nodes > perNode) {
    throw usageError(
      `--nodes ${s.nodes} does not fit: pod CIDR ${s.podCIDR} holds ${perNode} /24 node ranges`,
    );
  }
  return s;
}

function parseClusterDomain(raw: string): string {
  const d = raw.toLowerCase().replace(/\.$/, '');
  const label = '[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?';
  if (d.length > 253 || !new RegExp(`^${label}(\\.${label})*$`).test(d)) {
    throw usageError(
      `invalid --cluster-domain '${raw}': expected a DNS name such as cluster.local`,
    );
  }
  return d;
}

/** An IPv4 CIDR in network form whose prefix is at most `maxPrefix`. */
function parseCidrArg(flag: string, raw: string, maxPrefix: number): string {
  const bad = (why: string) => usageError(`invalid --${flag} '${raw}': ${why}`);
  if (!/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(raw) || !ipaddr.isValidCIDR(raw)) {
    throw bad('expected an IPv4 CIDR such as 10.0.0.0/16');
  }
  const [addr, prefix] = ipaddr.parseCIDR(raw);
  const network = ipaddr.IPv4.networkAddressFromCIDR(raw).toString();
  if (network !== addr.toString())
    throw bad(`host bits are set (did you mean ${network}/${prefix}?)`);
  if (prefix > maxPrefix) throw bad(`prefix /${prefix} is too small (at most /${maxPrefix})`);
  return `${network}/${prefix}`;
}

/** A whole number in [min, max]; anything else is a usage error naming the flag. */
export function parseIntArg(flag: string, raw: string, min: number, max: number): number {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError(`invalid --${flag} '${raw}': expected a whole number from ${min} to ${max}`);
  }
  return n;
}

/** IANA_SVC_NAME (SEMANTICS.md §8.1): how container ports and policy ports are named. */
export function isPortName(s: string): boolean {
  return /^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(s) && /[a-z]/.test(s) && !s.includes('--');
}

/** `--port`: a number 1–65535, or (when names are allowed) a port name. */
export function parsePortArg(raw: string, allowName: boolean): number | string {
  if (/^\d+$/.test(raw)) return parseIntArg('port', raw, 1, 65535);
  if (allowName && isPortName(raw)) return raw;
  const what = allowName ? 'a port number 1-65535 or a port name' : 'a port number 1-65535';
  throw usageError(`invalid --port '${raw}': expected ${what}`);
}

const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** `--protocol`, case-insensitive; TCP when absent. */
export function parseProtocolArg(raw: string | boolean | undefined): Protocol {
  if (typeof raw !== 'string') return 'TCP';
  const p = raw.toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(p)) {
    throw usageError(`unknown protocol '${raw}': expected TCP, UDP or SCTP`);
  }
  return p;
}

/** Whether `s` is a literal IPv4 or IPv6 address. */
export function isIpAddress(s: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(s) || (s.includes(':') && ipaddr.IPv6.isValid(s));
}
