import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { buildCluster } from '../analyze';
import { DEFAULT_SETTINGS } from '../model/settings';
import { manifestsFromYaml } from '../testing/manifests';
import type * as PodsModule from './pods';

// makePod shares template parts between replicas. Run the whole model once with the reference
// maker (a fresh copy of everything per pod) and once with the shared one, whose shared parts are
// frozen as soon as a pod is made: every later stage must leave them alone, and both clusters
// must be equal.
const mode = vi.hoisted(() => {
  const deepFreeze = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return;
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  };
  const SHARED = ['labels', 'annotations', 'nodeSelector', 'tolerations', 'containers'] as const;
  const MORE = ['images', 'ports', 'declaredEnv', 'hostAliases', 'dnsConfig', 'nodeAffinity'];
  const freezeParts = <T extends object>(pod: T): T => {
    const fields = pod as Record<string, unknown>;
    for (const k of [...SHARED, ...MORE, 'owner', 'controller', 'source']) deepFreeze(fields[k]);
    return pod;
  };
  return { reference: false, freezeParts };
});

vi.mock('./pods', async (importOriginal) => {
  const orig = await importOriginal<typeof PodsModule>();
  return {
    ...orig,
    makePod: (...args: Parameters<typeof orig.makePod>) =>
      mode.reference ? orig.makePodUnshared(...args) : mode.freezeParts(orig.makePod(...args)),
  };
});

const app = fc.constantFrom('web', 'db');
const container = fc.record({
  name: fc.constantFrom('c1', 'c2'),
  image: fc.constantFrom('nginx', 'registry.k8s.io/ingress-nginx/controller:v1'),
  ports: fc.array(
    fc.record({ containerPort: fc.constantFrom(80, 8080), name: fc.constantFrom('http', 'm') }),
    { maxLength: 2 },
  ),
  env: fc.array(
    fc.record({ name: fc.constantFrom('A', 'JOB_COMPLETION_INDEX', 'WEB_SERVICE_HOST') }),
    {
      maxLength: 2,
    },
  ),
});
const podSpec = fc.record(
  {
    containers: fc.array(container, { minLength: 1, maxLength: 2 }),
    tolerations: fc.constant([{ key: 'k', operator: 'Exists' }]),
    nodeSelector: fc.constant({ zone: 'a' }),
    hostAliases: fc.constant([{ ip: '10.1.1.1', hostnames: ['x'] }]),
    dnsConfig: fc.constant({ nameservers: ['1.1.1.1'], options: [{ name: 'ndots', value: '2' }] }),
    enableServiceLinks: fc.boolean(),
    affinity: fc.constant({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
          ],
        },
      },
    }),
  },
  { requiredKeys: ['containers'] },
);
const kind = fc.constantFrom('Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'Pod');

const workload = fc.record({
  kind,
  ns: fc.constantFrom('a', 'b'),
  app,
  n: fc.nat(2),
  spec: podSpec,
  indexed: fc.boolean(),
});
type GeneratedWorkload = typeof workload extends fc.Arbitrary<infer T> ? T : never;

function manifestOf(w: GeneratedWorkload, i: number): unknown {
  const metadata = { name: `${w.app}-${i}`, namespace: w.ns, labels: { app: w.app } };
  if (w.kind === 'Pod') return { apiVersion: 'v1', kind: 'Pod', metadata, spec: w.spec };
  const template = {
    metadata: { labels: { app: w.app } },
    spec: w.kind === 'Job' ? { ...w.spec, restartPolicy: 'Never' } : w.spec,
  };
  const spec: Record<string, unknown> = { template };
  if (w.kind === 'Job') {
    spec.parallelism = w.n;
    if (w.indexed) Object.assign(spec, { completionMode: 'Indexed', completions: w.n });
  } else spec.selector = { matchLabels: { app: w.app } };
  if (w.kind === 'StatefulSet') spec.serviceName = w.app;
  if (w.kind !== 'Job' && w.kind !== 'DaemonSet') spec.replicas = w.n;
  const apiVersion = w.kind === 'Job' ? 'batch/v1' : 'apps/v1';
  return { apiVersion, kind: w.kind, metadata, spec };
}

function yamlOf(workloads: GeneratedWorkload[], nodes: number): string {
  const docs: unknown[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'b' } },
    ...Array.from({ length: nodes }, (_, i) => ({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: `node-${i}`, labels: { zone: 'a' } },
    })),
    ...workloads.map(manifestOf),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'a' },
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http' }] },
    },
  ];
  return docs.map((d) => stringify(d)).join('---\n');
}

function clusterOf(yaml: string, reference: boolean) {
  mode.reference = reference;
  try {
    return buildCluster(manifestsFromYaml(yaml), DEFAULT_SETTINGS);
  } finally {
    mode.reference = false;
  }
}

describe('pods sharing their template parts', () => {
  it('give the same cluster as pods with their own copies, and no stage changes a shared part', () => {
    fc.assert(
      fc.property(fc.array(workload, { maxLength: 6 }), fc.nat(3), (ws, nodes) => {
        const yaml = yamlOf(ws, nodes);
        expect(clusterOf(yaml, false)).toEqual(clusterOf(yaml, true));
      }),
      { numRuns: 150 },
    );
  });
});
