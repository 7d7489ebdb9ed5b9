// A pod template read once (SEMANTICS.md §1.1, §1.2, §4.6, §8.2): template metadata plus the pod
// spec after API defaulting, with every rejection and warning as an Issue. Turning a template into
// named pods is pods.ts; per-kind rules (restartPolicy per controller) are workloadSpec.ts.
import type { DnsConfig, NodeSelectorTerm, Pod } from '../model/cluster';
import type { FieldPath, Manifest } from '../model/manifest';
import type { Labels } from '../model/labels';
import { isIp } from '../net/ip';
import { dns1123Label, dns1123Subdomain } from '../validate/formats';
import { getAt, readContainers, type ContainersRead } from './containers';
import { readNodeAffinity, readTolerations, type Toleration } from './placement';
import { readStringMap } from './selectors';
import { asArray, asObject, labelProblems, type Issue } from './report';

const DNS_POLICIES = new Set(['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']);
const RESTART_POLICIES = new Set(['Always', 'OnFailure', 'Never']);

/** Everything pods made from one template share. */
export interface PodTemplate extends ContainersRead {
  labels: Labels;
  annotations: Labels;
  hostNetwork: boolean;
  dnsPolicy: Pod['dnsPolicy'];
  dnsConfig?: DnsConfig;
  enableServiceLinks: boolean;
  nodeName?: string;
  nodeSelector: Labels;
  tolerations: Toleration[];
  nodeAffinity?: NodeSelectorTerm[];
  hostAliases: { ip: string; hostnames: string[] }[];
  specHostname?: string;
  subdomain?: string;
  /** spec.hostnameOverride: the hostname the pod sees, no DNS effect. */
  hostnameOverride?: string;
  restartPolicy: string;
  /** Whether restartPolicy was written (Jobs require it explicitly). */
  restartPolicySet: boolean;
}

/**
 * Reads the template whose `metadata` and `spec` sit at `path` in `m` (`[]` for a Pod,
 * `['spec', 'template']` for most workloads). Issues are appended; the template is returned even
 * when some are errors, so callers can report everything before rejecting.
 */
export function readPodTemplate(m: Manifest, path: FieldPath, issues: Issue[]): PodTemplate {
  const meta = asObject(getAt(m.raw, [...path, 'metadata']));
  const specPath = [...path, 'spec'];
  const spec = asObject(getAt(m.raw, specPath));
  if (getAt(m.raw, specPath) === undefined) {
    issues.push({
      code: 'POD_SPEC_INVALID',
      severity: 'error',
      message: `${pathText(specPath)} is required`,
      path,
    });
  }
  const labels = readStringMap(meta.labels);
  const labelsField = () => `${pathText([...path, 'metadata'])}.labels`;
  for (const message of labelProblems(labels, labelsField)) {
    issues.push({
      code: 'LABELS_INVALID',
      severity: 'error',
      message,
      path: [...path, 'metadata', 'labels'],
    });
  }
  const hostNetwork = spec.hostNetwork === true;
  const err = (message: string, field: FieldPath) =>
    issues.push({
      code: 'POD_SPEC_INVALID',
      severity: 'error',
      message,
      path: [...specPath, ...field],
    });
  const restartPolicy = spec.restartPolicy === undefined ? 'Always' : String(spec.restartPolicy);
  if (!RESTART_POLICIES.has(restartPolicy))
    err(`restartPolicy "${restartPolicy}" must be Always, OnFailure or Never`, ['restartPolicy']);
  const schedulingProblems: string[] = [];
  const template: PodTemplate = {
    labels,
    annotations: readStringMap(meta.annotations),
    hostNetwork,
    ...readDns(spec, specPath, hostNetwork, issues),
    enableServiceLinks: spec.enableServiceLinks !== false,
    nodeSelector: readStringMap(spec.nodeSelector),
    tolerations: readTolerations(spec.tolerations, schedulingProblems),
    hostAliases: readHostAliases(spec.hostAliases, err),
    restartPolicy,
    restartPolicySet: spec.restartPolicy !== undefined,
    ...readContainers(m, specPath, hostNetwork, issues),
    ...readHostnames(spec, hostNetwork, err),
  };
  const affinity = readNodeAffinity(spec, schedulingProblems);
  if (affinity) template.nodeAffinity = affinity;
  if (typeof spec.nodeName === 'string' && spec.nodeName !== '') template.nodeName = spec.nodeName;
  for (const message of schedulingProblems) err(message, ['affinity']);
  return template;
}

function pathText(path: FieldPath): string {
  return path.join('.');
}

