// The fast reader: block-style YAML as kubectl, Helm and editors write it (block mappings and
// sequences, one-line plain and quoted scalars, literal `|` blocks, `{}`/`[]`), read straight
// into values and the tape. Anything else (flow collections, anchors, tags, folded or multi-line
// scalars, tabs, duplicate or merge keys) makes it give up, and js-yaml reads that document.
import { HASH_SEED } from './sliceCache';
import { anyWithin, chompLines, readLiteralLines } from './blockScalars';
import { GIVE_UP } from './giveUp';
import { lineIndexIn } from './lines';
import { closingDoubleQuote } from './quoteScan';
import { NOT_A_KEY, createReaderCaches, jsonString, type ReaderCaches } from './readerCaches';
import { skipValueAfter } from './skipReader';
import { MAP, SCALAR, SEQ, nameKey, pushNode, truncateTape, type Tape } from './tape';

/** A document with no content (only comments or blank lines). */
export const EMPTY_DOCUMENT = Symbol('empty document');

const SP = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
// Characters that start something other than a plain scalar in the subset (a table: this is
// asked for every key and value of the file).
const INDICATORS = new Uint8Array(128);
for (const c of '?:,[]{}#&*!|>\'"%@`') INDICATORS[c.charCodeAt(0)] = 1;
const isIndicator = (code: number): boolean => code < 128 && INDICATORS[code] === 1;

export class BlockReader {
  ls = 0; // line start
  le = 0; // content end (before CR LF)
  nl = 0; // next line start
  ind = -1; // indentation of the current (possibly compact) line view
  cs = 0; // content start of the current line view
  eof = false;
  li = 0; // index of the current line in the file's line table
  vp = 0; // after a key's colon
  depth = 0;

  qv = ''; // value of the last quoted scalar read
  ph = 0; // sliceHash of the last plain scalar plainEnd measured
  metaNext = false; // the next mapping is the object's own metadata
  /** Keys of the mappings skipReader.ts is walking (for its duplicate checks), and their top. */
  readonly skipKeys: string[] = [];
  skipTop = 0;
  /** The last plain key read: where it starts and ends, its text, name and value position. */
  readonly probe = { at: -1, end: 0, raw: '', name: '', vp: 0 };
  /** Items of the sequences being read, innermost last (see seq), and their top. */
  readonly items: unknown[] = [];
  itemTop = 0;

  constructor(
    readonly text: string,
    readonly tape: Tape,
    readonly end: number,
    readonly maxDepth: number,
    readonly caches: ReaderCaches,
    readonly root: number,
  ) {}

  /** Moves to the first line at or after `from` holding content (not blank, not a comment). */
  seek(from: number): void {
    const { text, end } = this;
    // Line ends come from the file's line table (no search per line). The reader only moves to
    // a line start or, at a document's start, past a byte order mark; documents with a lone CR,
    // where the table and `\n` disagree, never reach this reader (awkwardOffsets).
    const starts = this.caches.lineStarts;
    let li = this.li;
    if (starts[li] !== from) li = starts[li + 1] === from ? li + 1 : lineIndexIn(starts, from);
    for (let p = from; p < end; li++) {
      const next = li + 1 < starts.length ? starts[li + 1] : end + 1;
      const nl = next > end ? end : next - 1;
      let le = nl;
      if (le > p && text.charCodeAt(le - 1) === 13) le--;
      let c = p;
      while (c < le && text.charCodeAt(c) === SP) c++;
      if (c === le || text.charCodeAt(c) === HASH) {
        p = nl + 1;
        continue;
      }
      this.li = li;
      this.ls = p;
      this.le = le;
      this.nl = nl + 1;
      this.ind = c - p;
      this.cs = c;
      this.eof = false;
      return;
    }
    this.eof = true;
    this.ind = -1;
  }

  isDash(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.le || this.text.charCodeAt(at + 1) === SP;
  }

