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

/**
 * Where objects the engine adds on its own come from (CoreDNS, kube-dns, default/kubernetes):
 * no file of the user's, so hops and diagnostics can say "cluster defaults" instead of a line.
 */
export const BUILTIN_SOURCE: SourceRef = { file: '(cluster defaults)', line: 1 };
