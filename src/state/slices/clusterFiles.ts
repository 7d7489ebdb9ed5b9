// Which open files form the analysed cluster (pure). Every file is included unless the user set it
// aside; an example or a shared link opens as its own cluster by setting the other files aside,
// never by closing or changing them. The editor slice stores the result; the UI only renders it.
import type { InputFile } from '../../engine/index';
import { uniqueName } from './editorFiles';

/** Why the editor shows a notice about the cluster (rendered by the UI, dismissed by the user). */
export type ClusterNotice =
  | { kind: 'example'; files: string[] }
  | { kind: 'shared'; files: string[]; cni?: string }
  | { kind: 'share-error'; message: string };

/** The files the engine sees: every open file that is not set aside, in tab order. */
export function includedFiles(files: InputFile[], setAside: readonly string[]): InputFile[] {
  if (setAside.length === 0) return files;
  const aside = new Set(setAside);
  return files.filter((f) => !aside.has(f.name));
}

/** `setAside` with `name` included (removed) or set aside (added); the same array when unchanged. */
export function withIncluded(setAside: string[], name: string, included: boolean): string[] {
  const has = setAside.includes(name);
  if (included) return has ? setAside.filter((n) => n !== name) : setAside;
  return has ? setAside : [...setAside, name];
}

/** Only the names of files that are still open (after a close, a restore or a reset). */
export function keepOpen(setAside: readonly string[], files: InputFile[]): string[] {
  const open = new Set(files.map((f) => f.name));
  return setAside.filter((n) => open.has(n));
}

export interface OwnCluster {
  files: InputFile[];
  setAside: string[];
  activeFile: string;
  /** The tab names the opened files got (a file already open with the same text is reused). */
  opened: string[];
}

/**
 * Opens `incoming` as a cluster of its own: new tabs (renamed on a clash), every other file set
 * aside, the first opened file active. A file already open with the same name and text is reused
 * rather than duplicated, so opening the same example or link twice does not pile up tabs.
 */
export function openOwnCluster(files: InputFile[], incoming: InputFile[]): OwnCluster {
  const taken = new Set(files.map((f) => f.name));
  const out = [...files];
  const opened: string[] = [];
  for (const f of incoming) {
    const same = files.find((x) => x.name === f.name && x.text === f.text);
    if (same && !opened.includes(same.name)) {
      opened.push(same.name);
      continue;
    }
    const name = uniqueName(f.name, taken);
    taken.add(name);
    out.push({ name, text: f.text });
    opened.push(name);
  }
  const mine = new Set(opened);
  return {
    files: out,
    setAside: out.filter((f) => !mine.has(f.name)).map((f) => f.name),
    activeFile: opened[0] ?? '',
    opened,
  };
}

/** The set-aside list after renaming `from` to `to` (a set-aside file stays set aside). */
export function renameAside(setAside: string[], from: string, to: string): string[] {
  return setAside.includes(from) ? setAside.map((n) => (n === from ? to : n)) : setAside;
}
