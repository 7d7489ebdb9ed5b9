// A small direct-mapped cache from source text to what the fast reader makes of it, one per file.
// kubectl output repeats the same keys and many values (`name:`, `protocol: TCP`, `"true"`)
// hundreds of thousands of times. Without it each occurrence was a fresh string slice, resolved
// again (a regex per key, the schema per value) and, for keys, internalised again by V8; those
// slices were most of the parse stage's garbage. A hit returns the very string seen before.

const SLOTS = 8192; // a power of two
/** Longer texts are rarely repeated and cost more to hash than to slice. */
export const MAX_CACHED_LENGTH = 48;

/** FNV-1a's offset basis: the hash of the empty text. */
export const HASH_SEED = 0x811c9dc5;

/** One step of the text hash; readers that scan a text anyway fold each char in as they go. */
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** The hash `read` uses for text[start, end): FNV-1a over its UTF-16 code units. */
export function sliceHash(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

export class SliceCache<T> {
  private readonly raws: (string | undefined)[];
  private readonly values: T[];
  /** The source text of the last `read` (the cached string on a hit). */
  raw = '';

  /** `resolve` must be pure: its result is shared by every occurrence of the same text. */
  constructor(
    private readonly resolve: (raw: string) => T,
    private readonly slots = SLOTS,
  ) {
    this.raws = new Array<string | undefined>(slots);
    this.values = new Array<T>(slots);
  }

  /** resolve(text.slice(start, end)), from the cache when this text was seen before. */
  read(text: string, start: number, end: number): T {
    if (end - start > MAX_CACHED_LENGTH) return this.miss(text, start, end);
    return this.readHashed(text, start, end, sliceHash(text, start, end));
  }

  /**
   * `read` for a caller that hashed the text while scanning it. Any hash keeps answers right (a hit
   * is confirmed by comparing the text); only `sliceHash` makes hits shared with `read`.
   */
  readHashed(text: string, start: number, end: number, hash: number): T {
    const n = end - start;
    if (n > MAX_CACHED_LENGTH) return this.miss(text, start, end);
    const slot = (Math.imul(hash ^ n, 0x9e3779b1) >>> 19) & (this.slots - 1);
    const seen = this.raws[slot];
    if (seen !== undefined && seen.length === n && text.startsWith(seen, start)) {
      this.raw = seen;
      return this.values[slot];
    }
    const value = this.miss(text, start, end);
    this.raws[slot] = this.raw;
    this.values[slot] = value;
    return value;
  }

  private miss(text: string, start: number, end: number): T {
    this.raw = text.slice(start, end);
    return this.resolve(this.raw);
  }
}
