// Connection sets in np-guard's text form (README "Format of the expected files"): per protocol a
// list of disjoint, maximal port intervals; rendering is canonical so equal sets give equal text.

export type Proto = 'SCTP' | 'TCP' | 'UDP';
export const PROTOS: Proto[] = ['SCTP', 'TCP', 'UDP'];
export type Interval = [number, number];
export type ConnSet = Record<Proto, Interval[]>;

export const emptySet = (): ConnSet => ({ SCTP: [], TCP: [], UDP: [] });

/** Parses `All Connections` or `SCTP 1-9002,9004-65535,TCP 1-65535`. */
export function parseConn(text: string): ConnSet {
  const set = emptySet();
  if (text === 'All Connections')
    return { SCTP: [[1, 65535]], TCP: [[1, 65535]], UDP: [[1, 65535]] };
  let proto: Proto | undefined;
  for (const piece of text.split(',')) {
    const m = /^(SCTP|TCP|UDP) (.+)$/.exec(piece);
    const range = m ? m[2] : piece;
    if (m) proto = m[1] as Proto;
    if (!proto) throw new Error(`connection set without protocol: ${text}`);
    const [a, b] = range.split('-').map(Number);
    set[proto].push([a, b ?? a]);
  }
  for (const p of PROTOS) set[p] = normalise(set[p]);
  return set;
}

/** Sorts and merges overlapping or adjacent intervals. */
export function normalise(list: Interval[]): Interval[] {
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Canonical text, or '' for the empty set (np-guard prints no line then). */
export function renderConn(set: ConnSet): string {
  const full = (l: Interval[]) => l.length === 1 && l[0][0] === 1 && l[0][1] === 65535;
  if (PROTOS.every((p) => full(set[p]))) return 'All Connections';
  return PROTOS.filter((p) => set[p].length > 0)
    .map((p) => `${p} ${set[p].map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',')}`)
    .join(',');
}

/**
 * Builds a set from verdicts at probe ports: `allowedAt(p)` holds for the whole interval from
 * one probe to the next (membership changes only at probe points; README step 3).
 */
export function setFromProbes(
  probes: number[],
  allowedAt: (proto: Proto, port: number) => boolean,
): ConnSet {
  const set = emptySet();
  for (const proto of PROTOS) {
    probes.forEach((p, i) => {
      if (allowedAt(proto, p)) set[proto].push([p, (probes[i + 1] ?? 65536) - 1]);
    });
    set[proto] = normalise(set[proto]);
  }
  return set;
}

/** Union of two sets. */
export function union(a: ConnSet, b: ConnSet): ConnSet {
  const out = emptySet();
  for (const p of PROTOS) out[p] = normalise([...a[p], ...b[p]]);
  return out;
}
