// Test support for topology/: runs namespaces → nodes → workloads → scheduling on YAML text, the
// stages this folder owns, without the rest of the pipeline. Not used by production code.
import type { Cluster } from '../model/cluster';
import type { Diagnostic } from '../model/diagnostic';
import { DEFAULT_SETTINGS, type ClusterSettings } from '../model/settings';
import { manifestsFromYaml } from '../testing/manifests';
import type { Manifest } from '../model/manifest';
import { buildNamespaces } from './namespaces';
import { buildNodes } from './nodes';
import { schedulePods } from './schedule';
import { sortDiagnostics } from './sortDiagnostics';
import { expandWorkloads } from './workloads';

export type Topology = Pick<Cluster, 'namespaces' | 'nodes' | 'workloads' | 'pods' | 'diagnostics'>;

/** The topology stages run on already parsed manifests. */
export function topologyOf(
  manifests: readonly Manifest[],
  settings: Partial<ClusterSettings> = {},
): Topology {
  const full = { ...DEFAULT_SETTINGS, ...settings };
  const diagnostics: Diagnostic[] = [];
  const namespaces = buildNamespaces(manifests, diagnostics);
  const nodes = buildNodes(manifests, full, diagnostics);
  const { workloads, pods } = expandWorkloads(manifests, namespaces, nodes, diagnostics);
  schedulePods(pods, nodes, full, diagnostics);
  return { namespaces, nodes, workloads, pods, diagnostics: sortDiagnostics(diagnostics) };
}

/** The topology stages run on YAML text (file name `test.yaml`). */
export function topologyOfYaml(yaml: string, settings: Partial<ClusterSettings> = {}): Topology {
  return topologyOf(manifestsFromYaml(yaml), settings);
}

/** User pods only (the CoreDNS add-on left out). */
export function userPods(t: Topology) {
  return t.pods.filter((p) => !p.builtin);
}

/** Diagnostics with one code, as `line: message` strings for compact assertions. */
export function diagLines(t: Topology, code: string): string[] {
  return t.diagnostics.filter((d) => d.code === code).map((d) => `${d.line ?? '-'}: ${d.message}`);
}

/** A Manifest built from a plain object (no YAML), for property and performance tests. */
export function manifestOf(raw: Record<string, unknown>, order: number): Manifest {
  const meta = (raw.metadata ?? {}) as Record<string, unknown>;
  const source = { file: 'gen.yaml', line: order + 1 };
  return {
    apiVersion: String(raw.apiVersion),
    kind: String(raw.kind),
    name: typeof meta.name === 'string' ? meta.name : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    raw,
    source,
    order,
    lineOf: () => source,
  };
}

/** A bare Pod object. */
export function podObject(namespace: string, name: string, labels: Record<string, string> = {}) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels },
    spec: { containers: [{ name: 'c', image: 'x', ports: [{ name: 'http', containerPort: 80 }] }] },
  };
}

/** A Deployment object whose pods carry `app: <name>`. */
export function deploymentObject(namespace: string, name: string, replicas: number) {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'x' }] } },
    },
  };
}
