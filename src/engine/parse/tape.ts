// A compact, flat record of where every node of a file's documents starts: the path → line index
// behind Manifest.lineOf. Both readers (the fast block reader and the js-yaml fallback) write it;
// typed arrays keep it to 9 bytes a node, so a 40 MB input costs no more than a few MB here.

export const MAP = 1;
export const SEQ = 2;
export const SCALAR = 3;
/** An alias (`*name`): its children live elsewhere, so paths stop here. */
export const ALIAS = 4;
/** Flag on a key node whose name is in `keys` (so lookups skip the Map for every other key). */
const NAMED = 8;

/**
 * Nodes in document order. A collection's children follow it; `end` of a collection is the
 * index after its last descendant, so a whole subtree is skipped in one step. A mapping's
 * children alternate key, value. For scalars `end` is the offset where the text of the value
 * ends, so a plain key is `text.slice(pos, end)`.
 */
export interface Tape {
  text: string;
  kind: Uint8Array;
  /** Offset in `text` where the node starts; -1 for an empty (null) node. */
  pos: Int32Array;
  end: Int32Array;
  length: number;
  /** Keys whose text is not a plain slice of the source (quoted, escaped, resolved). */
  keys: Map<number, string>;
}

export function createTape(text: string): Tape {
  // About one node per 16 characters of kubectl-style YAML; grown by doubling, trimmed at the end.
  const cap = Math.max(64, text.length >> 4);
  return {
    text,
    kind: new Uint8Array(cap),
    pos: new Int32Array(cap),
    end: new Int32Array(cap),
    length: 0,
    keys: new Map(),
  };
}

function grow(t: Tape): void {
  const cap = t.kind.length * 2;
  const kind = new Uint8Array(cap);
  const pos = new Int32Array(cap);
  const end = new Int32Array(cap);
  kind.set(t.kind);
  pos.set(t.pos);
  end.set(t.end);
  t.kind = kind;
  t.pos = pos;
  t.end = end;
}

/** Appends a node and returns its index. Collections get their `end` when they close. */
export function pushNode(t: Tape, kind: number, pos: number, end = 0): number {
  if (t.length === t.kind.length) grow(t);
  const i = t.length++;
  t.kind[i] = kind;
  t.pos[i] = pos;
  t.end[i] = end;
  return i;
}

/** Releases the unused capacity once a file is read: the tape lives as long as its Manifests. */
export function trimTape(t: Tape): void {
  if (t.kind.length - t.length < 1024) return;
  t.kind = t.kind.slice(0, t.length);
  t.pos = t.pos.slice(0, t.length);
  t.end = t.end.slice(0, t.length);
}

/** Records that key node `node` is named `name`, not by its source text. */
export function nameKey(t: Tape, node: number, name: string): void {
  t.kind[node] |= NAMED;
  t.keys.set(node, name);
}

/** Drops every node from `length` on: a reader that gave up leaves no trace. */
export function truncateTape(t: Tape, length: number): void {
  t.length = length;
  for (const k of t.keys.keys()) if (k >= length) t.keys.delete(k);
}

/** Index of the node after `i` and all of its descendants. */
export function nextSibling(t: Tape, i: number): number {
  const k = t.kind[i];
  return k === MAP || k === SEQ ? t.end[i] : i + 1;
}

/** Whether key node `i` is named `want`; compared in place, as this runs for every key passed. */
function keyIs(t: Tape, i: number, want: string): boolean {
  if (t.kind[i] & NAMED) return t.keys.get(i) === want;
  const p = t.pos[i];
  return t.end[i] - p === want.length && t.text.startsWith(want, p);
}

/**
 * One step of a path from `node`: the key node of mapping entry `step` (its value follows it) or
 * sequence item number `step`; -1 when there is none.
 */
function stepFrom(t: Tape, node: number, step: string | number): number {
  if (t.kind[node] === MAP) {
    const want = String(step);
    for (let j = node + 1; j < t.end[node]; j = nextSibling(t, j + 1))
      if (keyIs(t, j, want)) return j;
  } else if (t.kind[node] === SEQ && typeof step === 'number') {
    let j = node + 1;
    for (let n = 0; n < step && j < t.end[node]; n++) j = nextSibling(t, j);
    if (j < t.end[node]) return j;
  }
  return -1;
}

/** What following a path found. */
export interface PathEnd {
  /** The deepest node reached. */
  node: number;
  /** The offset that best places the last step found: a mapping key's own, or an item's. */
  offset: number;
  complete: boolean;
}

/** Follows `path` from node `root` (the simple way: from the root, every time). */
export function followPath(t: Tape, root: number, path: readonly (string | number)[]): PathEnd {
  let node = root;
  let offset = t.pos[root];
  for (const step of path) {
    const j = stepFrom(t, node, step);
    if (j < 0) return { node, offset, complete: false };
    if (t.pos[j] >= 0) offset = t.pos[j];
    node = t.kind[node] === MAP ? j + 1 : j;
  }
  return { node, offset, complete: true };
}

/**
 * followPath for many paths into one object. The model asks for the line of every rule, peer and
 * port of a policy, every port of a Service: paths that share their start. The cursor keeps the
 * nodes of the last path and resumes from where the new one parts from it.
 */
export class PathCursor {
  private readonly steps: (string | number)[] = [];
  /** After d steps: nodes[d] and offsets[d] (index 0 is the root). */
  private readonly nodes: number[];
  private readonly offsets: number[];

  constructor(
    private readonly t: Tape,
    root: number,
  ) {
    this.nodes = [root];
    this.offsets = [t.pos[root]];
  }

  follow(path: readonly (string | number)[]): PathEnd {
    const { t, steps, nodes, offsets } = this;
    let d = 0;
    while (d < path.length && d < steps.length && steps[d] === path[d]) d++;
    steps.length = d;
    nodes.length = d + 1;
    offsets.length = d + 1;
    let node = nodes[d];
    let offset = offsets[d];
    for (; d < path.length; d++) {
      const j = stepFrom(t, node, path[d]);
      if (j < 0) return { node, offset, complete: false };
      if (t.pos[j] >= 0) offset = t.pos[j];
      node = t.kind[node] === MAP ? j + 1 : j;
      steps.push(path[d]);
      nodes.push(node);
      offsets.push(offset);
    }
    return { node, offset, complete: true };
  }
}
