// Pure helpers behind the editor slice's file actions: unique names, add, rename and close.
// Each takes the current files and returns the new list (and which file is active afterwards).
import type { InputFile } from '../../engine/index';

/** `name`, or `name-2.ext`, `name-3.ext`, … — the first that no file in `taken` uses. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const clean = name.trim() || 'untitled.yaml';
  if (!taken.has(clean)) return clean;
  const dot = clean.lastIndexOf('.');
  const base = dot > 0 ? clean.slice(0, dot) : clean;
  const ext = dot > 0 ? clean.slice(dot) : '';
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface FilesChange {
  files: InputFile[];
  activeFile: string;
}

/** Appends `added` (renamed on clashes); the last one added becomes active. */
export function addFiles(files: InputFile[], added: InputFile[], active: string): FilesChange {
  const taken = new Set(files.map((f) => f.name));
  const out = [...files];
  for (const f of added) {
    const name = uniqueName(f.name, taken);
    taken.add(name);
    out.push({ name, text: f.text });
  }
  return { files: out, activeFile: out.length > files.length ? out[out.length - 1].name : active };
}

/** Why `to` cannot be the new name of `from`, or null when it can. */
export function renameProblem(files: InputFile[], from: string, to: string): string | null {
  const name = to.trim();
  if (!name) return 'A file needs a name.';
  if (/[/\\]/.test(name)) return 'A file name cannot contain / or \\.';
  if (name !== from && files.some((f) => f.name === name)) return `${name} is already open.`;
  return null;
}

/** Renames `from` to `to` (trimmed); unchanged when the name is not allowed. */
export function renameFile(files: InputFile[], from: string, to: string, active: string) {
  if (renameProblem(files, from, to) !== null) return { files, activeFile: active };
  const name = to.trim();
  return {
    files: files.map((f) => (f.name === from ? { name, text: f.text } : f)),
    activeFile: active === from ? name : active,
  };
}

/** Removes `name`; the neighbour becomes active; the last file closed leaves one empty file. */
export function closeFile(files: InputFile[], name: string, active: string, fallback: string) {
  const i = files.findIndex((f) => f.name === name);
  if (i === -1) return { files, activeFile: active };
  const rest = files.filter((f) => f.name !== name);
  if (rest.length === 0) return { files: [{ name: fallback, text: '' }], activeFile: fallback };
  const activeFile = active === name ? rest[Math.min(i, rest.length - 1)].name : active;
  return { files: rest, activeFile };
}
