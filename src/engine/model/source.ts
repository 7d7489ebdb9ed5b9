// Where a thing came from in the user's text. Every verdict, hop and diagnostic cites one.
// Lines and columns are 1-based, as editors and `file:line` show them.

/** A position in an input file. */
export interface SourceRef {
  file: string;
  line: number;
  column?: number;
}

/** One input file as the user gave it. */
export interface InputFile {
  name: string;
  text: string;
}
