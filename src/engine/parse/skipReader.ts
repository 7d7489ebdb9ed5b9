// metadata.managedFields is bookkeeping of the API server that no stage reads, and 40 % of what
// `kubectl get -o yaml` prints. The fast reader walks it for its syntax only, with the very rules
// of its node/map/seq/inline (so it gives up exactly where reading the subtree would, and js-yaml
// then reports the error), but without building values, tape nodes or a Set per mapping.
import type { BlockReader } from './blockReader';
import { GIVE_UP } from './giveUp';

const SP = 32;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
/** Past this many keys a mapping's duplicate check uses a Set instead of a scan. */
const LINEAR_KEYS = 32;

/** Skips the value after `key:` (reader.vp); leaves the reader on the next content line. */
export function skipValueAfter(r: BlockReader, indent: number): void {
  let p = r.vp;
  while (p < r.le && r.text.charCodeAt(p) === SP) p++;
  if (p === r.le || r.text.charCodeAt(p) === HASH) {
    r.seek(r.nl);
    if (!r.eof && r.ind > indent) skipNode(r, r.ind);
    else if (!r.eof && r.ind === indent && r.isDash(r.cs)) skipSeq(r, indent);
    return;
  }
  skipInline(r, p, indent);
}

function skipNode(r: BlockReader, indent: number): void {
  if (++r.depth > r.maxDepth) throw GIVE_UP;
  if (r.isDash(r.cs)) skipSeq(r, indent);
  else if (r.keyAt(r.cs, false) !== undefined) skipMap(r, indent);
  else throw GIVE_UP;
  r.depth--;
}

function skipMap(r: BlockReader, indent: number): void {
  r.metaNext = false;
  // Keys of the open mappings, innermost last: each mapping checks its own part for duplicates.
  // A stack top instead of `length = base`: the array is reused, never shrunk.
  const keys = r.skipKeys;
  const base = r.skipTop;
  let many: Set<string> | undefined;
  for (;;) {
    if (r.isDash(r.cs)) throw GIVE_UP;
    const key = r.keyAt(r.cs, false);
    if (key === undefined || key === '<<' || key === '__proto__') throw GIVE_UP;
    if (many) {
      if (many.has(key)) throw GIVE_UP;
      many.add(key);
    } else {
      for (let i = base; i < r.skipTop; i++) if (keys[i] === key) throw GIVE_UP;
      keys[r.skipTop++] = key;
      if (r.skipTop - base > LINEAR_KEYS) many = new Set(keys.slice(base, r.skipTop));
    }
    skipValueAfter(r, indent);
    if (r.eof || r.ind < indent) break;
    if (r.ind > indent) throw GIVE_UP;
  }
  r.skipTop = base;
}

function skipSeq(r: BlockReader, indent: number): void {
  r.metaNext = false;
  for (;;) {
    let p = r.cs + 1;
    while (p < r.le && r.text.charCodeAt(p) === SP) p++;
    if (p === r.le || r.text.charCodeAt(p) === HASH) {
      r.seek(r.nl);
      if (!r.eof && r.ind > indent) skipNode(r, r.ind);
    } else if (r.isDash(p)) {
      throw GIVE_UP;
    } else if (r.keyAt(p, false) !== undefined) {
      r.ind = p - r.ls; // a compact mapping: its keys line up with the first one
      r.cs = p;
      skipMap(r, r.ind);
    } else skipInline(r, p, indent);
    if (r.eof || r.ind < indent) break;
    if (r.ind > indent) throw GIVE_UP;
    if (!r.isDash(r.cs)) break;
  }
}

function skipInline(r: BlockReader, p: number, indent: number): void {
  const c = r.text.charCodeAt(p);
  if (c === 124) {
    r.literal(p, indent); // '|': rare here; its one tape node is dropped with the subtree's
    return;
  }
  let after: number;
  if (c === DQUOTE || c === SQUOTE) after = r.quoted(p);
  else if ((c === 123 || c === 91) && r.text.charCodeAt(p + 1) === c + 2) after = p + 2;
  else after = r.plainEnd(p);
  if (!r.restIsEmpty(after)) throw GIVE_UP;
  r.seek(r.nl);
  // A more indented line here would continue a multi-line scalar: js-yaml's job.
  if (!r.eof && r.ind > indent) throw GIVE_UP;
}
