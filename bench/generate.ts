// Bench fixtures: deterministic (seeded) clusters at four sizes, written as one multi-document
// YAML stream like a `kubectl get -A -o yaml` dump of a GitOps repo. Object shapes live in
// objects.ts and policies.ts; timing lives in measure.ts.
import { createRng, toYaml, type Rng } from './emit';
import { namespace, node, pod, service, workload, type App } from './objects';
import { networkPolicy } from './policies';

export interface SizeSpec {
  name: string;
  namespaces: number;
  /** Node objects emitted; about 100 pods each, under the kubelet's default of 110. */
  nodes: number;
  pods: number;
  services: number;
  policies: number;
  /** Every pod gets labels no other pod has (bare Pods only). */
  uniqueLabels?: boolean;
}

export const SIZES: Record<string, SizeSpec> = {
  small: { name: 'small', namespaces: 5, nodes: 3, pods: 60, services: 30, policies: 30 },
  medium: {
    name: 'medium',
    namespaces: 100,
    nodes: 20,
    pods: 2000,
    services: 1000,
    policies: 1000,
  },
  large: { name: 'large', namespaces: 600, nodes: 50, pods: 5000, services: 6000, policies: 14000 },
  unique: {
    name: 'unique',
    namespaces: 100,
    nodes: 100,
    pods: 10000,
    services: 1000,
    policies: 1000,
    uniqueLabels: true,
  },
};

export interface GeneratedCluster {
  text: string;
  objects: number;
  pods: number;
  /** `ns/app` of some apps (workload or bare Pod names) for trace samples. */
  sampleApps: string[];
  /** `name.ns.svc.cluster.local` of some Services. */
  sampleServices: string[];
}

const APP_NAMES = ['web', 'api', 'cart', 'auth', 'search', 'billing', 'queue', 'cache'];
const TIERS = ['web', 'api', 'batch', 'db'];

/** Spreads `total` over `parts` as evenly as possible. */
function share(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

function newApp(rng: Rng, ns: string, k: number, unique: boolean): App {
  const name = `${APP_NAMES[k % APP_NAMES.length]}-${k}`;
  const labels: Record<string, string> = {
    app: name,
    tier: rng.pick(TIERS),
    version: `v${rng.int(1, 3)}`,
  };
  if (unique) labels['pod-uid'] = `${ns}-${name}-${rng.id(6)}`;
  const ports: [string, number][] = [['http', 8080 + (k % 20)]];
  if (k % 3 === 0) ports.push(['metrics', 9090]);
  if (k % 5 === 0) ports.push(['grpc', 9000 + (k % 10)]);
  return { namespace: ns, name, labels, ports };
}

/** Workloads and bare Pods of one namespace until it runs `budget` pods. */
function namespaceApps(
  rng: Rng,
  ns: string,
  budget: number,
  spec: SizeSpec,
  docs: string[],
): App[] {
  const unique = !!spec.uniqueLabels;
  const apps: App[] = [];
  for (let left = budget, k = 0; left > 0; k++) {
    const app = newApp(rng, ns, k, unique);
    apps.push(app);
    const r = unique ? 1 : rng.next();
    if (r < 0.6) {
      const replicas = rng.int(1, Math.min(5, left));
      docs.push(toYaml(workload(rng, app, 'Deployment', replicas)));
      left -= replicas;
    } else if (r < 0.8) {
      const replicas = rng.int(1, Math.min(3, left));
      docs.push(toYaml(workload(rng, app, 'StatefulSet', replicas)));
      left -= replicas;
    } else {
      docs.push(toYaml(pod(rng, app, spec.nodes, unique)));
      left -= 1;
    }
  }
  return apps;
}

/** Generates the cluster of `spec`; the same seed always gives the same text. */
export function generateCluster(spec: SizeSpec, seed = 42): GeneratedCluster {
  const rng = createRng(seed);
  const docs: string[] = [];
  const teams = Array.from({ length: 12 }, (_, i) => `team-${i}`);
  const sampleApps: string[] = [];
  const sampleServices: string[] = [];
  for (let i = 1; i <= spec.nodes; i++) docs.push(toYaml(node(i)));
  for (let i = 0; i < spec.namespaces; i++)
    docs.push(toYaml(namespace(rng, `ns-${i}`, teams[i % 12])));
  for (let i = 0; i < spec.namespaces; i++) {
    const ns = `ns-${i}`;
    const apps = namespaceApps(rng, ns, share(spec.pods, spec.namespaces, i), spec, docs);
    if (apps.length === 0) continue;
    sampleApps.push(`${ns}/${apps[0].name}`);
    for (let j = 0, n = share(spec.services, spec.namespaces, i); j < n; j++) {
      const app = apps[j % apps.length];
      const name = j < apps.length ? app.name : `${app.name}-m${j}`;
      docs.push(toYaml(service(rng, app, name, j)));
      if (j === 0) sampleServices.push(`${name}.${ns}.svc.cluster.local`);
    }
    for (let k = 0, n = share(spec.policies, spec.namespaces, i); k < n; k++) {
      const app = apps[k % apps.length];
      docs.push(toYaml(networkPolicy(rng, k, app, apps[(k + 1) % apps.length], teams)));
    }
  }
  const header = `# Podpath bench fixture "${spec.name}" (seed ${seed}): ${docs.length} objects.\n`;
  return {
    text: header + docs.map((d) => `---\n${d}`).join(''),
    objects: docs.length,
    pods: spec.pods,
    sampleApps,
    sampleServices,
  };
}
