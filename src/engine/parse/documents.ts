// Splits a file into its YAML documents. YAML 1.2 says a `---` or `...` line at column 0 always
// ends a document, so each piece can be read on its own: an error in one leaves the others
// readable. Reading the pieces is left to blockReader.ts and the js-yaml fallback.

/** One document's span in the file. */
export interface DocumentRange {
  /** Where the content starts (after the `---` line). */
  start: number;
  /** End of the content (the start of the next marker line, or the end of the text). */
  end: number;
  /** Where a full YAML reader should start: the marker line itself, or a directive before it. */
  yamlStart: number;
  /** False when the marker line carries content or directives precede it: only js-yaml reads it. */
  plain: boolean;
}

function isMarkerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 46) return false; // '-' or '.'
  if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return false;
  const after = text.charCodeAt(at + 3);
  return Number.isNaN(after) || after === 32 || after === 9 || after === 10 || after === 13;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** Offsets of every marker line, in order, and whether a line starts with `%` (a directive). */
function markerLines(
  text: string,
  from: number,
  lineStarts?: Int32Array,
): { found: number[]; directive: boolean } {
  const found: number[] = [];
  if (isMarkerAt(text, from)) found.push(from);
  if (lineStarts) {
    // The file's line table already visits every line: one pass instead of three text searches.
    let directive = text.charCodeAt(0) === 37;
    for (let i = 1; i < lineStarts.length; i++) {
      const at = lineStarts[i];
      if (at <= from || text.charCodeAt(at - 1) !== 10) continue; // only LF-started lines, as below
      const c = text.charCodeAt(at);
      if (c === 37) directive = true;
      else if ((c === 45 || c === 46) && isMarkerAt(text, at)) found.push(at);
    }
    return { found, directive };
  }
  for (const marker of ['\n---', '\n...']) {
    for (let nl = text.indexOf(marker, from); nl >= 0; nl = text.indexOf(marker, nl + 4)) {
      if (isMarkerAt(text, nl + 1)) found.push(nl + 1);
    }
  }
  const directive = text.charCodeAt(0) === 37 || text.indexOf('\n%') >= 0;
  return { found: found.sort((a, b) => a - b), directive };
}

/** True when the marker line holds only the marker (and maybe a comment). */
function isBareMarker(text: string, at: number): boolean {
  const rest = text.slice(at + 3, lineEnd(text, at)).trim();
  return rest === '' || rest.startsWith('#');
}

/**
 * Cuts `text` (from offset `from`, past any BOM) into document ranges. `lineStarts`, the file's
 * line table (lines.ts), saves searching the text again; the ranges are the same without it.
 */
export function splitDocuments(
  text: string,
  from: number,
  lineStarts?: Int32Array,
): DocumentRange[] {
  const ranges: DocumentRange[] = [];
  let start = from;
  let yamlStart = from;
  let plain = true;
  const { found, directive } = markerLines(text, from, lineStarts);
  for (const at of found) {
    if (at > start || ranges.length === 0) ranges.push({ start, end: at, yamlStart, plain });
    const isStart = text.charCodeAt(at) === 45;
    start = lineEnd(text, at);
    yamlStart = isStart ? at : start;
    plain = isStart ? isBareMarker(text, at) : true;
  }
  ranges.push({ start, end: text.length, yamlStart, plain });
  return directive ? withDirectives(text, ranges) : ranges;
}

// A `%YAML`/`%TAG` directive belongs to the document after it: hand both to js-yaml together.
function withDirectives(text: string, ranges: DocumentRange[]): DocumentRange[] {
  for (let i = 0; i + 1 < ranges.length; i++) {
    const r = ranges[i];
    const lines = text.slice(r.start, r.end).split(/\r?\n/);
    if (!lines.some((l) => l.startsWith('%'))) continue;
    if (lines.every((l) => l.trim() === '' || /^[%#]/.test(l))) {
      ranges[i + 1].yamlStart = r.start;
      ranges[i + 1].plain = false;
      r.end = r.start;
    }
  }
  return ranges;
}
