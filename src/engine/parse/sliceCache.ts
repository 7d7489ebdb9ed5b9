// A small direct-mapped cache from source text to what the fast reader makes of it, one per file.
// kubectl output repeats the same keys and many values (`name:`, `protocol: TCP`, `"true"`)
// hundreds of thousands of times. Without it each occurrence was a fresh string slice, resolved
// again (a regex per key, the schema per value) and, for keys, internalised again by V8; those
// slices were most of the parse stage's garbage. A hit returns the very string seen before.

const SLOTS = 8192; // a power of two
/** Longer texts are rarely repeated and cost more to hash than to slice. */
const MAX_LENGTH = 48;

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
    const n = end - start;
    if (n > MAX_LENGTH) {
      this.raw = text.slice(start, end);
      return this.resolve(this.raw);
    }
    let h = n;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const slot = (h >>> 19) & (this.slots - 1);
    const seen = this.raws[slot];
    if (seen !== undefined && seen.length === n && text.startsWith(seen, start)) {
      this.raw = seen;
      return this.values[slot];
    }
    const raw = text.slice(start, end);
    const value = this.resolve(raw);
    this.raws[slot] = raw;
    this.values[slot] = value;
    this.raw = raw;
    return value;
  }
}
