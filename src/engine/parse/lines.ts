// Offsets → 1-based lines and columns for one file. The table of line starts is built once per
// file; each lookup is a binary search, so lines are only computed for what is asked for.
// Line breaks are those of YAML: LF, CRLF and a lone CR.

/** Start offsets of every line of a text, for offset → line lookups. */
export interface LineTable {
  /** 1-based line holding `offset`. */
  lineAt(offset: number): number;
  /** 1-based column of `offset` on its line (UTF-16 units, as editors count). */
  columnAt(offset: number): number;
  /** Offset where each line starts, in order (read only: shared with other scans of the file). */
  starts: Int32Array;
}

function lineStarts(text: string): Int32Array {
  // Typed and grown by doubling: a number[] of millions of entries, copied once more at the end,
  // was a large young-generation allocation for the 46 MB bench file.
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let n = 0;
  const push = (at: number): void => {
    if (n === starts.length) {
      const bigger = new Int32Array(starts.length * 2);
      bigger.set(starts);
      starts = bigger;
    }
    starts[n++] = at;
  };
  push(0);
  let cr = text.indexOf('\r');
  for (let lf = text.indexOf('\n'); ; lf = text.indexOf('\n', lf + 1)) {
    const stop = lf < 0 ? text.length : lf;
    // Only a CR that is not the first half of CRLF breaks a line on its own.
    while (cr >= 0 && cr < stop) {
      if (cr + 1 !== lf) push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    }
    if (lf < 0) break;
    push(lf + 1);
  }
  return starts.slice(0, n);
}

/** Index of the line holding `offset` in a table of line starts (binary search). */
export function lineIndexIn(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Builds the line table of `text` in one pass. */
export function createLineTable(text: string): LineTable {
  const table = lineStarts(text);
  const lineIndex = (offset: number): number => lineIndexIn(table, Math.max(0, offset));
  return {
    lineAt: (offset) => lineIndex(offset) + 1,
    columnAt: (offset) => Math.max(0, offset) - table[lineIndex(offset)] + 1,
    starts: table,
  };
}
