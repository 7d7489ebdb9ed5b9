// "Find in graph" (pure): which drawn nodes a query matches. Plain text matches names (any part,
// any case); `key=value` matches a label exactly and `key=` any value of that key. Boxes
// (namespaces, Kubernetes Nodes) match by name too, so "shop" finds the shop namespace.
import type { GraphElements, NodeData } from './toElements';

/** True when the node's name or one of its labels answers `query`. */
export function matchesSearch(data: NodeData, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return false;
  const eq = q.indexOf('=');
  if (eq > 0) {
    const labels = (data.labels ?? []).map((l) => l.toLowerCase());
    return q.endsWith('=') ? labels.some((l) => l.startsWith(q)) : labels.includes(q);
  }
  return data.name.toLowerCase().includes(q);
}

/** Ids of the matching nodes, leaves before boxes (the first is where Enter goes). */
export function searchMatches(elements: GraphElements, query: string): string[] {
  if (!query.trim()) return [];
  const hits = elements.nodes.filter((n) => matchesSearch(n.data, query));
  const isBox = (kind: string) => kind === 'namespace' || kind === 'node';
  return [
    ...hits.filter((n) => !isBox(n.data.kind)),
    ...hits.filter((n) => isBox(n.data.kind)),
  ].map((n) => n.data.id);
}
