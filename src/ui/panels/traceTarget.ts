// Graph element id → what the trace form accepts (pure): a pod or a workload as `ns/name`, a
// Service as its DNS name `name.ns`, the outside-world node as `external`; null for the rest.
// Shift-clicking a second element traces from the selection to it.
import { EXTERNAL_ID as EXTERNAL_NODE_ID } from '../graph/toElements';

/** The From/To text for a graph element, or null when it cannot take part in a trace. */
export function traceTargetOf(id: string | null, role: 'from' | 'to'): string | null {
  if (!id || id.includes('->')) return null;
  if (id === EXTERNAL_NODE_ID) return role === 'from' ? 'external' : null;
  const sep = id.indexOf(':');
  const [prefix, rest] = [id.slice(0, sep), id.slice(sep + 1)];
  if (prefix === 'pod') return rest;
  if (prefix === 'wl') return rest.slice(rest.indexOf('/') + 1);
  if (prefix === 'svc' && role === 'to') {
    const [ns, name] = rest.split('/');
    return `${name}.${ns}`;
  }
  return null;
}

/** Shift-click: from the selected element to the clicked one, when both can take those roles. */
export function shiftPick(
  selected: string | null,
  clicked: string,
): { from: string; to: string } | null {
  const from = traceTargetOf(selected, 'from');
  const to = traceTargetOf(clicked, 'to');
  return from && to ? { from, to } : null;
}
