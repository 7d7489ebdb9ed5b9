// Parsed documents → Manifests: JSON arrays and `*List` kinds are unpacked into their items,
// each with its own line; what is not a Kubernetes object becomes NOT_AN_OBJECT. Defaulting and
// validation of the objects are left to the later stages.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import type { FieldPath, Manifest } from '../model/manifest';
import type { SourceRef } from '../model/source';
import type { LineTable } from './lines';
import { PathCursor, SEQ, followPath, nextSibling, type Tape } from './tape';

/** What one file's documents share while they become Manifests. */
export interface FileContext {
  file: string;
  tape: Tape;
  lines: LineTable;
  manifests: Manifest[];
  diagnostics: Diagnostic[];
  /** Next `order` number; shared across files. */
  order: { next: number };
}

// Lists inside Lists are unpacked too (kubectl flattens them), but not without end.
const MAX_LIST_NESTING = 8;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refAt(ctx: FileContext, offset: number, fallback?: SourceRef): SourceRef {
  if (offset < 0) return fallback ?? { file: ctx.file, line: 1 };
  return { file: ctx.file, line: ctx.lines.lineAt(offset) };
}

/** Children of sequence node `seq` on the tape, in order. */
function itemNodes(tape: Tape, seq: number): number[] {
  const out: number[] = [];
  if (tape.kind[seq] !== SEQ) return out;
  for (let j = seq + 1; j < tape.end[seq]; j = nextSibling(tape, j)) out.push(j);
  return out;
}

/** Adds the objects of one document (value at tape node `node`). */
export function addDocument(ctx: FileContext, value: unknown, node: number): void {
  if (value === null || value === undefined) return; // an empty document
  if (Array.isArray(value)) {
    const nodes = itemNodes(ctx.tape, node);
    value.forEach((item, i) => addObject(ctx, item, nodes[i] ?? node, 0));
    return;
  }
  addObject(ctx, value, node, 0);
}

function addObject(ctx: FileContext, value: unknown, node: number, depth: number): void {
  const at = refAt(ctx, ctx.tape.pos[node]);
  if (!isObject(value)) {
    const what = value === null ? 'empty' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    ctx.diagnostics.push(
      diagAt(
        'NOT_AN_OBJECT',
        'warning',
        `Ignored: the document is ${what}, not a Kubernetes object.`,
        at,
      ),
    );
    return;
  }
  const { kind, apiVersion } = value;
  if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(value.items)) {
    if (depth >= MAX_LIST_NESTING) return;
    const nodes = itemNodes(ctx.tape, followPath(ctx.tape, node, ['items']).node);
    const itemType = typedListItem(kind, apiVersion);
    value.items.forEach((item, i) => {
      addObject(ctx, itemType ? withType(item, itemType) : item, nodes[i] ?? node, depth + 1);
    });
    return;
  }
  if (
    typeof apiVersion !== 'string' ||
    apiVersion === '' ||
    typeof kind !== 'string' ||
    kind === ''
  ) {
    const missing = [
      typeof apiVersion === 'string' && apiVersion ? '' : 'apiVersion',
      typeof kind === 'string' && kind ? '' : 'kind',
    ]
      .filter(Boolean)
      .join(' and ');
    ctx.diagnostics.push(
      diagAt(
        'NOT_AN_OBJECT',
        'warning',
        `Ignored: the object has no ${missing}, so it is not a Kubernetes object.`,
        at,
      ),
    );
    return;
  }
  ctx.manifests.push(createManifest(ctx, value, node, at));
}

/**
 * The API server's typed lists (`PodList`, `NamespaceList`: what a raw API GET returns) leave out
 * each item's kind and apiVersion; they are the list's own, minus `List`. `kind: List` items
 * always carry their own.
 */
function typedListItem(
  kind: string,
  apiVersion: unknown,
): { kind: string; apiVersion: string } | null {
  if (kind === 'List' || typeof apiVersion !== 'string' || apiVersion === '') return null;
  return { kind: kind.slice(0, -'List'.length), apiVersion };
}

function withType(item: unknown, type: { kind: string; apiVersion: string }): unknown {
  if (!isObject(item) || (item.kind !== undefined && item.apiVersion !== undefined)) return item;
  return { kind: type.kind, apiVersion: type.apiVersion, ...item };
}

function createManifest(
  ctx: FileContext,
  raw: Record<string, unknown>,
  node: number,
  source: SourceRef,
): Manifest {
  const meta = isObject(raw.metadata) ? raw.metadata : {};
  const { tape } = ctx;
  let cursor: PathCursor | undefined; // made on the first lineOf
  return {
    apiVersion: raw.apiVersion as string,
    kind: raw.kind as string,
    name: typeof meta.name === 'string' ? meta.name : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    raw,
    source,
    order: ctx.order.next++,
    lineOf(path: FieldPath): SourceRef {
      cursor ??= new PathCursor(tape, node);
      return refAt(ctx, cursor.follow(path).offset, source);
    },
  };
}
