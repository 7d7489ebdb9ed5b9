// Manifest arguments → input files (CLI-CONTRACT.md "Invocation"): a file, a directory (every
// .yaml/.yml/.json below it, sorted by path), or `-` for standard input. Files keep the name the
// user typed, so diagnostics say `dir/app.yaml:12`. Parsing the text is the engine's job.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../engine/index';
import { inputError, usageError } from './errors';

/** The name standard input goes by in diagnostics. */
export const STDIN_NAME = '<stdin>';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/** Reads every argument in order; a missing or unreadable one ends the run (exit 1). */
export async function readInputs(
  args: readonly string[],
  readStdin: () => Promise<string>,
): Promise<InputFile[]> {
  if (args.filter((a) => a === '-').length > 1) {
    throw usageError("'-' (standard input) may be given only once");
  }
  const files: InputFile[] = [];
  for (const arg of args) {
    if (arg === '-') files.push({ name: STDIN_NAME, text: stripBom(await readStdin()) });
    else files.push(...readPath(arg));
  }
  return files;
}

function readPath(arg: string): InputFile[] {
  let isDir: boolean;
  try {
    isDir = statSync(arg).isDirectory();
  } catch (e) {
    throw inputError(`cannot read '${arg}': ${reason(e)}`);
  }
  if (!isDir) return [{ name: arg, text: readText(arg, arg) }];
  const base = arg.replace(/(.)\/+$/, '$1');
  return listManifestFiles(arg).map((rel) => {
    const name = base === '.' ? `./${rel}` : `${base}/${rel}`;
    return { name, text: readText(join(arg, rel), name) };
  });
}

/** Relative paths (with `/`) of every manifest file below `dir`, sorted by code point. */
export function listManifestFiles(dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (abs: string, rel: string) => {
    const real = realpathSync(abs);
    if (seen.has(real)) return; // a symlink loop would otherwise never end
    seen.add(real);
    for (const entry of readdirSync(abs)) {
      const childAbs = join(abs, entry);
      const childRel = rel ? `${rel}/${entry}` : entry;
      const st = statSync(childAbs, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(childAbs, childRel);
      else if (st?.isFile() && MANIFEST_FILE.test(entry)) out.push(childRel);
    }
  };
  try {
    walk(dir, '');
  } catch (e) {
    throw inputError(`cannot read directory '${dir}': ${reason(e)}`);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readText(path: string, name: string): string {
  try {
    return stripBom(readFileSync(path, 'utf8'));
  } catch (e) {
    throw inputError(`cannot read '${name}': ${reason(e)}`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A system error in words, without the path Node repeats inside its messages. */
function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ELOOP: 'too many symbolic links',
  };
  if (code && known[code]) return known[code];
  return e instanceof Error ? e.message : String(e);
}
