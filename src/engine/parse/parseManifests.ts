// Text → Kubernetes objects with a line index (SEMANTICS.md §0 step 1, CLI-CONTRACT.md inputs):
// multi-document YAML, JSON objects and arrays, `*List` kinds, Helm output. Each document is read
// by the fast block reader when it can, by js-yaml otherwise; defaulting is left to later stages.
import type { Diagnostic } from '../model/diagnostic';
import type { Manifest } from '../model/manifest';
import type { InputFile } from '../model/source';
import { EMPTY_DOCUMENT, readBlockDocument } from './blockReader';
import { createReaderCaches } from './readerCaches';
import { awkwardOffsets } from './blockScalars';
import { splitDocuments } from './documents';
import { recordJson } from './jsonTape';
import { createLineTable } from './lines';
import { addDocument, type FileContext } from './objects';
import { MAX_DEPTH, readWithJsYaml } from './readYaml';
import { createTape, trimTape } from './tape';
import { diagAt } from '../model/diagnostic';

export interface ParseResult {
  manifests: Manifest[];
  diagnostics: Diagnostic[];
}

/** Parses every file (multi-document YAML, JSON, `kind: List`) into objects in input order. */
export function parseManifests(files: readonly InputFile[]): ParseResult {
  const manifests: Manifest[] = [];
  const diagnostics: Diagnostic[] = [];
  const order = { next: 0 };
  for (const file of files) {
    const text = typeof file.text === 'string' ? file.text : '';
    const ctx: FileContext = {
      file: file.name,
      tape: createTape(text),
      lines: createLineTable(text),
      manifests,
      diagnostics,
      order,
    };
    try {
      parseFile(ctx);
      trimTape(ctx.tape);
    } catch (e) {
      // Nothing in the readers should throw; if one does, lose this file, not the analysis.
      const why = e instanceof Error ? e.message : String(e);
      diagnostics.push(
        diagAt('YAML_SYNTAX', 'error', `The file could not be read (${why}).`, {
          file: file.name,
          line: 1,
        }),
      );
    }
  }
  return { manifests, diagnostics };
}

function parseFile(ctx: FileContext): void {
  const { text } = ctx.tape;
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte order mark is not content
  if (looksLikeJson(text, from) && readJson(ctx, from)) return;
  const awkward = awkwardOffsets(text);
  const caches = createReaderCaches(text, ctx.lines.starts);
  for (const range of splitDocuments(text, from, ctx.lines.starts)) {
    const root = ctx.tape.length;
    if (range.plain) {
      const value = readBlockDocument(
        text,
        range.start,
        range.end,
        ctx.tape,
        MAX_DEPTH,
        awkward,
        caches,
      );
      if (value === EMPTY_DOCUMENT) continue;
      if (value !== undefined) {
        addDocument(ctx, value, root);
        continue;
      }
    }
    readWithJsYaml(ctx, range.yamlStart, range.end);
  }
}

function looksLikeJson(text: string, from: number): boolean {
  const first = /\S/.exec(text.length - from > 64 ? text.slice(from, from + 64) : text.slice(from));
  return first !== null && (first[0] === '{' || first[0] === '[');
}

/** JSON.parse for the values, a scan for the lines. False if it is not JSON after all. */
function readJson(ctx: FileContext, from: number): boolean {
  let value: unknown;
  try {
    value = JSON.parse(from > 0 ? ctx.tape.text.slice(from) : ctx.tape.text);
  } catch {
    return false; // perhaps YAML flow style; the YAML path reads it or reports where it breaks
  }
  const depth = recordJson(ctx.tape.text, from, ctx.tape);
  if (depth > MAX_DEPTH) {
    ctx.diagnostics.push(
      diagAt(
        'YAML_TOO_DEEP',
        'error',
        `Ignored: the JSON nests more than ${MAX_DEPTH} levels deep.`,
        { file: ctx.file, line: 1 },
      ),
    );
    return true;
  }
  addDocument(ctx, value, 0);
  return true;
}
