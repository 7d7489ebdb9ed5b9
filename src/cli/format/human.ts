// Building blocks for human-readable output: escaping untrusted text, aligned tables, counts.
// Pure string functions; what to show for each command lives in the other format/ files.

// C0 and C1 controls, DEL, line/paragraph separators and bidi overrides: text from manifests
// must never move the cursor, recolour the terminal or reorder what the reader sees.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Makes untrusted text printable on one line: control characters become visible escapes. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (NAMED[c]) return NAMED[c];
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Any value as one safe cell: missing values print as '-'. */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  return sanitize(String(value));
}

/** Labels as `k=v,k2=v2` (sorted), '-' when there are none. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '-';
  return keys.map((k) => sanitize(`${k}=${labels![k]}`)).join(',');
}

/**
 * An aligned table: a header row, then rows; columns separated by two spaces, the last column
 * not padded (so lines carry no trailing blanks). Cells must already be sanitised.
 */
export function table(
  headers: readonly string[],
  rows: readonly string[][],
  indent = '  ',
): string[] {
  const all = [headers, ...rows];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  return all.map((r) => {
    const cells = r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - width(c))));
    return (indent + cells.join('  ')).trimEnd();
  });
}

/** Display width: code points, which is right for the ASCII and symbols we print. */
function width(s: string): number {
  return [...s].length;
}

/** `3 pods`, `1 pod`. */
export function count(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : pluralNoun}`;
}

/** A titled block: the title, its lines, or `  (none)` when empty. */
export function section(title: string, lines: readonly string[]): string[] {
  return [title, ...(lines.length > 0 ? lines : ['  (none)']), ''];
}

/** `file:line` for a source reference, or '' when there is none. */
export function where(source: { file: string; line: number } | undefined): string {
  return source ? sanitize(`${source.file}:${source.line}`) : '';
}
