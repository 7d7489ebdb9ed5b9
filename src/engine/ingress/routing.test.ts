import { describe, expect, it } from 'vitest';
import { manifestsFromYaml } from '../testing/manifests';
import { testCluster, testPort, testService } from '../trace/testCluster';
import { buildIngresses } from './ingresses';
import { pathMatches } from './paths';
import { routeRequest } from './routing';

const svc = (name: string, ...ports: [number, string][]) =>
  testService(
    `shop/${name}`,
    '10.96.0.30',
    ports.map(([p, n]) => testPort(p, p, { name: n })),
    [],
  );
const services = [
  svc('front', [80, 'http']),
  svc('api', [80, 'http']),
  svc('api2', [8080, 'web']),
  svc('probe', [80, '']),
  svc('app', [80, '']),
  svc('fallback', [80, '']),
  svc('catchall', [80, '']),
];

function clusterOf(yaml: string) {
  const { ingresses, ingressClasses } = buildIngresses(manifestsFromYaml(yaml), services, []);
  return testCluster({ services, ingresses, ingressClasses });
}
const target = (c: ReturnType<typeof clusterOf>, url: string) => {
  const r = routeRequest(c, url);
  return r.outcome === 'routed'
    ? `${r.backend?.service}:${r.backend?.port}`
    : `${r.outcome} ${r.status ?? ''}`.trim();
};

describe('§5.3 path matching', () => {
  const rows: [string, 'Prefix' | 'Exact', string, boolean][] = [
    ['/', 'Prefix', '/anything/at/all', true],
    ['/foo', 'Prefix', '/foo', true],
    ['/foo', 'Prefix', '/foo/', true],
    ['/foo', 'Prefix', '/foo/bar', true],
    ['/foo', 'Prefix', '/foobar', false],
    ['/foo/', 'Prefix', '/foo', true],
    ['/foo/bar', 'Prefix', '/foo/bar/baz', true],
    ['/foo/bar', 'Prefix', '/foo/barbaz', false],
    ['/Foo', 'Prefix', '/foo', false],
    ['/foo', 'Exact', '/foo', true],
    ['/foo', 'Exact', '/foo/', false],
    ['/foo/', 'Exact', '/foo', false],
  ];
  it.each(rows)('§5.3 %s (%s) vs %s → %s', (rule, type, req, want) => {
    expect(pathMatches(rule, type, req)).toBe(want);
  });
});

const SITE = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: site, namespace: shop}
spec:
  ingressClassName: nginx
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /,        pathType: Prefix, backend: {service: {name: front, port: {number: 80}}}}
      - {path: /api,     pathType: Prefix, backend: {service: {name: api,   port: {name: http}}}}
      - {path: /api/v2,  pathType: Prefix, backend: {service: {name: api2,  port: {number: 8080}}}}
      - {path: /health,  pathType: Exact,  backend: {service: {name: probe, port: {number: 80}}}}
      - {path: /health,  pathType: Prefix, backend: {service: {name: front, port: {number: 80}}}}
`;

describe('§5.4 precedence (the table)', () => {
  const c = clusterOf(SITE);
  it.each([
    ['http://shop.example.com/api/v2/orders', 'api2:8080'],
    ['http://shop.example.com/api/v20', 'api:http'],
    ['http://shop.example.com/apis', 'front:80'],
    ['http://shop.example.com/health', 'probe:80'],
    ['http://shop.example.com/health/deep', 'front:80'],
    ['http://other.example.com/api', 'unreachable 404'],
  ])('§5.4 %s → %s', (url, want) => {
    expect(target(c, url)).toBe(want);
  });

  it('§5.4 the route names the Ingress, the path line and the Service port', () => {
    const r = routeRequest(c, 'http://Shop.Example.com:80/api/v2/orders?x=1');
    expect(r.request).toEqual({
      scheme: 'http',
      host: 'shop.example.com',
      port: 80,
      path: '/api/v2/orders',
    });
    expect(r.ingress).toBe('shop/site');
    expect(r.match).toEqual({
      kind: 'path',
      host: 'shop.example.com',
      path: '/api/v2',
      pathType: 'Prefix',
      source: { file: 'test.yaml', line: 13 },
    });
    expect(r.backend?.servicePort).toEqual({ name: 'web', port: 8080 });
  });

  it('§5.4 equal length: Exact beats Prefix even when Prefix comes first', () => {
    const c2 = clusterOf(
      SITE.replace(/( +- \{path: \/health, {2}pathType: Exact.*\n)(.*\n)/, '$2$1'),
    );
    expect(target(c2, 'http://shop.example.com/health')).toBe('probe:80');
  });

  it('§5.4 IMPL same host+path+type in two Ingresses: the first in input order wins', () => {
    const two = (name: string, backend: string) => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ${name}, namespace: shop}
spec:
  rules:
  - host: a.example.com
    http: {paths: [{path: /x, pathType: Prefix, backend: {service: {name: ${backend}, port: {number: 80}}}}]}
---`;
    expect(target(clusterOf(two('zz', 'app') + two('aa', 'front')), 'http://a.example.com/x')).toBe(
      'app:80',
    );
  });
});

