import { describe, expect, it } from 'vitest';
import { manifestsFromYaml } from '../testing/manifests';
import type { Diagnostic } from '../model/diagnostic';
import { testPort, testService } from '../trace/testCluster';
import { buildIngresses } from './ingresses';

const services = [
  testService('shop/front', '10.96.0.20', [testPort(80, 8080, { name: 'http' })], []),
];

function build(yaml: string) {
  const diags: Diagnostic[] = [];
  const out = buildIngresses(manifestsFromYaml(yaml), services, diags);
  return { ...out, diags: diags.map((d) => `${d.severity} ${d.code} ${d.line}`), raw: diags };
}

const nginxClass = (name: string, isDefault?: string) => `
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: ${name}
  annotations: {ingressclass.kubernetes.io/is-default-class: "${isDefault ?? 'false'}"}
spec: {controller: k8s.io/ingress-nginx}
---`;

const ingress = (name: string, extraMeta = '', extraSpec = '') => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: shop${extraMeta}
spec:${extraSpec}
  defaultBackend: {service: {name: front, port: {number: 80}}}
---`;

describe('Ingress classes (§5.1)', () => {
  it('§5.1 an Ingress without class gets the default class at creation and is served', () => {
    const r = build(nginxClass('nginx', 'true') + ingress('a'));
    expect(r.ingressClasses).toEqual([
      {
        name: 'nginx',
        controller: 'k8s.io/ingress-nginx',
        isDefault: true,
        source: { file: 'test.yaml', line: 2 },
      },
    ]);
    expect(r.ingresses.map((i) => [i.name, i.className, i.served])).toEqual([['a', 'nginx', true]]);
  });

  it('§5.1 the default marker must be exactly "true"', () => {
    const r = build(nginxClass('nginx', 'True') + ingress('a'));
    expect(r.ingressClasses[0].isDefault).toBe(false);
    expect(r.ingresses.map((i) => [i.className, i.served])).toEqual([[null, false]]);
    expect(r.diags).toEqual(['warning INGRESS_NOT_SERVED 14']);
  });

  it('§5.1 field and deprecated annotation that differ: error at the field, Ingress dropped', () => {
    const r = build(
      ingress(
        'a',
        '\n  annotations: {kubernetes.io/ingress.class: traefik}',
        '\n  ingressClassName: nginx',
      ),
    );
    expect(r.ingresses).toEqual([]);
    expect(r.diags).toEqual(['error INGRESS_CLASS_CONFLICT 9']);
    expect(r.raw[0].message).toContain('must not differ');
  });

  it('§5.1 the annotation alone names the class (deprecated, info)', () => {
    const r = build(
      nginxClass('nginx') + ingress('a', '\n  annotations: {kubernetes.io/ingress.class: nginx}'),
    );
    expect(r.ingresses.map((i) => [i.className, i.served])).toEqual([['nginx', true]]);
    expect(r.diags).toEqual(['info INGRESS_CLASS_DEPRECATED_ANNOTATION 14']);
  });

  it('§5.1 several default classes: alphabetically first, with a warning', () => {
    const r = build(nginxClass('zeta', 'true') + nginxClass('alpha', 'true') + ingress('a'));
    expect(r.ingressClasses.map((c) => c.name)).toEqual(['alpha', 'zeta']);
    expect(r.ingresses[0].className).toBe('alpha');
    expect(r.diags).toEqual(['warning INGRESS_MANY_DEFAULT_CLASSES 2']);
  });

  it('§5.1 IMPL no IngressClass objects at all: every Ingress is served', () => {
    const r = build(ingress('a', '', '\n  ingressClassName: whatever'));
    expect(r.ingresses.map((i) => [i.className, i.served])).toEqual([['whatever', true]]);
  });

  it('§5.1 a class that does not exist: not served, warning', () => {
    const r = build(nginxClass('nginx') + ingress('a', '', '\n  ingressClassName: other'));
    expect(r.ingresses[0].served).toBe(false);
    expect(r.raw[0].message).toBe(
      'no controller will serve this Ingress: IngressClass "other" does not exist',
    );
  });

  it('§8.4 IngressClass controller must be a domain-prefixed path', () => {
    const r = build(
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: x}\nspec:\n  controller: nginx\n',
    );
    expect(r.ingressClasses).toEqual([]);
    expect(r.diags).toEqual(['error INGRESS_CLASS_INVALID 5']);
  });

  it('output is sorted by namespace/name', () => {
    const r = build(ingress('b') + ingress('a'));
    expect(r.ingresses.map((i) => `${i.name}:${i.order}`)).toEqual(['a:1', 'b:0']);
  });
});

const rules = (body: string) => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: r, namespace: shop}
spec:
  rules:
${body}`;

