// Deterministic, stable allocation of ClusterIPs, node ports and simulated LoadBalancer IPs.
// Each key ("namespace/name", plus a port for node ports) is hashed into the preferred band and
// linear probing finds the first free slot; callers process keys sorted by namespace/name. A real
// allocator picks at random; hashing instead of counting means adding an unrelated Service leaves
// every other address unchanged, unless its probe run collides with theirs (rare in a /12). What
// is free, and what to do on failure, is the callers' business (services.ts, nodePorts.ts).

/** A contiguous run of slots: offsets `start .. start + size - 1`. */
export interface Band {
  start: bigint;
  size: bigint;
}

/** 32-bit FNV-1a: a fixed, platform-independent hash (no Math.random, no engine-specific order). */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The slot `key` hashes to inside `band` before any probing. */
export function homeSlot(key: string, band: Band): bigint {
  return band.start + (BigInt(fnv1a(key)) % band.size);
}

/**
 * First free slot of `band` from the key's home slot, wrapping around. `taken` is consulted at
 * most `maxTaken + 1` times: a run of taken slots can never be longer than the number taken.
 */
export function probe(
  key: string,
  band: Band,
  isTaken: (slot: bigint) => boolean,
  maxTaken: number,
): bigint | null {
  if (band.size <= 0n) return null;
  const home = BigInt(fnv1a(key)) % band.size;
  const steps = BigInt(maxTaken) + 1n < band.size ? BigInt(maxTaken) + 1n : band.size;
  for (let i = 0n; i < steps; i++) {
    const slot = band.start + ((home + i) % band.size);
    if (!isTaken(slot)) return slot;
  }
  return null;
}

/** Probes the preferred (upper) band first, then the lower static band, as the API server does. */
export function probeBands(
  key: string,
  bands: readonly Band[],
  isTaken: (slot: bigint) => boolean,
  maxTaken: number,
): bigint | null {
  for (const band of bands) {
    const slot = probe(key, band, isTaken, maxTaken);
    if (slot !== null) return slot;
  }
  return null;
}

/**
 * Size of the lower "static" band for a range of `size` slots (kube-apiserver
 * calculateRangeOffset): min(max(low, size / step), high), or 0 for ranges of `low` or fewer.
 */
export function staticBandSize(size: bigint, low: bigint, step: bigint, high: bigint): bigint {
  if (size <= low) return 0n;
  const s = size / step;
  return s < low ? low : s > high ? high : s;
}

/** Upper band first, then the static band, for slots `first .. last` with `staticSize` reserved. */
export function preferredBands(first: bigint, last: bigint, staticSize: bigint): Band[] {
  const upper: Band = { start: first + staticSize, size: last - first + 1n - staticSize };
  const lower: Band = { start: first, size: staticSize };
  return [upper, lower].filter((b) => b.size > 0n);
}
