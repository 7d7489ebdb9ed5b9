// Keeping the picture stable: elements are diffed into cy by id; layout runs only when the set of
// nodes/edges changes; a fresh graph gets a seeded fcose layout (the same manifests always give
// the same picture), an edited one keeps every old node where it was and lets fcose place the new
// ones next to their neighbours. The viewport is refitted only until the user pans or zooms.
import type { Core, NodeSingular } from 'cytoscape';
import { layoutConstraints } from './layoutConstraints';
import { structureKey, type GraphElements } from './toElements';

export interface LayoutMemory {
  /** structureKey of what is drawn ('' before the first update). */
  structure: string;
  /** Set when the user pans or zooms; cleared by "fit". */
  userViewport: boolean;
}

export const createLayoutMemory = (): LayoutMemory => ({ structure: '', userViewport: false });

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, for seeds and jitter. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Runs `fn` with Math.random seeded (fcose draws its start positions from it). */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Nodes whose position should not move: old leaves (compound boxes follow their children). */
function fixedLeaves(cy: Core, added: Set<string>) {
  return cy
    .nodes()
    .filter((n) => !n.isParent() && !added.has(n.id()))
    .nodes()
    .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
}

/** Puts a new node under its placed siblings (a new replica), or beside a placed neighbour. */
function placeNear(node: NodeSingular, added: Set<string>) {
  const placed = (n: NodeSingular) => !added.has(n.id()) && !n.isParent();
  const siblings = node.parent().length ? node.siblings().filter(placed) : cy0(node);
  if (siblings.length) {
    const box = siblings.boundingBox({ includeLabels: false });
    node.position({ x: (box.x1 + box.x2) / 2, y: box.y2 + 60 });
    return;
  }
  const anchors = node.neighborhood('node').filter(placed);
  if (!anchors.length) return;
  const box = anchors.boundingBox({ includeLabels: false });
  const jitter = (hashString(node.id()) % 60) - 30;
  node.position({ x: box.x2 + 110, y: (box.y1 + box.y2) / 2 + jitter });
}

const cy0 = (node: NodeSingular) => node.cy().collection();

const FCOSE_BASE = {
  name: 'fcose',
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 60,
  edgeElasticity: 0.45,
  nodeRepulsion: 2200,
  nestingFactor: 0.1,
  gravity: 0.4,
  gravityCompound: 1.5,
  gravityRangeCompound: 1.2,
  numIter: 2500,
  tilingPaddingVertical: 24,
  tilingPaddingHorizontal: 24,
};

/** Lays out everything from scratch, deterministically for a given structure. */
export function layoutFresh(cy: Core, elements: GraphElements, seed: number) {
  const constraints = layoutConstraints(elements);
  withSeededRandom(seed, () =>
    cy
      .layout({ ...FCOSE_BASE, ...constraints, quality: 'default', randomize: true } as never)
      .run(),
  );
  packTopLevel(cy);
}

const PACK_GAP = 48;

interface Box {
  w: number;
  h: number;
}

/** Shelf-packs boxes into rows no wider than `rowWidth`; returns each box's offset and the total. */
export function shelfPack(boxes: Box[], rowWidth: number) {
  const offsets: { x: number; y: number }[] = [];
  let [x, y, rowHeight, width] = [0, 0, 0, 0];
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) {
      [x, y, rowHeight] = [0, y + rowHeight + PACK_GAP, 0];
    }
    offsets.push({ x, y });
    width = Math.max(width, x + b.w);
    x += b.w + PACK_GAP;
    rowHeight = Math.max(rowHeight, b.h);
  }
  return { offsets, width, height: y + rowHeight };
}

/** The row width whose packing can be shown largest in a view of `view` size. */
export function bestRowWidth(boxes: Box[], view: Box): number {
  const candidates = new Set<number>([Math.max(0, ...boxes.map((b) => b.w))]);
  let run = 0;
  for (const b of boxes) candidates.add((run += b.w + (run ? PACK_GAP : 0)));
  let best = { width: run, scale: -1 };
  for (const width of candidates) {
    const p = shelfPack(boxes, width);
    const scale = Math.min(view.w / Math.max(1, p.width), view.h / Math.max(1, p.height));
    if (scale > best.scale) best = { width, scale };
  }
  return best.width;
}

/**
 * Packs the namespace boxes (and any loose nodes) into rows, in their given order, so that the
 * whole can be shown as large as possible: fcose alone leaves disconnected namespaces far apart.
 */
export function packTopLevel(cy: Core) {
  const tops = cy
    .nodes()
    .filter((n) => n.parent().length === 0)
    .nodes();
  const boxes = tops.map((n) => n.boundingBox({}));
  const view = cy.width() > 0 ? { w: cy.width(), h: cy.height() } : { w: 1200, h: 900 };
  const { offsets } = shelfPack(boxes, bestRowWidth(boxes, view));
  tops.forEach((n, i) => {
    const movers = n.isParent() ? n.descendants().filter((d) => !d.isParent()) : n;
    movers.shift({ x: offsets[i].x - boxes[i].x1, y: offsets[i].y - boxes[i].y1 });
  });
}

/** Places only the added nodes; every old leaf keeps its position. */
export function layoutIncremental(cy: Core, addedIds: string[]) {
  const added = new Set(addedIds);
  cy.nodes()
    .filter((n) => added.has(n.id()) && !n.isParent())
    .forEach((n) => placeNear(n, added));
  const fixedNodeConstraint = fixedLeaves(cy, added);
  withSeededRandom(hashString(addedIds.join('|')), () =>
    cy
      .layout({ ...FCOSE_BASE, quality: 'proof', randomize: false, fixedNodeConstraint } as never)
      .run(),
  );
}

/** Fits the drawing into view; small graphs are not blown up past 1.6×. */
export function fitView(cy: Core, padding = 36) {
  cy.fit(undefined, padding);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center();
  }
}

const MAX_FIT_ZOOM = 1.6;

/**
 * Brings cy to `elements`: one batched diff by id, then a layout only if the structure changed,
 * then a fit unless the user has set the viewport. Returns whether a layout ran.
 */
export function updateGraph(cy: Core, elements: GraphElements, memory: LayoutMemory): boolean {
  const key = structureKey(elements);
  const before = new Set(cy.nodes().map((n) => n.id()));
  cy.batch(() => {
    cy.json({ elements: [...elements.nodes, ...elements.edges] });
  });
  if (key === memory.structure) return false;
  memory.structure = key;
  const added = elements.nodes.map((n) => n.data.id).filter((id) => !before.has(id));
  const kept = elements.nodes.length - added.length;
  if (elements.nodes.length === 0) return false;
  if (kept === 0 || added.length > kept) layoutFresh(cy, elements, hashString(key));
  else if (added.length > 0) layoutIncremental(cy, added);
  if (!memory.userViewport) fitView(cy);
  return true;
}
