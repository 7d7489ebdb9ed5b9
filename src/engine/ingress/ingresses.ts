// Ingress and IngressClass objects: validation, class resolution, which Ingresses a controller
// serves, and the warnings of SEMANTICS.md §5.1, §8.4. Request routing is routing.ts.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { Service } from '../model/cluster';
import type { Ingress, IngressBackend, IngressClass } from '../model/ingress';
import type { INGRESS_CODES } from './codes';
import { defaultClass, readIngressClasses, resolveClass } from './classes';
import { readIngress } from './readIngress';
import { describeBackend, lookupBackend } from './backends';

const ref = (i: Ingress) => objectRef('Ingress', i.name, i.namespace);
const code = (k: keyof typeof INGRESS_CODES) => k;

export function buildIngresses(
  manifests: readonly Manifest[],
  services: readonly Service[],
  diags: Diagnostic[],
): { ingresses: Ingress[]; ingressClasses: IngressClass[] } {
  const ingressClasses = readIngressClasses(manifests, diags);
  const fallback = defaultClass(ingressClasses, diags);
  const known = new Set(ingressClasses.map((c) => c.name));
  const ingresses: Ingress[] = [];
  for (const m of manifests) {
    if (m.kind !== 'Ingress') continue;
    const ingress = acceptIngress(m, fallback, diags);
    if (!ingress) continue;
    // §5.1 IMPL: with no IngressClass at all, assume one controller that serves everything.
    ingress.served =
      ingressClasses.length === 0 || (ingress.className !== null && known.has(ingress.className));
    if (!ingress.served) warnNotServed(m, ingress, diags);
    ingresses.push(ingress);
  }
  const byKey = new Map(services.map((s) => [`${s.namespace}/${s.name}`, s]));
  for (const ing of ingresses) {
    warnBackends(ing, (ns, name) => byKey.get(`${ns}/${name}`), diags);
    warnTlsHosts(ing, diags);
  }
  warnConflicts(
    ingresses.filter((i) => i.served),
    diags,
  );
  ingresses.sort((a, b) => cmp(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`));
  return { ingresses, ingressClasses };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The Ingress with its class, or undefined (error diagnostics) when the API would reject it. */
function acceptIngress(
  m: Manifest,
  fallback: IngressClass | undefined,
  diags: Diagnostic[],
): Ingress | undefined {
  const { ingress, problems } = readIngress(m);
  const cls = resolveClass(m, ingress, fallback, diags);
  if (cls.error) problems.push(cls.error);
  for (const p of problems) {
    diags.push(
      diagAt(
        code(p.code ?? 'INGRESS_INVALID'),
        'error',
        `Ingress ${ingress.namespace}/${ingress.name}: ${p.message}`,
        m.lineOf(p.path),
        ref(ingress),
      ),
    );
  }
  if (problems.length > 0) return undefined;
  ingress.className = cls.className;
  return ingress;
}

function warnNotServed(m: Manifest, ing: Ingress, diags: Diagnostic[]): void {
  const why =
    ing.className === null
      ? 'it has no class and no IngressClass is marked default'
      : `IngressClass "${ing.className}" does not exist`;
  const at = m.lineOf(['spec', 'ingressClassName']);
  diags.push(
    diagAt(
      code('INGRESS_NOT_SERVED'),
      'warning',
      `no controller will serve this Ingress: ${why}`,
      at,
      ref(ing),
    ),
  );
}

function allBackends(ing: Ingress): IngressBackend[] {
  const out = ing.rules.flatMap((r) => r.paths.map((p) => p.backend));
  return ing.defaultBackend ? [...out, ing.defaultBackend] : out;
}

function warnBackends(
  ing: Ingress,
  find: (ns: string, name: string) => Service | undefined,
  diags: Diagnostic[],
): void {
  for (const b of allBackends(ing)) {
    const found = lookupBackend(b, ing.namespace, find);
    if (found.kind === 'missing-service') {
      const msg = `backend Service "${found.name}" does not exist in namespace ${ing.namespace}; the controller answers 503`;
      diags.push(
        diagAt(code('INGRESS_BACKEND_SERVICE_MISSING'), 'warning', msg, b.source, ref(ing)),
      );
    } else if (found.kind === 'missing-port') {
      const ports =
        found.service.ports
          .map((p) => (p.name ? `${p.port} (${p.name})` : `${p.port}`))
          .join(', ') || 'none';
      const msg = `backend ${describeBackend(b)}: Service ${ing.namespace}/${found.service.name} has no port ${found.port} (its ports: ${ports}); the controller answers 503`;
      diags.push(diagAt(code('INGRESS_BACKEND_PORT_MISSING'), 'warning', msg, b.source, ref(ing)));
    }
  }
  for (const r of ing.rules) {
    for (const p of r.paths) {
      if (p.pathType !== 'ImplementationSpecific') continue;
      const msg = `pathType ImplementationSpecific on "${p.path || '/'}" is treated as Prefix (ingress-nginx without regex annotations)`;
      diags.push(diagAt(code('INGRESS_IMPLEMENTATION_SPECIFIC'), 'info', msg, p.source, ref(ing)));
    }
  }
}

function warnTlsHosts(ing: Ingress, diags: Diagnostic[]): void {
  const hosts = new Set(ing.rules.map((r) => r.host));
  for (const t of ing.tls) {
    for (const h of t.hosts) {
      if (hosts.has(h)) continue;
      const msg = `TLS host ${h} has no rule in this Ingress; the certificate is loaded but no route uses it here`;
      diags.push(diagAt(code('INGRESS_TLS_HOST_WITHOUT_RULE'), 'warning', msg, t.source, ref(ing)));
    }
  }
}

/** §5.4 IMPL: same host + path + type in two Ingresses → the first in input order wins. */
function warnConflicts(served: Ingress[], diags: Diagnostic[]): void {
  const seen = new Map<string, Ingress>();
  const inOrder = [...served].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  for (const ing of inOrder) {
    const mine = new Set<string>();
    for (const r of ing.rules) {
      for (const p of r.paths) {
        const key = `${r.host ?? '*any*'} ${p.path} ${p.pathType}`;
        const first = seen.get(key);
        if (first && first !== ing) {
          const msg = `conflicting path: ${r.host ?? '(any host)'} ${p.path} (${p.pathType}) is also defined by Ingress ${first.namespace}/${first.name}, which comes first and wins (offline there are no creation times)`;
          diags.push(diagAt(code('INGRESS_PATH_CONFLICT'), 'warning', msg, p.source, ref(ing)));
        } else if (!mine.has(key)) {
          seen.set(key, ing);
        }
        mine.add(key);
      }
    }
  }
}
