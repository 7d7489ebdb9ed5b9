// Request parsing and path matching for Ingress routing (SEMANTICS.md §5.3, §5.4). Pure string
// work; which host's paths are considered is routing.ts's job.
import type { PathType } from '../model/ingress';

export interface HttpRequest {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
}

const URL_RE = /^(https?):\/\/([^/?#]*)([^?#]*)/i;

/** Reads `http(s)://host[:port]/path`; query and fragment are dropped (§5.3). */
export function parseRequestUrl(url: string): HttpRequest | { error: string } {
  const m = URL_RE.exec(url.trim());
  if (!m) return { error: `not an http(s) URL: "${url}"` };
  const scheme = m[1].toLowerCase() as 'http' | 'https';
  const authority = m[2].slice(m[2].lastIndexOf('@') + 1);
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (!hp || hp[1] === '') return { error: `no host in URL "${url}"` };
  const port = hp[2] ? Number(hp[2]) : scheme === 'https' ? 443 : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return { error: `bad port in URL "${url}"` };
  // The Host header is case-insensitive; a trailing dot names the same host.
  const host = hp[1].toLowerCase().replace(/\.$/, '');
  return { scheme, host, port, path: m[3] === '' ? '/' : m[3] };
}

const elements = (p: string) => p.split('/').filter((e) => e !== '');

/** `Prefix`: the rule's element list is a prefix of the request's (§5.3 prefixMatch). */
export function prefixMatches(rulePath: string, requestPath: string): boolean {
  const r = elements(rulePath);
  const q = elements(requestPath);
  return r.length <= q.length && r.every((e, i) => e === q[i]);
}

/** Whether one rule path matches the request path; ImplementationSpecific acts as Prefix. */
export function pathMatches(rulePath: string, pathType: PathType, requestPath: string): boolean {
  if (pathType === 'Exact') return rulePath === requestPath;
  return prefixMatches(rulePath === '' ? '/' : rulePath, requestPath);
}

/** The one extra label a wildcard host `*.suffix` needs: `bar.foo.com` → `*.foo.com`. */
export function wildcardKey(host: string): string | undefined {
  const dot = host.indexOf('.');
  return dot > 0 ? `*${host.slice(dot)}` : undefined;
}
