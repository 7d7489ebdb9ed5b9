// IngressClass objects and which class an Ingress ends up with (SEMANTICS.md §5.1, §8.4).
// Reading Ingresses themselves is readIngress.ts; serving decisions are made in ingresses.ts.
import { diagAt, type Diagnostic } from '../model/diagnostic';
import { objectRef, type Manifest } from '../model/manifest';
import type { Ingress, IngressClass } from '../model/ingress';
import { dns1123Subdomain } from '../validate/formats';
import { readStringMap } from '../topology/selectors';
import type { INGRESS_CODES } from './codes';
import type { Problem } from './readIngress';

export const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
export const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

type Raw = Record<string, unknown>;
const code = (k: keyof typeof INGRESS_CODES) => k;

/** Why an IngressClass would be rejected, as [message, field path] pairs. */
function classProblems(m: Manifest, spec: Raw): [string, (string | number)[]][] {
  const out: [string, (string | number)[]][] = [];
  const np = dns1123Subdomain(m.name);
  if (np) out.push([`name "${m.name}": ${np}`, ['metadata', 'name']]);
  const controller = typeof spec.controller === 'string' ? spec.controller : '';
  const slash = controller.indexOf('/');
  const domainOk = slash > 0 && dns1123Subdomain(controller.slice(0, slash)) === null;
  if (controller.length > 250 || !domainOk || slash === controller.length - 1) {
    out.push([
      `controller "${controller}" must be a domain-prefixed path of at most 250 characters, such as k8s.io/ingress-nginx`,
      ['spec', 'controller'],
    ]);
  }
  const params = spec.parameters as Raw | undefined;
  if (params && typeof params === 'object') {
    const scope = params.scope;
    if (scope !== undefined && scope !== 'Cluster' && scope !== 'Namespace') {
      out.push([
        `parameters.scope "${String(scope)}" must be Cluster or Namespace`,
        ['spec', 'parameters', 'scope'],
      ]);
    }
    const hasNs = typeof params.namespace === 'string' && params.namespace !== '';
    if ((scope === 'Namespace') !== hasNs) {
      out.push([
        'parameters.namespace is required exactly when scope is Namespace',
        ['spec', 'parameters'],
      ]);
    }
  }
  return out;
}

/** Valid IngressClasses, sorted by name; rejected ones become error diagnostics. */
export function readIngressClasses(
  manifests: readonly Manifest[],
  diags: Diagnostic[],
): IngressClass[] {
  const out: IngressClass[] = [];
  for (const m of manifests) {
    if (m.kind !== 'IngressClass') continue;
    const spec = (m.raw.spec ?? {}) as Raw;
    const problems = classProblems(m, spec);
    for (const [message, path] of problems) {
      diags.push(
        diagAt(
          code('INGRESS_CLASS_INVALID'),
          'error',
          `IngressClass ${message}`,
          m.lineOf(path),
          objectRef('IngressClass', m.name),
        ),
      );
    }
    if (problems.length > 0 || out.some((c) => c.name === m.name)) continue;
    const annotations = readStringMap((m.raw.metadata as Raw | undefined)?.annotations);
    out.push({
      name: m.name,
      controller: String(spec.controller),
      isDefault: annotations[DEFAULT_CLASS_ANNOTATION] === 'true',
      source: m.source,
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The class new Ingresses get at creation; several defaults → alphabetically first + warning. */
export function defaultClass(
  classes: readonly IngressClass[],
  diags: Diagnostic[],
): IngressClass | undefined {
  const defaults = classes.filter((c) => c.isDefault);
  if (defaults.length > 1) {
    const names = defaults.map((c) => c.name).join(', ');
    diags.push(
      diagAt(
        code('INGRESS_MANY_DEFAULT_CLASSES'),
        'warning',
        `IngressClasses ${names} are all marked default; the engine assumes "${defaults[0].name}" (the API server would pick the most recently created one)`,
        defaults[1].source,
        objectRef('IngressClass', defaults[1].name),
      ),
    );
  }
  return defaults[0];
}

/**
 * Resolves the class of one Ingress: the field, else the deprecated annotation, else the default
 * class. Returns an error message when the API server would reject the combination.
 */
export function resolveClass(
  m: Manifest,
  ingress: Ingress,
  fallback: IngressClass | undefined,
  diags: Diagnostic[],
): { className: string | null; error?: Problem } {
  const spec = (m.raw.spec ?? {}) as Raw;
  const field =
    typeof spec.ingressClassName === 'string' && spec.ingressClassName !== ''
      ? spec.ingressClassName
      : undefined;
  const annotation = ingress.annotations[CLASS_ANNOTATION];
  const ref = objectRef('Ingress', ingress.name, ingress.namespace);
  if (field !== undefined) {
    const p = dns1123Subdomain(field);
    if (p)
      return {
        className: null,
        error: { message: `ingressClassName "${field}": ${p}`, path: ['spec', 'ingressClassName'] },
      };
  }
  if (field !== undefined && annotation !== undefined && field !== annotation) {
    return {
      className: null,
      error: {
        message: `ingressClassName "${field}" and annotation ${CLASS_ANNOTATION} "${annotation}" must not differ`,
        path: ['spec', 'ingressClassName'],
        code: 'INGRESS_CLASS_CONFLICT',
      },
    };
  }
  if (field !== undefined) return { className: field };
  if (annotation !== undefined) {
    const at = m.lineOf(['metadata', 'annotations', CLASS_ANNOTATION]);
    diags.push(
      diagAt(
        code('INGRESS_CLASS_DEPRECATED_ANNOTATION'),
        'info',
        `annotation ${CLASS_ANNOTATION} is deprecated; use spec.ingressClassName: ${annotation}`,
        at,
        ref,
      ),
    );
    return { className: annotation };
  }
  return { className: fallback?.name ?? null };
}
