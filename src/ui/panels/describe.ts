// What the inspector shows for a selected graph element (pure): a title and label/value rows,
// read straight from the engine's cluster (labels, IP, ports, env, DNS names, the policies that
// select a pod and what they allow, a Service's endpoints, an Ingress's routes, a Node's pods).
// No topology is computed here, only looked up.
import type { Cluster, SourceRef } from '../../engine/index';
import { describeIngress, describeNode } from './describeMore';
import { labelsText, lines } from './describeText';
import { policyLines, type PolicyLine } from './policyWords';

export interface Description {
  kind: string;
  title: string;
  rows: [string, string][];
  source?: SourceRef;
  /** What the policies selecting it allow, in words (pods and workloads). */
  policy?: PolicyLine[];
  /** Long rows shown after the policy lines (a pod's environment). */
  more?: [string, string][];
}

/** The policies whose selection (computed by the engine) holds the pod, with their types. */
export function policiesSelecting(c: Cluster, ref: string): string[] {
  return c.policies
    .filter((p) => p.selectedPods.includes(ref))
    .map((p) => `${p.name} (${p.policyTypes.join(', ')})`);
}

/** The DNS names the engine's records give the pod's address (A records only). */
function podDnsNames(c: Cluster, ip: string | undefined): string[] {
  if (!ip) return [];
  return c.dnsRecords.filter((r) => r.type === 'A' && r.data === ip).map((r) => r.name);
}

function describePod(c: Cluster, ref: string): Description | null {
  const p = c.pods.find((x) => x.ref === ref);
  if (!p) return null;
  const services = c.services
    .filter((s) => s.endpoints.some((e) => e.pod === ref))
    .map((s) => s.name);
  const env = Object.entries(p.env).map(([k, v]) => `${k}=${v}`);
  const policies = policiesSelecting(c, ref);
  return {
    kind: 'Pod',
    title: ref,
    rows: [
      ['IP', p.ip ?? 'none (Pending)'],
      ['Node', p.node ?? 'unscheduled'],
      ['State', `${p.phase}${p.ready ? ', ready' : ', not ready'}`],
      ['Owner', p.owner ? `${p.owner.kind} ${p.owner.name}` : 'none (bare Pod)'],
      ['Labels', labelsText(p.labels)],
      [
        'Ports',
        p.ports
          .map((x) => `${x.name ? x.name + ' ' : ''}${x.containerPort}/${x.protocol}`)
          .join(', ') || '—',
      ],
      ['Behind', services.join(', ') || 'no Service'],
      ['Policies', policies.length ? lines(policies) : 'none select it'],
      ['DNS', lines(podDnsNames(c, p.ip))],
    ],
    more: [
      ['Env (set)', lines(p.declaredEnv ?? [])],
      ['Env (Service links)', lines(env)],
    ],
    source: p.source,
    policy: policyLines(c.policies, [ref]),
  };
}

function describeService(c: Cluster, key: string): Description | null {
  const s = c.services.find((x) => `${x.namespace}/${x.name}` === key);
  if (!s) return null;
  const ready = s.endpoints.filter((e) => e.ready).length;
  return {
    kind: 'Service',
    title: key,
    rows: [
      ['Type', s.headless ? `${s.type} (headless)` : s.type],
      ['Cluster IP', s.clusterIP ?? '—'],
      ...(s.loadBalancerIP
        ? [
            [
              'External IP',
              `${s.loadBalancerIP}${s.loadBalancerSimulated ? ' (simulated)' : ''}`,
            ] as [string, string],
          ]
        : []),
      ['Ports', s.ports.map((p) => `${p.port}→${p.targetPort}/${p.protocol}`).join(', ') || '—'],
      ['Selector', s.selector === null ? 'none' : labelsText(s.selector)],
      ['Endpoints', `${ready} ready of ${s.endpoints.length}`],
      ...s.endpoints.map(
        (e) =>
          [
            e.pod ?? e.ip,
            `${e.ip} ${e.ports.map((x) => `${x.port}/${x.protocol}`).join(', ')}${e.ready ? '' : ' (not ready)'}`,
          ] as [string, string],
      ),
      ['DNS', lines(s.dnsNames)],
    ],
    source: s.source,
  };
}

function describeWorkload(c: Cluster, key: string): Description | null {
  const w = c.workloads.find((x) => `${x.kind}/${x.namespace}/${x.name}` === key);
  if (!w) return null;
  return {
    kind: w.kind,
    title: `${w.namespace}/${w.name}`,
    rows: [
      ['Replicas', String(w.replicas)],
      ['Pod labels', labelsText(w.templateLabels)],
      ['Pods', w.pods.length ? w.pods.map((p) => p.split('/')[1]).join(', ') : '—'],
    ],
    source: w.source,
    policy: policyLines(c.policies, w.pods),
  };
}

function describeNamespace(c: Cluster, name: string): Description | null {
  const n = c.namespaces.find((x) => x.name === name);
  if (!n) return null;
  return {
    kind: 'Namespace',
    title: name,
    rows: [
      ['Defined', n.explicit ? 'in the manifests' : 'implicitly (referenced or always present)'],
      ['Labels', labelsText(n.labels)],
    ],
    source: n.source,
  };
}

const OUTSIDE_WORLD: Description = {
  kind: 'Outside world',
  title: 'external',
  rows: [['What', 'a client outside the cluster: trace from `external` or `external:IP`']],
};

/** Describes the element with graph id `id` (`pod:`, `svc:`, `wl:`, `ns:`, `ing:`, `node:`), or null. */
export function describeElement(cluster: Cluster, id: string): Description | null {
  const sep = id.indexOf(':');
  const [prefix, rest] = [id.slice(0, sep), id.slice(sep + 1)];
  if (id.includes('->')) return null; // edges: nothing extra to say yet
  if (prefix === 'pod') return describePod(cluster, rest);
  if (prefix === 'svc') return describeService(cluster, rest);
  if (prefix === 'wl') return describeWorkload(cluster, rest);
  if (prefix === 'ns') return describeNamespace(cluster, rest);
  if (prefix === 'ing') return describeIngress(cluster, rest);
  if (prefix === 'node') return describeNode(cluster, rest);
  if (id === 'ext:world') return OUTSIDE_WORLD;
  return null;
}
