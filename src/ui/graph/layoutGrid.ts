// The cheap layout for big graphs (pure, O(n)): inside each box, Ingresses stand in a column on
// the left, Services in the next, and workloads, pods and inner boxes fill a grid to their right
// (the direction traffic flows); top-level boxes are shelf-packed to suit the view. Used when
// fcose would block the main thread (see FCOSE_MAX_LEAVES in layout.ts); deterministic, so the
// same manifests give the same picture.
import type { GraphElements, GraphNode } from './toElements';

export interface Point {
  x: number;
  y: number;
}
interface Size {
  w: number;
  h: number;
}
interface Placed extends Size {
  /** Leaf positions relative to the box's top-left corner. */
  leaves: Map<string, Point>;
}

const GAP = 36;
const PAD = 30; // compound padding (22 px) plus room for its border
const LABEL = 26; // a box's title above its content

/** The space a leaf takes with its label below it. */
export function leafSize(n: GraphNode): Size {
  switch (n.data.kind) {
    case 'workload':
      return { w: n.data.width ?? 120, h: 66 };
    case 'service':
    case 'ingress':
      return { w: 170, h: 92 };
    case 'pod':
      return { w: 130, h: 64 };
    default:
      return { w: 110, h: 70 };
  }
}

/** Stacks `items` top to bottom; returns their offsets and the column's size. */
function column(items: Placed[]): { at: Point[]; size: Size } {
  let y = 0;
  const at = items.map((it) => {
    const p = { x: 0, y };
    y += it.h + GAP;
    return p;
  });
  return { at, size: { w: Math.max(0, ...items.map((i) => i.w)), h: Math.max(0, y - GAP) } };
}

/** Rows no wider than about a square's side, in order. */
export function rows(items: Size[], gap = GAP): { at: Point[]; size: Size } {
  const area = items.reduce((a, i) => a + (i.w + gap) * (i.h + gap), 0);
  const maxW = Math.max(Math.sqrt(area) * 1.3, ...items.map((i) => i.w));
  const at: Point[] = [];
  let [x, y, rowH, width] = [0, 0, 0, 0];
  for (const it of items) {
    if (x > 0 && x + it.w > maxW) [x, y, rowH] = [0, y + rowH + gap, 0];
    at.push({ x, y });
    width = Math.max(width, x + it.w);
    x += it.w + gap;
    rowH = Math.max(rowH, it.h);
  }
  return { at, size: { w: width, h: y + rowH } };
}

function leaf(n: GraphNode): Placed {
  const s = leafSize(n);
  return { ...s, leaves: new Map([[n.data.id, { x: s.w / 2, y: 18 }]]) };
}

function shifted(p: Placed, by: Point, into: Map<string, Point>) {
  for (const [id, at] of p.leaves) into.set(id, { x: at.x + by.x, y: at.y + by.y });
}

/** Lays out the children of `id` (recursively) and returns the box's size and leaf positions. */
function placeBox(id: string, children: Map<string, GraphNode[]>): Placed {
  const kids = children.get(id) ?? [];
  const place = (n: GraphNode) =>
    children.has(n.data.id) ? placeBox(n.data.id, children) : leaf(n);
  const ofKind = (k: string) => kids.filter((n) => n.data.kind === k).map(place);
  const rest = kids.filter((n) => n.data.kind !== 'ingress' && n.data.kind !== 'service');
  const parts = [ofKind('ingress'), ofKind('service'), rest.map(place)]
    .map((items, i) => ({ items, ...(i < 2 ? column(items) : rows(items)) }))
    .filter((p) => p.items.length > 0);
  const leaves = new Map<string, Point>();
  let x = PAD;
  for (const part of parts) {
    part.items.forEach((it, i) =>
      shifted(it, { x: x + part.at[i].x, y: PAD + LABEL + part.at[i].y }, leaves),
    );
    x += part.size.w + GAP * 2;
  }
  const h = Math.max(0, ...parts.map((p) => p.size.h));
  return { w: x - GAP * 2 + PAD, h: h + 2 * PAD + LABEL, leaves };
}

/** Positions for every leaf of `elements`; top-level boxes in rows for a view `aspect` wide. */
export function gridPositions(elements: GraphElements, aspect = 1.5): Map<string, Point> {
  const children = new Map<string, GraphNode[]>();
  for (const n of elements.nodes) {
    const key = n.data.parent ?? '';
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  const tops = (children.get('') ?? []).map((n) =>
    children.has(n.data.id) ? placeBox(n.data.id, children) : leaf(n),
  );
  const area = tops.reduce((a, t) => a + t.w * t.h, 0);
  const rowWidth = Math.max(Math.sqrt(area * aspect), ...tops.map((t) => t.w));
  const out = new Map<string, Point>();
  let [x, y, rowH] = [0, 0, 0];
  for (const t of tops) {
    if (x > 0 && x + t.w > rowWidth) [x, y, rowH] = [0, y + rowH + GAP * 2, 0];
    shifted(t, { x, y }, out);
    x += t.w + GAP * 2;
    rowH = Math.max(rowH, t.h);
  }
  return out;
}