  /** Position after spaces from `at`; the rest of the line must be empty or a comment. */
  restIsEmpty(at: number): boolean {
    let p = at;
    while (p < this.le && this.text.charCodeAt(p) === SP) p++;
    return p === this.le || (p > at && this.text.charCodeAt(p) === HASH);
  }

  node(indent: number): unknown {
    // Too deep: js-yaml reports it (YAML_TOO_DEEP) instead of this reader recursing on.
    if (++this.depth > this.maxDepth) throw GIVE_UP;
    let value: unknown;
    if (this.isDash(this.cs)) value = this.seq(indent);
    else if (this.keyAt(this.cs, false) !== undefined) value = this.map(indent);
    else throw GIVE_UP;
    this.depth--;
    return value;
  }

  map(indent: number): Record<string, unknown> {
    const isMeta = this.metaNext;
    this.metaNext = false;
    const obj: Record<string, unknown> = {};
    const m = pushNode(this.tape, MAP, this.cs);
    for (;;) {
      if (this.isDash(this.cs)) throw GIVE_UP;
      const key = this.keyAt(this.cs, true);
      if (key === undefined || key === '<<' || key === '__proto__') throw GIVE_UP;
      if (Object.hasOwn(obj, key)) {
        throw GIVE_UP;
      } else if (isMeta && key === 'managedFields') {
        this.skipValue(indent);
      } else {
        this.metaNext = m === this.root && key === 'metadata';
        obj[key] = this.valueAfter(indent);
        this.metaNext = false;
      }
      if (this.eof || this.ind < indent) break;
      if (this.ind > indent) throw GIVE_UP;
    }
    this.tape.end[m] = this.tape.length;
    return obj;
  }

  /** The value after `key:`; leaves the reader on the next content line. */
  valueAfter(indent: number): unknown {
    let p = this.vp;
    while (p < this.le && this.text.charCodeAt(p) === SP) p++;
    if (p === this.le || this.text.charCodeAt(p) === HASH) {
      this.seek(this.nl);
      if (!this.eof && this.ind > indent) return this.node(this.ind);
      if (!this.eof && this.ind === indent && this.isDash(this.cs)) return this.seq(indent);
      pushNode(this.tape, SCALAR, -1, -1);
      return null;
    }
    return this.inline(p, indent);
  }

  seq(indent: number): unknown[] {
    this.metaNext = false;
    // Items gather on a stack shared by nested sequences and are copied out at the exact length:
    // a pushed-to array keeps room for 17 items, and most sequences here hold one to three.
    const base = this.itemTop;
    const s = pushNode(this.tape, SEQ, this.cs);
    for (;;) {
      let p = this.cs + 1;
      let item: unknown = null;
      while (p < this.le && this.text.charCodeAt(p) === SP) p++;
      if (p === this.le || this.text.charCodeAt(p) === HASH) {
        this.seek(this.nl);
        if (!this.eof && this.ind > indent) item = this.node(this.ind);
        else pushNode(this.tape, SCALAR, -1, -1);
      } else if (this.isDash(p)) {
        throw GIVE_UP;
      } else if (this.keyAt(p, false) !== undefined) {
        this.ind = p - this.ls; // a compact mapping: its keys line up with the first one
        this.cs = p;
        item = this.map(this.ind);
      } else item = this.inline(p, indent);
      this.items[this.itemTop++] = item;
      if (this.eof || this.ind < indent) break;
      if (this.ind > indent) throw GIVE_UP;
      if (!this.isDash(this.cs)) break;
    }
    this.tape.end[s] = this.tape.length;
    const arr = this.items.slice(base, this.itemTop);
    this.itemTop = base;
    return arr;
  }

