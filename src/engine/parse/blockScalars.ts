// Pieces of the fast reader that look at text rather than at structure: literal block scalars,
// chomping, and the per-file scan for characters the fast reader leaves to js-yaml.

/** The lines of a literal block scalar's body, before chomping. */
export interface LiteralLines {
  lines: string[];
  hasContent: boolean;
  /** Offset of the first line after the block. */
  resume: number;
}

/**
 * Reads the body of a literal block scalar from `from` (the line after its header) whose parent
 * is indented `indent`. Undefined when YAML's rules for blank lines get subtle (js-yaml's job).
 */
export function readLiteralLines(
  text: string,
  from: number,
  end: number,
  indent: number,
): LiteralLines | undefined {
  const lines: string[] = [];
  let contentIndent = -1;
  let leadingSpaces = 0;
  let q = from;
  while (q < end) {
    let nl = text.indexOf('\n', q);
    if (nl < 0 || nl >= end) nl = end;
    const le = nl > q && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let sp = q;
    while (sp < le && text.charCodeAt(sp) === 32) sp++;
    if (sp === le) {
      if (contentIndent < 0) leadingSpaces = Math.max(leadingSpaces, le - q);
      else if (le - q > contentIndent) return undefined;
      lines.push('');
    } else {
      if (contentIndent < 0) {
        if (sp - q <= indent) break;
        contentIndent = sp - q;
        if (leadingSpaces > contentIndent) return undefined;
      }
      if (sp - q < contentIndent) break;
      lines.push(text.slice(q + contentIndent, le));
    }
    q = nl + 1;
  }
  return { lines, hasContent: contentIndent >= 0, resume: Math.min(q, end) };
}

/** Applies the chomping indicator (`-` strip, `+` keep, none clip); undefined if unsure. */
export function chompLines(
  lines: string[],
  chomp: number,
  hasContent: boolean,
): string | undefined {
  let n = lines.length;
  while (n > 0 && lines[n - 1] === '') n--;
  if (!hasContent) {
    if (chomp === 43) return undefined;
    return '';
  }
  const body = lines.slice(0, n).join('\n');
  if (chomp === 45) return body;
  if (chomp === 43) return body + '\n'.repeat(1 + lines.length - n);
  return body + '\n';
}

/**
 * Offsets of the characters the reader never accepts (tabs, lone CRs), found once per file so
 * that each document's check is a lookup, not a scan of the rest of the file.
 */
export function awkwardOffsets(text: string): number[] {
  const found: number[] = [];
  for (let t = text.indexOf('\t'); t >= 0; t = text.indexOf('\t', t + 1)) found.push(t);
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) found.push(cr);
  }
  return found.sort((a, b) => a - b);
}

/** Whether a sorted offset list has an entry in [start, end). */
export function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < end;
}
