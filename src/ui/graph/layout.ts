// Keeping the picture stable: elements are diffed into cy by id; layout runs only when the set of
// nodes/edges changes; a fresh graph gets a seeded fcose layout (the same manifests always give
// the same picture), an edited one keeps every old node where it was and lets fcose place the new
// ones next to their neighbours. The viewport is refitted only until the user pans or zooms.
// Big graphs (more than FCOSE_MAX_LEAVES leaves) get the O(n) grid of layoutGrid.ts instead, and
// their edits only place the new nodes, so layout never holds the main thread for long.
import type { Core, NodeSingular, Position } from 'cytoscape';
import { gridPositions } from './layoutGrid';
import { layoutConstraints } from './layoutConstraints';
import { structureKey, type GraphElements } from './toElements';

/**
 * Above this many leaves fcose is not used. Measured in Node (headless cy, this machine): 65
 * leaves 1.6 s, 614 leaves 6.6 s; the grid takes milliseconds for thousands.
 */
export const FCOSE_MAX_LEAVES = 150;

/** Positions of the leaves before an update, so an expanded workload's pods start where it was. */
type OldPositions = Map<string, Position>;

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

/** Puts a new node where its folded workload was, under its placed siblings, or by a neighbour. */
function placeNear(node: NodeSingular, added: Set<string>, old: OldPositions, index: number) {
  const was = node.parent().length ? old.get(node.parent().first().id()) : undefined;
  if (was) {
    node.position({ x: was.x + (index % 4) * 70, y: was.y + Math.floor(index / 4) * 60 });
    return;
  }
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

const leafCount = (elements: GraphElements) => {
  const parents = new Set(elements.nodes.map((n) => n.data.parent));
  return elements.nodes.filter((n) => !parents.has(n.data.id)).length;
};

/** The grid layout, applied in one batch. */
export function layoutGrid(cy: Core, elements: GraphElements) {
  const at = gridPositions(elements, aspectOf(cy));
  cy.nodes()
    .filter((n) => at.has(n.id()))
    .positions((n) => at.get(n.id())!);
}

/** Lays out everything from scratch, deterministically for a given structure. */
export function layoutFresh(cy: Core, elements: GraphElements, seed: number) {
  if (leafCount(elements) > FCOSE_MAX_LEAVES) return layoutGrid(cy, elements);
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
export function layoutIncremental(cy: Core, addedIds: string[], old: OldPositions = new Map()) {
  const added = new Set(addedIds);
  cy.nodes()
    .filter((n) => added.has(n.id()) && !n.isParent())
    .forEach((n, i) => placeNear(n, added, old, i));
  if (cy.nodes().filter((n) => !n.isParent()).length > FCOSE_MAX_LEAVES) return;
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

const leafPositions = (cy: Core): OldPositions =>
  new Map(
    cy
      .nodes()
      .filter((n) => !n.isParent())
      .nodes()
      .map((n) => [n.id(), { ...n.position() }]),
  );

const aspectOf = (cy: Core) => (cy.width() > 0 ? cy.width() / Math.max(1, cy.height()) : 1.5);

/** Replaces cy's elements; into an empty graph `add` is ~3× faster than json's diff. */
function setElements(cy: Core, nodes: GraphElements['nodes'], edges: GraphElements['edges']) {
  cy.batch(() => {
    if (cy.elements().empty()) cy.add([...nodes, ...edges]);
    else cy.json({ elements: [...nodes, ...edges] });
  });
}

/**
 * Brings cy to `elements`: one batched diff by id, then a layout only if the structure changed,
 * then a fit unless the user has set the viewport. Returns whether a layout ran. A big graph laid
 * out afresh gets its grid positions with the elements, so cy places each node once.
 */
export function updateGraph(cy: Core, elements: GraphElements, memory: LayoutMemory): boolean {
  const key = structureKey(elements);
  if (key === memory.structure) {
    setElements(cy, elements.nodes, elements.edges);
    return false;
  }
  memory.structure = key;
  const old = leafPositions(cy);
  const before = new Set(cy.nodes().map((n) => n.id()));
  const added = elements.nodes.map((n) => n.data.id).filter((id) => !before.has(id));
  const fresh = added.length > elements.nodes.length - added.length;
  const grid =
    fresh && leafCount(elements) > FCOSE_MAX_LEAVES ? gridPositions(elements, aspectOf(cy)) : null;
  const nodes = grid
    ? elements.nodes.map((n) => (grid.has(n.data.id) ? { ...n, position: grid.get(n.data.id) } : n))
    : elements.nodes;
  setElements(cy, nodes, elements.edges);
  if (elements.nodes.length === 0) return false;
  if (fresh && !grid) layoutFresh(cy, elements, hashString(key));
  else if (!fresh && added.length > 0) layoutIncremental(cy, added, old);
  if (!memory.userViewport) fitView(cy);
  return true;
}