/** dnsPolicy (default ClusterFirst) and dnsConfig, with the limits of §4.4 and §8.2. */
function readDns(
  spec: Record<string, unknown>,
  specPath: FieldPath,
  hostNetwork: boolean,
  issues: Issue[],
): { dnsPolicy: Pod['dnsPolicy']; dnsConfig?: DnsConfig } {
  const err = (message: string, field: string) =>
    issues.push({
      code: 'DNS_POLICY_INVALID',
      severity: 'error',
      message,
      path: [...specPath, field],
    });
  const policy =
    spec.dnsPolicy === undefined || spec.dnsPolicy === '' ? 'ClusterFirst' : String(spec.dnsPolicy);
  if (!DNS_POLICIES.has(policy))
    err(
      `dnsPolicy "${policy}" must be ClusterFirst, ClusterFirstWithHostNet, Default or None`,
      'dnsPolicy',
    );
  if (hostNetwork && policy === 'ClusterFirst') {
    issues.push({
      code: 'HOST_NETWORK_CLUSTER_FIRST',
      severity: 'warning',
      message:
        "hostNetwork with dnsPolicy ClusterFirst silently behaves as Default (the node's resolv.conf); use ClusterFirstWithHostNet to reach cluster DNS",
      path: [...specPath, spec.dnsPolicy === undefined ? 'hostNetwork' : 'dnsPolicy'],
    });
  }
  const out: { dnsPolicy: Pod['dnsPolicy']; dnsConfig?: DnsConfig } = {
    dnsPolicy: policy as Pod['dnsPolicy'],
  };
  if (spec.dnsConfig !== undefined && spec.dnsConfig !== null)
    out.dnsConfig = readDnsConfig(asObject(spec.dnsConfig), err);
  if (policy === 'None' && (out.dnsConfig?.nameservers.length ?? 0) === 0) {
    err('dnsPolicy None requires dnsConfig with at least one nameserver', 'dnsPolicy');
  }
  return out;
}

function readDnsConfig(
  raw: Record<string, unknown>,
  err: (message: string, field: string) => void,
): DnsConfig {
  const nameservers = asArray(raw.nameservers).map(String);
  const searches = asArray(raw.searches).map(String);
  if (nameservers.length > 3)
    err(`dnsConfig.nameservers: at most 3 allowed, ${nameservers.length} given`, 'dnsConfig');
  for (const ns of nameservers)
    if (!isIp(ns)) err(`dnsConfig.nameservers: "${ns}" is not an IP address`, 'dnsConfig');
  if (searches.length > 32)
    err(`dnsConfig.searches: at most 32 allowed, ${searches.length} given`, 'dnsConfig');
  if (searches.join(' ').length > 2048)
    err('dnsConfig.searches: at most 2048 characters in total', 'dnsConfig');
  for (const s of searches) {
    const problem = dns1123Subdomain(s.replace(/\.$/, ''));
    if (problem) err(`dnsConfig.searches: "${s}" ${problem}`, 'dnsConfig');
  }
  const options: DnsConfig['options'] = [];
  for (const o of asArray(raw.options).map(asObject)) {
    if (typeof o.name !== 'string' || o.name === '') {
      err('dnsConfig.options: name is required', 'dnsConfig');
      continue;
    }
    options.push(
      o.value === undefined || o.value === null
        ? { name: o.name }
        : { name: o.name, value: String(o.value) },
    );
  }
  return { nameservers, searches, options };
}

function readHostAliases(
  raw: unknown,
  err: (message: string, field: FieldPath) => void,
): PodTemplate['hostAliases'] {
  return asArray(raw).map((item, i) => {
    const o = asObject(item);
    const ip = typeof o.ip === 'string' ? o.ip : '';
    if (!isIp(ip))
      err(`hostAliases[${i}].ip "${ip}" must be a valid IP address`, ['hostAliases', i, 'ip']);
    return { ip, hostnames: asArray(o.hostnames).map(String) };
  });
}

/** spec.hostname / subdomain (DNS-1123 labels) and hostnameOverride (§4.6). */
function readHostnames(
  spec: Record<string, unknown>,
  hostNetwork: boolean,
  err: (message: string, field: FieldPath) => void,
): Pick<PodTemplate, 'specHostname' | 'subdomain' | 'hostnameOverride'> {
  const out: Pick<PodTemplate, 'specHostname' | 'subdomain' | 'hostnameOverride'> = {};
  for (const field of ['hostname', 'subdomain'] as const) {
    const v = spec[field];
    if (v === undefined || v === '') continue;
    const problem = dns1123Label(String(v));
    if (problem) err(`${field} "${String(v)}" ${problem}`, [field]);
    if (field === 'hostname') out.specHostname = String(v);
    else out.subdomain = String(v);
  }
  const override = spec.hostnameOverride;
  if (typeof override === 'string' && override !== '') {
    const problem =
      override.length > 64 ? 'must be no more than 64 characters' : dns1123Subdomain(override);
    if (problem) err(`hostnameOverride "${override}" ${problem}`, ['hostnameOverride']);
    if (spec.setHostnameAsFQDN === true)
      err('hostnameOverride cannot be combined with setHostnameAsFQDN', ['hostnameOverride']);
    if (hostNetwork)
      err('hostnameOverride cannot be combined with hostNetwork', ['hostnameOverride']);
    out.hostnameOverride = override;
  }
  return out;
}
