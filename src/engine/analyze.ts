// The pipeline of SEMANTICS.md §0: parse → namespaces, nodes → pods → placement → Services →
// endpoints → environment, DNS → Ingress, NetworkPolicy. Each stage reads only earlier output.
import { now } from './clock';
import type { Cluster } from './model/cluster';
import type { Diagnostic } from './model/diagnostic';
import type { Manifest } from './model/manifest';
import { DEFAULT_SETTINGS, type ClusterSettings } from './model/settings';
import type { InputFile } from './model/source';
import { parseManifests } from './parse/parseManifests';
import { buildNamespaces } from './topology/namespaces';
import { buildNodes } from './topology/nodes';
import { expandWorkloads } from './topology/workloads';
import { schedulePods } from './topology/schedule';
import { reportUnknownKinds } from './topology/kinds';
import { buildServices } from './services/services';
import { computeEndpoints } from './services/endpoints';
import { injectServiceEnv } from './services/env';
import { buildDnsRecords } from './dns/records';
import { buildIngresses } from './ingress/ingresses';
import { buildPolicies } from './policy/policies';
import { sortDiagnostics } from './topology/sortDiagnostics';
import { prepareTraceIndexes } from './trace/prepare';

/** What `analyze` takes: the files as the user has them, and optional cluster settings. */
export interface AnalyzeInput {
  files: InputFile[];
  settings?: Partial<ClusterSettings>;
}

/** The computed cluster plus how long each stage took (milliseconds). */
export interface Analysis {
  cluster: Cluster;
  timings: Record<string, number>;
}

/** Runs the whole pipeline. Never throws on bad manifests: problems become diagnostics. */
export function analyze(input: AnalyzeInput): Analysis {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, f: () => T): T => {
    const t0 = now();
    const out = f();
    timings[stage] = (timings[stage] ?? 0) + now() - t0;
    return out;
  };
  const settings: ClusterSettings = { ...DEFAULT_SETTINGS, ...input.settings };
  const parsed = time('parse', () => parseManifests(input.files));
  const cluster = time('model', () => {
    const built = buildCluster(parsed.manifests, settings, parsed.diagnostics);
    prepareTraceIndexes(built);
    return built;
  });
  return { cluster, timings };
}

/** Builds the cluster from already parsed objects (the `model` stage). */
export function buildCluster(
  manifests: readonly Manifest[],
  settings: ClusterSettings,
  parseDiagnostics: readonly Diagnostic[] = [],
): Cluster {
  const diags: Diagnostic[] = [...parseDiagnostics];
  const objectCounts = reportUnknownKinds(manifests, diags);
  const namespaces = buildNamespaces(manifests, diags);
  const nodes = buildNodes(manifests, settings, diags);
  const { workloads, pods } = expandWorkloads(manifests, namespaces, nodes, diags);
  schedulePods(pods, nodes, settings, diags);
  const services = buildServices(manifests, settings, diags);
  computeEndpoints(services, pods, manifests, diags, workloads, nodes);
  injectServiceEnv(pods, services);
  const dnsRecords = buildDnsRecords(services, pods, namespaces, settings);
  const { ingresses, ingressClasses } = buildIngresses(manifests, services, diags);
  const policies = buildPolicies(manifests, namespaces, pods, diags, services, settings);
  return {
    settings,
    namespaces,
    nodes,
    workloads,
    pods,
    services,
    ingresses,
    ingressClasses,
    policies,
    dnsRecords,
    diagnostics: sortDiagnostics(diags),
    objectCounts,
  };
}
