// fcose placement constraints that make the drawing read like a diagram (pure): in each namespace
// the Services stand in one column, left of the pods they send to, each level with the first
// pod (or folded workload) it reaches, Ingresses left of their Services, and each workload's pods
// stand in a column of their own. Derived from the elements only, so it is testable without cy.
import type { GraphElements } from './toElements';

export interface RelativePlacement {
  left: string;
  right: string;
  gap: number;
}
export interface LayoutConstraints {
  alignmentConstraint?: { vertical?: string[][]; horizontal?: string[][] };
  relativePlacementConstraint?: RelativePlacement[];
}

/** Above this many pods a workload's pods are left to the forces (a column would be too tall). */
export const MAX_ALIGNED_PODS = 8;
const GAP = 110;

function groupBy(items: { id: string; key: string }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const { id, key } of items) groups.set(key, [...(groups.get(key) ?? []), id]);
  return [...groups.values()];
}

/** The constraints for a fresh layout of `elements`. */
export function layoutConstraints(elements: GraphElements): LayoutConstraints {
  const parentOf = new Map(elements.nodes.map((n) => [n.data.id, n.data.parent ?? '']));
  const services = elements.nodes
    .filter((n) => n.data.kind === 'service')
    .map((n) => ({ id: n.data.id, key: n.data.parent ?? '' }));
  const pods = elements.nodes
    .filter((n) => n.data.kind === 'pod' && n.data.parent?.startsWith('wl:'))
    .map((n) => ({ id: n.data.id, key: n.data.parent! }));
  const vertical = [
    ...groupBy(services),
    ...groupBy(pods).filter((g) => g.length <= MAX_ALIGNED_PODS),
  ].filter((g) => g.length > 1);

  const relative: RelativePlacement[] = [];
  const horizontal: string[][] = [];
  const level = new Set<string>(); // Services and workloads already given a row
  const seen = new Set<string>();
  for (const e of elements.edges) {
    if (e.data.kind !== 'endpoint' && e.data.kind !== 'route') continue; // outside world: free
    const svcNs = parentOf.get(e.data.source);
    const podParent = parentOf.get(e.data.target) ?? '';
    const podNs = podParent.startsWith('wl:') ? parentOf.get(podParent) : podParent;
    if (!svcNs || svcNs !== podNs) continue; // across namespaces: no constraint
    const key = `${e.data.source}>${podParent.startsWith('wl:') ? podParent : e.data.target}`;
    if (seen.has(key)) continue; // one per Service and workload: the pods are aligned anyway
    seen.add(key);
    relative.push({ left: e.data.source, right: e.data.target, gap: GAP });
    // Level each Service with the first pod it reaches, once per Service and per workload, so
    // its arrows run straight across rather than through other workloads.
    const group = podParent.startsWith('wl:') ? podParent : e.data.target;
    if (!level.has(e.data.source) && !level.has(group)) {
      level.add(e.data.source).add(group);
      horizontal.push([e.data.source, e.data.target]);
    }
  }
  const out: LayoutConstraints = {};
  if (vertical.length || horizontal.length) {
    out.alignmentConstraint = {};
    if (vertical.length) out.alignmentConstraint.vertical = vertical;
    if (horizontal.length) out.alignmentConstraint.horizontal = horizontal;
  }
  if (relative.length) out.relativePlacementConstraint = relative;
  return out;
}
