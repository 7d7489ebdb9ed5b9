// Share links (pure apart from the browser's own CompressionStream): the analysed manifests and
// the network plugin as `#share=v1.<base64url(deflate-raw(JSON))>`. The fragment never reaches a
// server. Decoding treats the link as untrusted input: every failure is a message, never a throw.
// Opening the files and the dialog live in shareImport.ts and ShareDialog.tsx.
import type { InputFile } from '../../engine/index';

export interface SharedCluster {
  files: InputFile[];
  /** The network plugin the sender analysed with. */
  cni?: string;
}

export type DecodeResult = { ok: true; value: SharedCluster } | { ok: false; message: string };

export const SHARE_KEY = 'share=';
const VERSION = 'v1.';
/** Network plugins a link may set (the Network plugin select's values). */
export const SHAREABLE_CNI = ['calico', 'cilium', 'flannel'] as const;
/** Decompressed size past which a link is refused (a small link can inflate enormously). */
export const MAX_DECODED_BYTES = 20 * 1024 * 1024;

/** Past this many characters, chat apps, mail clients and link shorteners start cutting links. */
export const LONG_LINK_CHARS = 8_000;
/** Chromium refuses addresses longer than 2 MB (2,097,152 characters). */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

class LinkProblem extends Error {}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new LinkProblem('it is damaged (it holds characters a share link never has).');
  }
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Runs bytes through a (de)compression stream, stopping past `limit` bytes of output. */
async function transform(bytes: Uint8Array, stream: GenericTransformStream, limit: number) {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(stream as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new LinkProblem('it holds more than 20 MB of text, more than Podpath will open.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The fragment (without `#`) that carries `cluster`. */
export async function encodeShare(cluster: SharedCluster): Promise<string> {
  const json = JSON.stringify({
    files: cluster.files.map((f) => ({ name: f.name, text: f.text })),
    ...(cluster.cni ? { settings: { cni: cluster.cni } } : {}),
  });
  const packed = await transform(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
    Infinity,
  );
  return `${SHARE_KEY}${VERSION}${toBase64Url(packed)}`;
}

/** True when the address's fragment (with or without `#`) is a share link of any version. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_KEY);
}

/** A name safe as a tab name: no slashes, not empty. */
function cleanName(name: string): string {
  return name.replace(/[/\\]/g, '-').trim() || 'shared.yaml';
}

function readCluster(json: string): SharedCluster {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new LinkProblem('its contents are not a Podpath share.');
  }
  const d = data as { files?: unknown; settings?: { cni?: unknown } } | null;
  const files = d?.files;
  if (!Array.isArray(files)) throw new LinkProblem('its contents are not a Podpath share.');
  if (files.length === 0) throw new LinkProblem('it holds no files.');
  const ok = files.every(
    (f: Partial<InputFile> | null) => typeof f?.name === 'string' && typeof f.text === 'string',
  );
  if (!ok) throw new LinkProblem('some of its files have no name or no text.');
  const cni = d?.settings?.cni;
  const known = (SHAREABLE_CNI as readonly unknown[]).includes(cni);
  return {
    files: (files as InputFile[]).map((f) => ({ name: cleanName(f.name), text: f.text })),
    ...(known ? { cni: cni as string } : {}),
  };
}

async function decodeOrThrow(hash: string): Promise<SharedCluster> {
  let fragment = hash.replace(/^#/, '');
  try {
    fragment = decodeURIComponent(fragment); // some apps percent-encode the '=' or '.'
  } catch {
    // not percent-encoded: use as is
  }
  if (!fragment.startsWith(SHARE_KEY)) throw new LinkProblem('it is not a share link.');
  const body = fragment.slice(SHARE_KEY.length);
  if (!body.startsWith(VERSION)) {
    throw new LinkProblem('it was made by a newer Podpath, or is damaged (unknown format).');
  }
  const bytes = fromBase64Url(body.slice(VERSION.length));
  let json: Uint8Array;
  try {
    json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES);
  } catch (e) {
    if (e instanceof LinkProblem) throw e;
    throw new LinkProblem(
      'it is incomplete or damaged; it may have been cut off when it was copied.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    throw new LinkProblem('it is damaged (its text is not valid UTF-8).');
  }
  return readCluster(text);
}

/** The files (and network plugin) a share fragment carries, or why it cannot be opened. */
export async function decodeShare(hash: string): Promise<DecodeResult> {
  try {
    return { ok: true, value: await decodeOrThrow(hash) };
  } catch (e) {
    const message = e instanceof LinkProblem ? e.message : 'it could not be read.';
    return { ok: false, message };
  }
}

/** `href` with its fragment replaced by `fragment`. */
export function linkWith(href: string, fragment: string): string {
  const at = href.indexOf('#');
  return `${at === -1 ? href : href.slice(0, at)}#${fragment}`;
}

export type LinkSize = 'fine' | 'long' | 'too-long';

/** How a link of `chars` characters will travel. */
export function linkSize(chars: number): LinkSize {
  if (chars > MAX_LINK_CHARS) return 'too-long';
  return chars > LONG_LINK_CHARS ? 'long' : 'fine';
}
