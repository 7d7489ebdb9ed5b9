// Fixed-size bit sets over pod classes, stored as rows of one shared Uint32Array (a slab): the
// matrix builds one per peer, rule and class, and combines them with OR/AND instead of evaluating
// every class pair rule by rule. A separate typed array per set would cost an off-heap backing
// store each (sets of more than 16 words) and tens of thousands of them dominate in GC; rows of a
// slab are only numbers. A row is named by its index; words of row r are [r * words, (r+1) * words).

export class BitRows {
  /** Words per row. */
  readonly words: number;
  /** Re-read after `add`: growing replaces the array. */
  data: Uint32Array;
  private count = 0;

  constructor(
    /** Bits per row. */
    readonly size: number,
    capacity = 16,
  ) {
    this.words = (size + 31) >>> 5;
    this.data = new Uint32Array(Math.max(1, capacity) * this.words);
  }

  get rows(): number {
    return this.count;
  }

  /** A new row of zeros; returns its index. */
  add(): number {
    const need = (this.count + 1) * this.words;
    if (need > this.data.length) {
      const grown = new Uint32Array(Math.max(need, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    return this.count++;
  }

  /** A new row with every bit of 0…size-1 set. */
  addOnes(): number {
    const r = this.add();
    const at = r * this.words;
    this.data.fill(0xffffffff, at, at + this.words);
    if (this.size % 32 !== 0) this.data[at + this.words - 1] = (1 << (this.size % 32)) - 1;
    return r;
  }

  set(r: number, i: number): void {
    this.data[r * this.words + (i >>> 5)] |= 1 << (i & 31);
  }

  unset(r: number, i: number): void {
    this.data[r * this.words + (i >>> 5)] &= ~(1 << (i & 31));
  }

  has(r: number, i: number): boolean {
    return (this.data[r * this.words + (i >>> 5)] & (1 << (i & 31))) !== 0;
  }

  /** Row `into` |= row `from`. */
  or(into: number, from: number): void {
    const d = this.data;
    const n = this.words;
    const a = into * n;
    const b = from * n;
    for (let w = 0; w < n; w++) d[a + w] |= d[b + w];
  }

  /** Row `into` |= row a & row b. */
  orAnd(into: number, a: number, b: number): void {
    const d = this.data;
    const n = this.words;
    const o = into * n;
    const x = a * n;
    const y = b * n;
    for (let w = 0; w < n; w++) d[o + w] |= d[x + w] & d[y + w];
  }

  /** Row `into` &= row `from`. */
  and(into: number, from: number): void {
    const d = this.data;
    const n = this.words;
    const a = into * n;
    const b = from * n;
    for (let w = 0; w < n; w++) d[a + w] &= d[b + w];
  }

  /** Row r = 0. */
  clear(r: number): void {
    this.data.fill(0, r * this.words, (r + 1) * this.words);
  }

  /** Whether rows a and b hold the same bits. */
  equal(a: number, b: number): boolean {
    const d = this.data;
    const n = this.words;
    for (let w = 0; w < n; w++) if (d[a * n + w] !== d[b * n + w]) return false;
    return true;
  }

  /** Whether row r has no bit set. */
  isEmpty(r: number): boolean {
    const d = this.data;
    const n = this.words;
    for (let w = r * n; w < (r + 1) * n; w++) if (d[w] !== 0) return false;
    return true;
  }

  /** The set bits of row r, in increasing order (for tests and small rows). */
  members(r: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.has(r, i)) out.push(i);
    return out;
  }
}
