// Fixed-size bit sets over pod classes (Uint32Array words): the matrix builds one per rule and
// per class, and combines them with OR/AND instead of evaluating every class pair rule by rule.

export type Bits = Uint32Array;

export const newBits = (n: number): Bits => new Uint32Array((n + 31) >>> 5);

export function allBits(n: number): Bits {
  const b = newBits(n);
  b.fill(0xffffffff);
  if (n % 32 !== 0) b[b.length - 1] = (1 << (n % 32)) - 1;
  return b;
}

export const setBit = (b: Bits, i: number): void => {
  b[i >>> 5] |= 1 << (i & 31);
};

export const hasBit = (b: Bits, i: number): boolean => (b[i >>> 5] & (1 << (i & 31))) !== 0;

/** into |= from */
export function orInto(into: Bits, from: Bits): void {
  const n = into.length;
  for (let i = 0; i < n; i++) into[i] |= from[i];
}

/** a & b as a new set */
export function and(a: Bits, b: Bits): Bits {
  const n = a.length;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = a[i] & b[i];
  return out;
}

/** A string key for deduplicating equal sets. */
export const bitsKey = (b: Bits): string => b.join(',');
