// The reachability matrix in the CLI contract's shape (CLI-CONTRACT.md `matrix`): the compact
// class matrix (classMatrix.ts) expanded to one boolean per ordered pod pair. The expansion is
// the costly part (pods² object properties), so callers that can read the compact form should.
// Pods with identical rows share one row object: treat the result as read-only. referenceMatrix.ts
// is the pair-by-pair yardstick this must equal exactly (property-tested).
import type { Cluster } from '../model/cluster';
import type { ClassMatrix, MatrixQuery, MatrixResult } from '../model/query';
import { computeClassMatrix, hexDigit } from './classMatrix';

/** For each ordered pod pair, whether policy lets the source connect to the destination. */
export function computeMatrix(cluster: Cluster, query: MatrixQuery): MatrixResult {
  return expandMatrix(computeClassMatrix(cluster, query));
}

/** The compact matrix as the contract's `Record<source, Record<destination, boolean>>`. */
export function expandMatrix(m: ClassMatrix): MatrixResult {
  const { port, protocol, pods, notes } = m;
  const out: MatrixResult = { port, protocol, pods, matrix: expandRows(m), notes };
  if (m.error !== undefined) out.error = m.error;
  return out;
}

function expandRows(m: ClassMatrix): MatrixResult['matrix'] {
  const { pods, classOf } = m;
  const n = pods.length;
  const build = (hex: string, self: number): Record<string, boolean> => {
    const byClass = decodeRow(hex, m.classes);
    const row: Record<string, boolean> = {};
    for (let j = 0; j < n; j++) row[pods[j]] = byClass[classOf[j]] === 1 || j === self;
    return row;
  };
  // A row equals its class row when the class reaches itself; equal class rows share one object.
  const shared = new Map<string, Record<string, boolean>>();
  const matrix: MatrixResult['matrix'] = {};
  for (let i = 0; i < n; i++) {
    const c = classOf[i];
    const hex = m.allowed[c];
    if (((hexDigit(hex.charCodeAt(c >>> 2)) >>> (c & 3)) & 1) === 0) {
      matrix[pods[i]] = build(hex, i);
      continue;
    }
    let row = shared.get(hex);
    if (!row) shared.set(hex, (row = build(hex, -1)));
    matrix[pods[i]] = row;
  }
  return matrix;
}

/** A hex row → one byte (0/1) per class. */
function decodeRow(hex: string, classes: number): Uint8Array {
  const out = new Uint8Array(classes);
  for (let d = 0; d < classes; d++) out[d] = (hexDigit(hex.charCodeAt(d >>> 2)) >>> (d & 3)) & 1;
  return out;
}
