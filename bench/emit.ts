// Bench support: a seeded random source and a tiny YAML writer in the style of
// `kubectl get -o yaml` (sorted keys, block style, `- ` items at the parent's indent).
// Only what the generator needs; the engine never uses this.

/** Deterministic pseudo-random numbers (mulberry32): same seed, same cluster. */
export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** Random lower-case alphanumeric string, like generated name suffixes. */
  id(length: number): string;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    id: (length) => {
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
}

// Plain scalars that a YAML 1.1 or 1.2 reader would not take for a string must be quoted.
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./:-]*$/;
const RESERVED = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

function scalar(value: unknown): string {
  if (typeof value === 'string') {
    return PLAIN.test(value) && !RESERVED.test(value) && !value.includes(': ')
      ? value
      : JSON.stringify(value);
  }
  if (value === null || value === undefined) return 'null';
  return String(value);
}

function isEmptyCollection(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (value && typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  return undefined;
}

function writeMap(obj: Record<string, unknown>, indent: string, out: string[]): void {
  for (const key of Object.keys(obj).sort()) {
    const value = obj[key];
    const head = `${indent}${scalar(key)}:`;
    const empty = isEmptyCollection(value);
    if (empty) out.push(`${head} ${empty}`);
    else if (Array.isArray(value)) {
      out.push(head);
      writeSeq(value, indent, out);
    } else if (value && typeof value === 'object') {
      out.push(head);
      writeMap(value as Record<string, unknown>, indent + '  ', out);
    } else out.push(`${head} ${scalar(value)}`);
  }
}

function writeSeq(items: unknown[], indent: string, out: string[]): void {
  for (const item of items) {
    const empty = isEmptyCollection(item);
    if (empty) out.push(`${indent}- ${empty}`);
    else if (Array.isArray(item)) {
      out.push(`${indent}-`);
      writeSeq(item, indent + '  ', out);
    } else if (item && typeof item === 'object') {
      const inner: string[] = [];
      writeMap(item as Record<string, unknown>, indent + '  ', inner);
      inner[0] = `${indent}- ${inner[0].slice(indent.length + 2)}`;
      for (const line of inner) out.push(line);
    } else out.push(`${indent}- ${scalar(item)}`);
  }
}

/** One object as a YAML document body (no `---`), keys sorted as kubectl prints them. */
export function toYaml(obj: Record<string, unknown>): string {
  const out: string[] = [];
  writeMap(obj, '', out);
  return out.join('\n') + '\n';
}