describe('§5.5 default backend (the table)', () => {
  const c = clusterOf(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: d, namespace: shop}
spec:
  defaultBackend: {service: {name: fallback, port: {number: 80}}}
  rules:
  - host: a.example.com
    http: {paths: [{path: /app, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}]}
  - http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: catchall, port: {number: 80}}}}]}
`);
  it.each([
    ['http://a.example.com/app/x', 'app:80'],
    ['http://a.example.com/other', 'fallback:80'],
    ['http://b.example.com/other', 'catchall:80'],
  ])('§5.5 %s → %s', (url, want) => {
    expect(target(c, url)).toBe(want);
  });

  it('§5.5 a rules-less Ingress with defaultBackend catches unknown hosts', () => {
    const c2 = clusterOf(
      SITE +
        '---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: all, namespace: shop}\nspec:\n  defaultBackend: {service: {name: catchall, port: {number: 80}}}\n',
    );
    expect(target(c2, 'http://other.example.com/x')).toBe('catchall:80');
    expect(routeRequest(c2, 'http://other.example.com/x').match?.kind).toBe('default-backend');
    // a known host whose paths do not match is NOT handed to the catch-all
    expect(target(c2, 'http://shop.example.com/')).toBe('front:80');
  });

  it('§5.1 an Ingress no controller serves does not route, and the 404 says why', () => {
    const cls =
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: other}\nspec: {controller: example.com/other}\n---';
    const r = routeRequest(clusterOf(cls + SITE), 'http://shop.example.com/api');
    expect([r.outcome, r.status, r.notes]).toEqual([
      'unreachable',
      404,
      [
        'Ingress shop/site has a rule for shop.example.com but no controller serves it (class nginx)',
      ],
    ]);
  });

  it('§5.5 no default anywhere: controller 404 → unreachable', () => {
    const r = routeRequest(clusterOf(SITE), 'http://nowhere.example.com/');
    expect([r.outcome, r.status, r.reason]).toEqual([
      'unreachable',
      404,
      "no ingress rule matches host nowhere.example.com; the controller's default backend returns 404",
    ]);
  });
});

describe('§5.2 host selection', () => {
  const c = clusterOf(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: h, namespace: shop}
spec:
  rules:
  - host: "*.example.com"
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: app, port: {number: 80}}}}]}
  - host: exact.example.com
    http: {paths: [{path: /only, pathType: Exact, backend: {service: {name: front, port: {number: 80}}}}]}
  - http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: catchall, port: {number: 80}}}}]}
`);
  it('§5.2 a wildcard matches exactly one extra label', () => {
    expect(target(c, 'http://bar.example.com/')).toBe('app:80');
    expect(target(c, 'http://baz.bar.example.com/')).toBe('catchall:80');
    expect(target(c, 'http://example.com/')).toBe('catchall:80');
    expect(routeRequest(c, 'http://bar.example.com/').hostMatch).toBe('wildcard');
  });
  it('§5.2 host selection is exclusive: a precise host never falls back to wildcard or host-less paths', () => {
    expect(target(c, 'http://exact.example.com/only')).toBe('front:80');
    expect(target(c, 'http://exact.example.com/else')).toBe('unreachable 404');
  });
});

describe('§5.6 backends and §5.7 TLS', () => {
  const c = clusterOf(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: b, namespace: shop}
spec:
  tls: [{hosts: [a.example.com], secretName: cert}]
  rules:
  - host: a.example.com
    http:
      paths:
      - {path: /gone, pathType: Prefix, backend: {service: {name: gone, port: {number: 80}}}}
      - {path: /port, pathType: Prefix, backend: {service: {name: front, port: {number: 8080}}}}
      - {path: /bucket, pathType: Prefix, backend: {resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: assets}}}
      - {path: /, pathType: Prefix, backend: {service: {name: front, port: {number: 80}}}}
`);
  it('§5.6 missing Service or port → 503 unreachable; resource backend → not modelled', () => {
    expect(target(c, 'https://a.example.com/gone')).toBe('unreachable 503');
    expect(target(c, 'https://a.example.com/port')).toBe('unreachable 503');
    const r = routeRequest(c, 'https://a.example.com/bucket');
    expect([
      r.outcome,
      r.reason.endsWith('resource backend (StorageBucket assets), not modelled'),
    ]).toEqual(['unreachable', true]);
  });
  it('§5.7 https on 443 terminates TLS; plain http to a TLS host gets a 308 note', () => {
    expect(routeRequest(c, 'https://a.example.com/').notes).toEqual([
      'TLS terminated at the controller with the certificate of Ingress shop/b',
    ]);
    expect(routeRequest(c, 'http://a.example.com/').notes[0]).toContain('308 redirect');
  });
  it('§5.7 ssl-redirect "false" keeps plain HTTP', () => {
    const c2 = clusterOf(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: b, namespace: shop, annotations: {nginx.ingress.kubernetes.io/ssl-redirect: "false"}}
spec:
  tls: [{hosts: [a.example.com]}]
  rules: [{host: a.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: front, port: {number: 80}}}}]}}]
`);
    expect(routeRequest(c2, 'http://a.example.com/').notes).toEqual([
      'a.example.com has TLS but ssl-redirect is "false": plain HTTP is served',
    ]);
  });
  it('a request that is not an http(s) URL gives an error, not a throw', () => {
    expect(routeRequest(c, 'ftp://x/').error).toBe('not an http(s) URL: "ftp://x/"');
  });
});
