// What the fast reader keeps per file (texts already seen, with what it made of them, and its
// remembered searches), and how it turns key and quoted-scalar texts into values.
import { GIVE_UP } from './giveUp';
import { createLineTable } from './lines';
import { createQuoteMarks, type QuoteMarks } from './quoteScan';
import { plainKeyName, plainValue } from './schema';
import { SliceCache } from './sliceCache';

/** A plain key holding ` #` (a comment would start there): js-yaml's job. Never a real name. */
export const NOT_A_KEY = ' #';

/** What one file's documents share: texts already seen, with what the reader made of them. */
export interface ReaderCaches {
  keys: SliceCache<string>;
  values: SliceCache<unknown>;
  strings: SliceCache<string>;
  quotes: QuoteMarks;
  /** The file's line starts (lines.ts): the reader takes line ends from here. */
  lineStarts: Int32Array;
}

export function createReaderCaches(text: string, lineStarts?: Int32Array): ReaderCaches {
  return {
    keys: new SliceCache((raw) => (raw.includes(NOT_A_KEY) ? NOT_A_KEY : plainKeyName(raw))),
    values: new SliceCache(plainValue),
    strings: new SliceCache((raw) => raw),
    quotes: createQuoteMarks(),
    lineStarts: lineStarts ?? createLineTable(text).starts,
  };
}

/** A double-quoted scalar's value; gives up on YAML-only escapes. */
export function jsonString(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    throw GIVE_UP; // a YAML-only escape (\x41, \e, \N …)
  }
}
