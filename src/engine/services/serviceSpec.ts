// Reads one Service manifest: API defaults (SEMANTICS.md §3.1) and the §8.3 validation that can
// be decided from the object alone. Address and node-port allocation, which need every Service,
// happen afterwards in services.ts and nodePorts.ts.
import type { Service, ServiceType } from '../model/cluster';
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import { isIp, isIpv4 } from '../net/ip';
import { readStringMap } from '../topology/selectors';
import { labelKeyProblem, labelValueProblem } from '../topology/report';
import { dns1035Label, dns1123Subdomain } from '../validate/formats';
import { canonicalIp } from './addressRange';
import { readServicePorts } from './servicePorts';
import { readLoadBalancerFields, readPolicies } from './servicePolicies';
import { createServiceReader, isUnset, specField, type ServiceReader } from './serviceReader';
import { isNonSpecialIp } from './specialIps';

const TYPES = new Set<string>(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
const TOLERATE_UNREADY = 'service.alpha.kubernetes.io/tolerate-unready-endpoints';

/** A Service that passed validation, with what allocation still has to decide. */
export interface ServiceDraft {
  manifest: Manifest;
  /** clusterIP is '' until allocated (for ClusterIP-bearing Services). */
  service: Service;
  /** An explicit address the manifest asks for. */
  requestedClusterIP?: string;
  /** false for LoadBalancer with allocateLoadBalancerNodePorts: false. */
  allocateNodePorts: boolean;
  requestedHealthCheckNodePort?: number;
  /** Addresses from status.loadBalancer.ingress[].ip. */
  statusIPs: string[];
  /** spec.loadBalancerIP (deprecated), used as the simulated address when set. */
  specLoadBalancerIP?: string;
}

/** Validates one Service manifest; returns null (after reporting errors) when it is rejected. */
export function readService(m: Manifest, diags: Diagnostic[]): ServiceDraft | null {
  const r = createServiceReader(m);
  const nameProblem = m.name === '' ? 'metadata.name is required' : dns1035Label(m.name);
  if (nameProblem) {
    const msg = `name "${m.name}" ${nameProblem} (Service names are DNS-1035 labels)`;
    r.error('SERVICE_NAME_INVALID', msg, ['metadata', 'name']);
  }
  const type = readType(r);
  const ports = readServicePorts(r, type);
  const draft = readAddressing(r, type);
  draft.service.ports = ports;
  if (ports.length === 0 && !draft.service.headless && type !== 'ExternalName') {
    r.error('SERVICE_PORTS_REQUIRED', 'spec.ports is required', ['spec', 'ports']);
  }
  readPolicies(r, draft);
  readLoadBalancerFields(r, draft);
  draft.service.selector = readSelector(r);
  const annotations = readStringMap(
    (m.raw.metadata as Record<string, unknown> | undefined)?.annotations,
  );
  if (TOLERATE_UNREADY in annotations) {
    const msg = `annotation ${TOLERATE_UNREADY} is ignored by the EndpointSlice controller; set spec.publishNotReadyAddresses instead`;
    r.note('SERVICE_TOLERATE_UNREADY_IGNORED', 'info', msg, ['metadata', 'annotations']);
  }
  if (r.errors.length > 0) {
    diags.push(...r.errors);
    return null;
  }
  diags.push(...r.notes);
  return draft;
}

function readType(r: ServiceReader): ServiceType {
  const raw = specField(r.m, 'type');
  if (isUnset(raw)) return 'ClusterIP';
  if (typeof raw === 'string' && TYPES.has(raw)) return raw as ServiceType;
  const msg = `type "${String(raw)}" must be ClusterIP, NodePort, LoadBalancer or ExternalName`;
  r.error('SERVICE_TYPE_INVALID', msg, ['spec', 'type']);
  return 'ClusterIP';
}

function emptyService(r: ServiceReader, type: ServiceType): Service {
  return {
    namespace: r.namespace,
    name: r.m.name,
    type,
    clusterIP: type === 'ExternalName' ? null : '',
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: null,
    ports: [],
    sessionAffinity: 'None',
    publishNotReadyAddresses: specField(r.m, 'publishNotReadyAddresses') === true,
    endpoints: [],
    dnsNames: [],
    source: r.m.source,
  };
}

/** clusterIP(s), externalName and externalIPs. */
function readAddressing(r: ServiceReader, type: ServiceType): ServiceDraft {
  const service = emptyService(r, type);
  const draft: ServiceDraft = { manifest: r.m, service, allocateNodePorts: true, statusIPs: [] };
  const raw = specField(r.m, 'clusterIP');
  const list = specField(r.m, 'clusterIPs');
  const first = Array.isArray(list) && list.length > 0 ? list[0] : undefined;
  const clusterIP = isUnset(raw) ? first : raw;
  if (!isUnset(raw) && !isUnset(first) && raw !== first) {
    r.error('SERVICE_CLUSTER_IP_INVALID', `clusterIPs[0] must equal clusterIP "${String(raw)}"`, [
      'spec',
      'clusterIPs',
    ]);
  }
  if (type === 'ExternalName') readExternalName(r, service, clusterIP);
  else if (clusterIP === 'None') {
    if (type !== 'ClusterIP') {
      r.error(
        'SERVICE_CLUSTER_IP_INVALID',
        `clusterIP None (headless) is not allowed for type ${type}`,
        ['spec', 'clusterIP'],
      );
    }
    service.clusterIP = 'None';
    service.headless = true;
  } else if (!isUnset(clusterIP)) {
    if (typeof clusterIP === 'string' && isIp(clusterIP))
      draft.requestedClusterIP = canonicalIp(clusterIP);
    else {
      const msg = `clusterIP "${String(clusterIP)}" must be "", "None" or a valid IP address`;
      r.error('SERVICE_CLUSTER_IP_INVALID', msg, ['spec', 'clusterIP']);
    }
  }
  service.externalIPs = readExternalIPs(r);
  return draft;
}

function readExternalName(r: ServiceReader, service: Service, clusterIP: unknown): void {
  for (const key of ['clusterIP', 'clusterIPs', 'ipFamilies', 'ipFamilyPolicy']) {
    const v = key === 'clusterIP' ? clusterIP : specField(r.m, key);
    if (!isUnset(v) && !(Array.isArray(v) && v.length === 0)) {
      r.error('SERVICE_CLUSTER_IP_INVALID', `${key} may not be set for type ExternalName`, [
        'spec',
        key,
      ]);
    }
  }
  const raw = specField(r.m, 'externalName');
  const path = ['spec', 'externalName'];
  if (typeof raw !== 'string' || raw === '') {
    r.error(
      'SERVICE_EXTERNAL_NAME_INVALID',
      'externalName is required for type ExternalName',
      path,
    );
    return;
  }
  const clean = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  const problem = dns1123Subdomain(clean);
  if (problem) {
    r.error('SERVICE_EXTERNAL_NAME_INVALID', `externalName "${raw}" ${problem}`, path);
    return;
  }
  service.externalName = raw;
  if (isIpv4(clean)) {
    const msg = `externalName "${raw}" looks like an IP address: cluster DNS answers NXDOMAIN for it; use a Service without selector plus an EndpointSlice`;
    r.note('SERVICE_EXTERNAL_NAME_IP', 'warning', msg, path);
  }
}

function readExternalIPs(r: ServiceReader): string[] {
  const raw = specField(r.m, 'externalIPs');
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  raw.forEach((ip, i) => {
    if (typeof ip === 'string' && isIp(ip) && isNonSpecialIp(ip)) out.push(canonicalIp(ip));
    else {
      const msg = `externalIPs[${i}] "${String(ip)}" must be a valid IP that is not unspecified, loopback or link-local`;
      r.error('SERVICE_EXTERNAL_IP_INVALID', msg, ['spec', 'externalIPs', i]);
    }
  });
  if (out.length > 0) {
    const msg = `externalIPs ${out.join(', ')} are forwarded like node ports; Kubernetes does not check them and clusters often forbid the field (DenyServiceExternalIPs)`;
    r.note('SERVICE_EXTERNAL_IPS', 'info', msg, ['spec', 'externalIPs']);
  }
  return out;
}

/** An equality map; `{}` means the same as no selector (§1.8), so both become null. */
function readSelector(r: ServiceReader): Record<string, string> | null {
  const selector = readStringMap(specField(r.m, 'selector'));
  for (const [k, v] of Object.entries(selector)) {
    const problem = labelKeyProblem(k) ?? labelValueProblem(v);
    if (problem) {
      const msg = `selector ${k}: ${v} is not a valid label: ${problem}`;
      r.error('SERVICE_SELECTOR_INVALID', msg, ['spec', 'selector', k]);
    }
  }
  return Object.keys(selector).length > 0 ? selector : null;
}
