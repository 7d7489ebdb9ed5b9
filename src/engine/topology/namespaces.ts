// Namespaces (SEMANTICS.md §2): explicit Namespace objects, the four always-present ones, and
// those merely referenced by an object's metadata.namespace (created implicitly, DIAG info).
// Objects living in an invalid namespace are dropped by the stages that read them.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { Namespace } from '../model/cluster';
import { dns1123Label } from '../validate/formats';
import { readStringMap } from './selectors';
import { asObject, CLUSTER_SCOPED_KINDS, finding, labelProblems, namespaceOf } from './report';

/** Namespaces every cluster has, whether or not the manifests mention them. */
export const ALWAYS_PRESENT_NAMESPACES = [
  'default',
  'kube-system',
  'kube-public',
  'kube-node-lease',
];

const NAME_LABEL = 'kubernetes.io/metadata.name';

/** Every namespace of the cluster, sorted by name. */
export function buildNamespaces(manifests: readonly Manifest[], diags: Diagnostic[]): Namespace[] {
  const byName = new Map<string, Namespace>();
  for (const m of manifests) {
    if (m.kind === 'Namespace') addExplicit(m, byName, diags);
  }
  for (const name of ALWAYS_PRESENT_NAMESPACES) {
    if (!byName.has(name))
      byName.set(name, { name, labels: { [NAME_LABEL]: name }, explicit: false });
  }
  const reported = new Set<string>();
  for (const m of manifests) {
    if (CLUSTER_SCOPED_KINDS.has(m.kind)) continue;
    const name = namespaceOf(m);
    if (byName.has(name) || reported.has(name)) continue;
    reported.add(name);
    const problem = dns1123Label(name);
    if (problem) {
      diags.push(
        finding(
          'NAMESPACE_INVALID',
          'error',
          m,
          `namespace "${name}" ${problem}; objects in it are ignored`,
          ['metadata', 'namespace'],
        ),
      );
      continue;
    }
    diags.push(
      finding(
        'NAMESPACE_IMPLICIT',
        'info',
        m,
        `namespace "${name}" has no Namespace object; it is assumed to exist with only the ${NAME_LABEL} label`,
        ['metadata', 'namespace'],
      ),
    );
    byName.set(name, {
      name,
      labels: { [NAME_LABEL]: name },
      explicit: false,
      source: m.lineOf(['metadata', 'namespace']),
    });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Adds one Namespace object, unless it is invalid or a duplicate (the later one is rejected). */
function addExplicit(m: Manifest, byName: Map<string, Namespace>, diags: Diagnostic[]): void {
  const problem = m.name === '' ? 'metadata.name is required' : dns1123Label(m.name);
  if (problem) {
    diags.push(finding('OBJECT_NAME_INVALID', 'error', m, `name ${problem}`, ['metadata', 'name']));
    return;
  }
  const previous = byName.get(m.name);
  if (previous) {
    const where = previous.source
      ? ` (first defined at ${previous.source.file}:${previous.source.line})`
      : '';
    diags.push(
      finding('DUPLICATE_OBJECT', 'error', m, `already exists${where}; this one is rejected`, [
        'metadata',
        'name',
      ]),
    );
    return;
  }
  const labels = readStringMap(asObject(m.raw.metadata).labels);
  const problems = labelProblems(labels, 'metadata.labels');
  if (problems.length > 0) {
    diags.push(finding('LABELS_INVALID', 'error', m, problems.join('; '), ['metadata', 'labels']));
    return;
  }
  // The API server sets this label and overwrites whatever the manifest says.
  labels[NAME_LABEL] = m.name;
  byName.set(m.name, { name: m.name, labels, explicit: true, source: m.source });
}