describe('Ingress validation (§8.4)', () => {
  const rejected = (body: string) => {
    const r = build(rules(body));
    return { n: r.ingresses.length, diags: r.diags, msg: r.raw.map((d) => d.message) };
  };

  it('§8.4 rules or defaultBackend required', () => {
    const r = build(
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: e}\nspec: {}\n',
    );
    expect(r.ingresses).toEqual([]);
    expect(r.raw[0].message).toBe(
      'Ingress default/e: either defaultBackend or rules must be specified',
    );
  });

  it('§8.4 a host may not be an IP, and * must be a whole first label', () => {
    expect(rejected('  - host: 10.0.0.1\n  - host: "*"\n  - host: "a.*.com"').diags).toEqual([
      'error INGRESS_INVALID 7',
      'error INGRESS_INVALID 8',
      'error INGRESS_INVALID 9',
    ]);
  });

  it('§8.4 pathType is required; Exact/Prefix paths must be clean absolute paths', () => {
    const r = rejected(`  - http:
      paths:
      - {path: /a, backend: {service: {name: front, port: {number: 80}}}}
      - {path: /a//b, pathType: Prefix, backend: {service: {name: front, port: {number: 80}}}}
      - {path: /a/.., pathType: Exact, backend: {service: {name: front, port: {number: 80}}}}
      - {path: a, pathType: ImplementationSpecific, backend: {service: {name: front, port: {number: 80}}}}`);
    expect(r.n).toBe(0);
    expect(r.diags).toEqual([
      'error INGRESS_INVALID 9',
      'error INGRESS_INVALID 10',
      'error INGRESS_INVALID 11',
      'error INGRESS_INVALID 12',
    ]);
    expect(r.msg[1]).toBe(`Ingress shop/r: path "/a//b": must not contain '//'`);
  });

  it('§8.4 backend: exactly one of port name / number, and a DNS-1035 Service name', () => {
    const r = rejected(`  - http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: 1front
            port: {number: 80, name: http}`);
    expect(r.diags).toEqual(['error INGRESS_INVALID 13', 'error INGRESS_INVALID 14']);
  });
});

describe('Ingress warnings (§8.4)', () => {
  it('§5.6 backend Service or port not found → warning at the backend line', () => {
    const r = build(
      rules(`  - http:
      paths:
      - {path: /a, pathType: Prefix, backend: {service: {name: nope, port: {number: 80}}}}
      - {path: /b, pathType: Prefix, backend: {service: {name: front, port: {number: 8080}}}}
      - {path: /c, pathType: Prefix, backend: {service: {name: front, port: {name: http}}}}`),
    );
    expect(r.ingresses).toHaveLength(1);
    expect(r.diags).toEqual([
      'warning INGRESS_BACKEND_SERVICE_MISSING 9',
      'warning INGRESS_BACKEND_PORT_MISSING 10',
    ]);
    expect(r.raw[1].message).toContain('has no port 8080 (its ports: 80 (http))');
  });

  it('§5.4 the same host+path+type in two Ingresses: the later one is warned about', () => {
    const one = (name: string) => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}, namespace: shop}
spec:
  rules:
  - host: a.example.com
    http: {paths: [{path: /x, pathType: Prefix, backend: {service: {name: front, port: {number: 80}}}}]}
---`;
    const r = build(one('late') + one('early'));
    expect(r.diags).toEqual(['warning INGRESS_PATH_CONFLICT 16']);
    expect(r.raw[0].object).toBe('Ingress/shop/early');
  });

  it('§5.7 a TLS host without a rule → warning; ImplementationSpecific → info', () => {
    const r = build(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: t, namespace: shop}
spec:
  tls:
  - hosts: [b.example.com]
    secretName: cert
  rules:
  - host: a.example.com
    http: {paths: [{path: /, pathType: ImplementationSpecific, backend: {service: {name: front, port: {number: 80}}}}]}
`);
    expect(r.diags).toEqual([
      'info INGRESS_IMPLEMENTATION_SPECIFIC 11',
      'warning INGRESS_TLS_HOST_WITHOUT_RULE 7',
    ]);
  });
});
