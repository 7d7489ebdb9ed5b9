// Finding where a double-quoted scalar closes by jumping from quote to quote instead of reading
// every character: a third of a `kubectl get -o yaml` can sit inside double quotes (mostly the
// escaped JSON of last-applied-configuration annotations), and the reader walked it char by char.

/**
 * The first offset at or after `from` that holds `ch`, remembered: the reader asks for later and
 * later offsets, and most questions are answered by the last search (so each part of the text is
 * searched once, however many scalars lie between two occurrences).
 */
export class NextChar {
  private from = 0;
  private found = -1;

  constructor(private readonly ch: string) {}

  at(text: string, from: number): number {
    if (from >= this.from && from <= this.found) return this.found;
    const f = text.indexOf(this.ch, from);
    this.from = from;
    this.found = f < 0 ? Number.MAX_SAFE_INTEGER : f;
    return this.found;
  }
}

/** One file's remembered searches; `escaped` is set by each closingDoubleQuote call. */
export interface QuoteMarks {
  quote: NextChar;
  backslash: NextChar;
  escaped: boolean;
}

export function createQuoteMarks(): QuoteMarks {
  return { quote: new NextChar('"'), backslash: new NextChar('\\'), escaped: false };
}

/**
 * Offset of the quote that closes the double-quoted scalar opened at `p`, or -1 when none does
 * before `le` (the end of the line). A quote is escaped when an odd run of backslashes precedes
 * it, as reading the escapes left to right would find.
 */
export function closingDoubleQuote(text: string, p: number, le: number, m: QuoteMarks): number {
  m.escaped = false;
  for (let q = p + 1; ;) {
    const c = m.quote.at(text, q);
    if (c >= le) return -1;
    if (m.backslash.at(text, q) > c) return c;
    m.escaped = true;
    let run = 0;
    while (text.charCodeAt(c - 1 - run) === 92) run++;
    if ((run & 1) === 0) return c;
    q = c + 1;
  }
}
