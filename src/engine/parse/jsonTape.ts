// JSON files: JSON.parse builds the values (the fastest reader there is) and this scanner only
// records where each node starts, for lineOf. Invalid JSON is left to the YAML path, which
// reports the error with its line and column.
import { MAP, SCALAR, SEQ, nameKey, pushNode, type Tape } from './tape';

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Records the nodes of valid JSON `text` starting at `from` on the tape; returns the depth. */
export function recordJson(text: string, from: number, tape: Tape): number {
  let depth = 0;
  // Open containers: tape index and children seen (a mapping's even children are keys).
  const open: number[] = [];
  const counts: number[] = [];
  for (let p = from; p < text.length;) {
    const c = text.charCodeAt(p);
    if (isSpace(c) || c === 44 || c === 58) {
      p++;
      continue;
    }
    if (c === 125 || c === 93) {
      const closed = open.pop();
      counts.pop();
      if (closed !== undefined) tape.end[closed] = tape.length;
      p++;
      continue;
    }
    const top = open.length - 1;
    const isKey = top >= 0 && tape.kind[open[top]] === MAP && counts[top] % 2 === 0;
    if (top >= 0) counts[top]++;
    if (c === 123 || c === 91) {
      open.push(pushNode(tape, c === 123 ? MAP : SEQ, p));
      counts.push(0);
      if (open.length > depth) depth = open.length;
      p++;
    } else if (c === 34) {
      let e = p + 1;
      let escaped = false;
      for (; e < text.length; e++) {
        const ch = text.charCodeAt(e);
        if (ch === 92) {
          escaped = true;
          e++;
        } else if (ch === 34) break;
      }
      const node = pushNode(tape, SCALAR, isKey ? p + 1 : p, e);
      if (isKey && escaped) nameKey(tape, node, JSON.parse(text.slice(p, e + 1)) as string);
      p = e + 1;
    } else {
      const start = p;
      while (p < text.length) {
        const ch = text.charCodeAt(p);
        if (isSpace(ch) || ch === 44 || ch === 93 || ch === 125) break;
        p++;
      }
      pushNode(tape, SCALAR, start, p);
    }
  }
  return depth;
}