  /**
   * The object's metadata.managedFields: bookkeeping of the API server that no stage reads (and
   * 40 % of a `kubectl get -o yaml`). Read for its syntax, so errors in it are reported as
   * anywhere else, but neither built nor kept (skipReader.ts): its key stays on the tape, its
   * value is one null node.
   */
  skipValue(indent: number): void {
    const { tape } = this;
    const mark = tape.length;
    const named = tape.keys.size;
    skipValueAfter(this, indent);
    if (tape.keys.size === named) tape.length = mark;
    else truncateTape(tape, mark);
    pushNode(tape, SCALAR, -1, -1);
  }

  /** A scalar (or `{}`/`[]`) that starts on this line at `p`; moves past it. */
  inline(p: number, indent: number): unknown {
    const c = this.text.charCodeAt(p);
    if (c === 124) return this.literal(p, indent); // '|'
    let value: unknown;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      after = this.quoted(p);
      value = this.qv;
      pushNode(this.tape, SCALAR, p, after);
    } else if ((c === 123 || c === 91) && this.text.charCodeAt(p + 1) === c + 2) {
      value = c === 123 ? {} : []; // '{}' or '[]'
      after = p + 2;
      pushNode(this.tape, c === 123 ? MAP : SEQ, p, this.tape.length + 1);
    } else {
      after = this.plainEnd(p);
      value = this.caches.values.readHashed(this.text, p, after, this.ph);
      pushNode(this.tape, SCALAR, p, after);
    }
    if (!this.restIsEmpty(after)) throw GIVE_UP;
    this.seek(this.nl);
    // A more indented line here would continue a multi-line scalar: js-yaml's job.
    if (!this.eof && this.ind > indent) throw GIVE_UP;
    return value;
  }

  /** End of a one-line plain scalar starting at `p` (before a comment and trailing spaces). */
  plainEnd(p: number): number {
    const { text, le } = this;
    const c = text.charCodeAt(p);
    // `- ` or a lone `-` at the end of the line starts a sequence entry, never a plain scalar.
    const next = text.charCodeAt(p + 1);
    if (isIndicator(c) || (c === DASH && (p + 1 >= le || next === SP || next === 9))) {
      throw GIVE_UP;
    }
    // The scan also hashes the scalar for the value cache (sliceHash, up to its last non-space).
    let h = Math.imul(HASH_SEED ^ c, 0x01000193);
    let hv = h;
    let e = p + 1;
    for (let i = p + 1; i < le; i++) {
      const ch = text.charCodeAt(i);
      if (ch === HASH && text.charCodeAt(i - 1) === SP) break;
      // `a: b: c` is an error and `a: b:` starts a mapping: neither is a plain scalar.
      if (ch === COLON && (i + 1 === le || text.charCodeAt(i + 1) === SP)) throw GIVE_UP;
      h = Math.imul(h ^ ch, 0x01000193);
      if (ch !== SP) {
        hv = h;
        e = i + 1;
      }
    }
    this.ph = hv;
    return e;
  }

  /** A one-line quoted scalar at `p`: sets `qv` to its value, returns the offset after it. */
  quoted(p: number): number {
    const { text, le } = this;
    const quote = text.charCodeAt(p);
    if (quote === DQUOTE) {
      const close = closingDoubleQuote(text, p, le, this.caches.quotes);
      if (close < 0) throw GIVE_UP;
      this.qv = this.caches.quotes.escaped
        ? jsonString(text.slice(p, close + 1))
        : this.caches.strings.read(text, p + 1, close);
      return close + 1;
    }
    let escaped = false;
    for (let i = p + 1; i < le; i++) {
      const c = text.charCodeAt(i);
      if (c === SQUOTE) {
        if (text.charCodeAt(i + 1) === SQUOTE) {
          escaped = true;
          i++;
          continue;
        }
        this.qv = escaped
          ? text.slice(p + 1, i).replace(/''/g, "'")
          : this.caches.strings.read(text, p + 1, i);
        return i + 1;
      }
    }
    throw GIVE_UP;
  }

  /**
   * The key at `at` if this line view is `key: ...`, with `vp` set after its colon. With
   * `record`, the key also goes on the tape; without, this only asks whether a key is there.
   */
  keyAt(at: number, record: boolean): string | undefined {
    const { text, le } = this;
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const after = this.quoted(at);
      if (text.charCodeAt(after) !== COLON) return undefined;
      if (after + 1 < le && text.charCodeAt(after + 1) !== SP) return undefined;
      this.vp = after + 1;
      return record ? this.recordKey(at, after, this.qv, this.qv, false) : this.qv;
    }
    if (isIndicator(c) || c === DASH) return undefined;
    // node() and seq() ask whether a key is there, then map() reads the same key again.
    if (at === this.probe.at) {
      this.vp = this.probe.vp;
      const { end, raw, name } = this.probe;
      return record ? this.recordKey(at, end, raw, name, true) : name;
    }
    // One pass finds the colon and hashes the key for the key cache (sliceHash of the trimmed key).
    let colon = -1;
    let h = Math.imul(HASH_SEED ^ c, 0x01000193);
    let hk = h;
    let e = at + 1;
    for (let i = at + 1; i < le; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === le || text.charCodeAt(i + 1) === SP)) {
        colon = i;
        break;
      }
      h = Math.imul(h ^ ch, 0x01000193);
      if (ch !== SP) {
        hk = h;
        e = i + 1;
      }
    }
    if (colon < 0) return undefined;
    const name = this.caches.keys.readHashed(text, at, e, hk);
    if (name === NOT_A_KEY) throw GIVE_UP;
    this.vp = colon + 1;
    const raw = this.caches.keys.raw;
    const pr = this.probe;
    pr.at = at;
    pr.end = e;
    pr.raw = raw;
    pr.name = name;
    pr.vp = this.vp;
    return record ? this.recordKey(at, e, raw, name, true) : name;
  }

  recordKey(at: number, e: number, raw: string, name: string, plain: boolean): string {
    // A quoted key without escapes is its text between the quotes: no entry in the names Map.
    if (!plain && raw.length === e - at - 2) {
      pushNode(this.tape, SCALAR, at + 1, e - 1);
      return raw;
    }
    const node = pushNode(this.tape, SCALAR, at, e);
    if (!plain || name !== raw) nameKey(this.tape, node, name);
    return name;
  }

  /** A literal block scalar (`|`, `|-`, `|+`) whose header is at `p`. */
  literal(p: number, indent: number): string {
    const chomp = this.text.charCodeAt(p + 1);
    if (!this.restIsEmpty(chomp === DASH || chomp === 43 ? p + 2 : p + 1)) throw GIVE_UP;
    pushNode(this.tape, SCALAR, p, p + 1);
    const block = readLiteralLines(this.text, this.nl, this.end, indent);
    if (block === undefined) throw GIVE_UP;
    this.seek(block.resume);
    const value = chompLines(block.lines, chomp, block.hasContent);
    if (value === undefined) throw GIVE_UP;
    return value;
  }
}

/**
 * Reads the document in `text[start, end)` with the fast reader. Returns its value (root node at
 * tape index `root` as it was on entry), EMPTY_DOCUMENT, or undefined when js-yaml must read it.
 */
export function readBlockDocument(
  text: string,
  start: number,
  end: number,
  tape: Tape,
  maxDepth: number,
  awkward: readonly number[],
  caches: ReaderCaches = createReaderCaches(text),
): unknown {
  if (anyWithin(awkward, start, end)) return undefined;
  const mark = tape.length;
  const reader = new BlockReader(text, tape, end, maxDepth, caches, mark);
  try {
    reader.seek(start);
    if (reader.eof) return EMPTY_DOCUMENT;
    const value = reader.node(reader.ind);
    if (!reader.eof) throw GIVE_UP;
    return value;
  } catch (e) {
    if (e !== GIVE_UP) throw e;
    truncateTape(tape, mark);
    return undefined;
  }
}
