// The full YAML reader for whatever the fast reader leaves: js-yaml 5 events over one document's
// text, then values built by js-yaml with the kubectl schema, alias and depth limits. Errors
// become diagnostics with line and column; the other documents are not affected.
import { YAMLException, constructFromEvents, parseEvents } from 'js-yaml';
import { diagAt } from '../model/diagnostic';
import { TOO_LARGE, cloneWithin } from './aliases';
import { recordEvents } from './eventsTape';
import { addDocument, type FileContext } from './objects';
import { KUBECTL_SCHEMA } from './schema';
import { truncateTape } from './tape';

/** Collections may nest this deep (js-yaml's default); real objects stay far below it. */
export const MAX_DEPTH = 100;
/** Aliases allowed per document; Kubernetes manifests rarely use any. */
const MAX_ALIASES = 100;
/** Nodes an aliased document may expand to, beyond its own size. */
const ALIAS_EXPANSION_BUDGET = 100_000;

/** Reads `text[start, end)` with js-yaml and adds its objects. */
export function readWithJsYaml(ctx: FileContext, start: number, end: number): void {
  const chunk = ctx.tape.text.slice(start, end);
  const mark = ctx.tape.length;
  try {
    const events = parseEvents(chunk, { maxDepth: MAX_DEPTH });
    const docs = recordEvents(events, chunk, start, ctx.tape);
    const values = constructFromEvents(events, {
      source: chunk,
      schema: KUBECTL_SCHEMA,
      maxAliases: MAX_ALIASES,
    });
    docs.forEach((doc, i) => {
      let value = values[i];
      if (doc.aliases > 0) {
        const size = (i + 1 < docs.length ? docs[i + 1].root : ctx.tape.length) - doc.root;
        value = cloneWithin(value, ALIAS_EXPANSION_BUDGET + 10 * size);
        if (value === TOO_LARGE) return refuseExpansion(ctx, doc.root);
      }
      addDocument(ctx, value, doc.root);
    });
  } catch (e) {
    truncateTape(ctx.tape, mark);
    reportError(ctx, e, start);
  }
}

function refuseExpansion(ctx: FileContext, node: number): void {
  const offset = Math.max(0, ctx.tape.pos[node]);
  ctx.diagnostics.push(
    diagAt(
      'YAML_ALIASES_REFUSED',
      'error',
      'Ignored: YAML aliases in this document expand to too large a tree (an alias bomb?).',
      { file: ctx.file, line: ctx.lines.lineAt(offset), column: ctx.lines.columnAt(offset) },
    ),
  );
}

function keyAt(text: string, offset: number): string {
  const m = /^\s*["']?([^"':\n]*)/.exec(text.slice(offset, offset + 200));
  return m ? m[1].trim() : '';
}

function reportError(ctx: FileContext, e: unknown, base: number): void {
  const isYaml = e instanceof YAMLException;
  const reason = isYaml ? e.reason : e instanceof Error ? e.message : String(e);
  const offset = base + (isYaml && e.mark ? e.mark.position : 0);
  const at = { file: ctx.file, line: ctx.lines.lineAt(offset), column: ctx.lines.columnAt(offset) };
  let code = 'YAML_SYNTAX';
  let message = `YAML syntax error: ${reason}.`;
  if (!isYaml) message = `The YAML could not be read (${reason}); the document is ignored.`;
  else if (reason.startsWith('duplicated mapping key')) {
    code = 'YAML_DUPLICATE_KEY';
    message = `Duplicate key "${keyAt(ctx.tape.text, offset)}": kubectl rejects the whole document (strict decoding), so this object is not created.`;
  } else if (reason.includes('maxAliases')) {
    code = 'YAML_ALIASES_REFUSED';
    message = `Ignored: the document uses more than ${MAX_ALIASES} YAML aliases (an alias bomb?).`;
  } else if (reason.includes('maxDepth')) {
    code = 'YAML_TOO_DEEP';
    message = `Ignored: the document nests more than ${MAX_DEPTH} levels deep.`;
  }
  ctx.diagnostics.push(diagAt(code, 'error', message, at));
}
