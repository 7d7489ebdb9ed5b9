// The fallback reader's half of the line index: walks js-yaml's event stream (offsets into one
// chunk of the file) and records every node on the tape. Building values is left to js-yaml's
// constructFromEvents; this only notes where things are.
import { EVENT_ID, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { plainKeyName } from './schema';
import { ALIAS, MAP, SCALAR, SEQ, nameKey, pushNode, type Tape } from './tape';

/** One document seen in the events. */
export interface EventDocument {
  /** Tape index of the document's root node. */
  root: number;
  /** How many aliases (`*name`) it uses: its value may share objects. */
  aliases: number;
}

interface Frame {
  node: number;
  isMap: boolean;
  /** Children seen so far (a mapping's even children are keys). */
  count: number;
}

function nodeStart(start: number, anchorStart: number, tagStart: number): number {
  let s = start;
  if (anchorStart >= 0 && (s < 0 || anchorStart < s)) s = anchorStart;
  if (tagStart >= 0 && (s < 0 || tagStart < s)) s = tagStart;
  return s;
}

/** Records the nodes of `events` (parsed from `chunk`, which starts at `base` in the file). */
export function recordEvents(
  events: readonly Event[],
  chunk: string,
  base: number,
  tape: Tape,
): EventDocument[] {
  const docs: EventDocument[] = [];
  const stack: Frame[] = [];
  let doc: EventDocument | undefined;
  const at = (offset: number): number => (offset < 0 ? -1 : offset + base);
  for (const e of events) {
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    const isKey = parent !== undefined && parent.isMap && parent.count % 2 === 0;
    if (parent) parent.count++;
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        doc = { root: tape.length, aliases: 0 };
        docs.push(doc);
        stack.length = 0;
        continue;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const kind = e.type === EVENT_ID.MAPPING ? MAP : SEQ;
        const node = pushNode(tape, kind, at(nodeStart(e.start, e.anchorStart, e.tagStart)));
        stack.push({ node, isMap: kind === MAP, count: 0 });
        continue;
      }
      case EVENT_ID.SCALAR: {
        const node = pushNode(
          tape,
          SCALAR,
          at(nodeStart(e.valueStart, e.anchorStart, e.tagStart)),
          at(e.valueEnd),
        );
        if (isKey) recordKey(tape, node, e, chunk);
        continue;
      }
      case EVENT_ID.ALIAS:
        pushNode(tape, ALIAS, at(e.anchorStart - 1));
        if (doc) doc.aliases++;
        continue;
      case EVENT_ID.POP: {
        if (parent) parent.count--; // a POP is not a child
        const closed = stack.pop();
        if (closed) tape.end[closed.node] = tape.length;
      }
    }
  }
  return docs;
}

function recordKey(tape: Tape, node: number, e: ScalarEvent, chunk: string): void {
  const raw = e.valueStart < 0 ? '' : chunk.slice(e.valueStart, e.valueEnd);
  const text = e.fast ? raw : getScalarValue(chunk, e);
  // An unquoted, untagged key is resolved like any scalar, then named as a string (`80` → "80").
  const name = e.style === 1 && e.tagStart < 0 ? plainKeyName(text) : text;
  if (name !== raw || e.valueStart < 0) nameKey(tape, node, name);
}
