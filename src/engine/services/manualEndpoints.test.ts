import { describe, expect, it } from 'vitest';
import { computeEndpoints } from './endpoints';
import { makePod, servicesFromYaml } from './testSupport';
import { manifestsFromYaml } from '../testing/manifests';
import type { Diagnostic } from '../model/diagnostic';
import type { Pod, Service } from '../model/cluster';

function run(yaml: string, pods: Pod[] = []) {
  const { services } = servicesFromYaml(yaml);
  const diags: Diagnostic[] = [];
  computeEndpoints(services, pods, manifestsFromYaml(yaml), diags);
  const get = (ref: string) => services.find((s) => `${s.namespace}/${s.name}` === ref)!;
  return { get, diags };
}
const lineWith = (yaml: string, text: string) =>
  yaml.split('\n').findIndex((l) => l.includes(text)) + 1;
const summary = (s: Service) =>
  s.endpoints.map(
    (e) =>
      `${e.ip} ${e.ready ? 'ready' : 'not-ready'} ${e.ports.map((p) => `${p.name}=${p.port}`).join(',')}`,
  );

const legacy = (slicePortName: string) => `apiVersion: v1
kind: Service
metadata: {name: legacy, namespace: shop}
spec:
  ports: [{name: http, port: 80, targetPort: 9376}]
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: legacy-1
  namespace: shop
  labels: {kubernetes.io/service-name: legacy}
addressType: IPv4
ports: [{name: ${slicePortName}, port: 9376, protocol: TCP}]
endpoints: [{addresses: ["192.0.2.42"]}]
`;

describe('§3.7 Services without a selector', () => {
  it('§3.7 a slice port named differently gives the Service port no backend (warning)', () => {
    const yaml = legacy('web');
    const { get, diags } = run(yaml);
    expect(summary(get('shop/legacy'))).toEqual(['192.0.2.42 ready ']);
    expect(diags.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['ENDPOINT_PORT_UNPAIRED', 'warning', lineWith(yaml, 'ports: [{name: web')],
    ]);
  });

  it('§3.7 with the same name, legacy:80 goes to 192.0.2.42:9376', () => {
    const yaml = legacy('http');
    const { get, diags } = run(yaml);
    expect(summary(get('shop/legacy'))).toEqual(['192.0.2.42 ready http=9376']);
    expect(get('shop/legacy').endpoints[0].source).toEqual({
      file: 'test.yaml',
      line: lineWith(yaml, 'endpoints:'),
    });
    expect(diags).toEqual([]);
  });

  it('§3.7 conditions.ready unset counts as ready, false as not ready', () => {
    const yaml = legacy('http').replace(
      'endpoints: [{addresses: ["192.0.2.42"]}]',
      'endpoints:\n- addresses: ["192.0.2.42"]\n- addresses: ["192.0.2.43"]\n  conditions: {ready: false}\n  nodeName: node-2',
    );
    const { get } = run(yaml);
    expect(summary(get('shop/legacy'))).toEqual([
      '192.0.2.42 ready http=9376',
      '192.0.2.43 not-ready http=9376',
    ]);
    expect(get('shop/legacy').endpoints[1].node).toBe('node-2');
  });

  it('§3.7 a slice with a loopback or link-local address is rejected whole', () => {
    const yaml = legacy('http').replace(
      '["192.0.2.42"]',
      '["192.0.2.42"]}, {addresses: ["127.0.0.1"]',
    );
    const { get, diags } = run(yaml);
    expect(get('shop/legacy').endpoints).toEqual([]);
    expect(diags.map((d) => [d.code, d.severity])).toEqual([
      ['ENDPOINT_ADDRESS_INVALID', 'error'],
      ['SERVICE_NO_ENDPOINT_SOURCE', 'info'],
    ]);
  });

  it("§3.7 an address that is another Service's ClusterIP is a warning", () => {
    const yaml = legacy('http').replace('192.0.2.42', '10.96.0.10');
    const { get, diags } = run(yaml);
    expect(get('shop/legacy').endpoints.map((e) => e.ip)).toEqual(['10.96.0.10']);
    expect(diags.map((d) => [d.code, d.line])).toEqual([
      ['ENDPOINT_ADDRESS_IS_CLUSTER_IP', lineWith(yaml, 'endpoints:')],
    ]);
    expect(diags[0].message).toContain('kube-system/kube-dns');
  });

  it('§3.7 a legacy Endpoints object is mirrored: addresses ready, notReadyAddresses not', () => {
    const yaml = `kind: Service
metadata: {name: db, namespace: shop}
spec:
  ports: [{name: pg, port: 5432}]
---
kind: Endpoints
metadata: {name: db, namespace: shop}
subsets:
- addresses: [{ip: 192.0.2.10, hostname: primary}]
  notReadyAddresses: [{ip: 192.0.2.11}]
  ports: [{name: pg, port: 5433}]
`;
    const { get, diags } = run(yaml);
    expect(summary(get('shop/db'))).toEqual([
      '192.0.2.10 ready pg=5433',
      '192.0.2.11 not-ready pg=5433',
    ]);
    expect(get('shop/db').endpoints.map((e) => [e.hostname, e.source?.line])).toEqual([
      ['primary', 9],
      [undefined, 10],
    ]);
    expect(diags).toEqual([]);
  });

  it('§3.7 Endpoints for a Service with a selector are not used; slices are merged', () => {
    const yaml = `kind: Service
metadata: {name: web, namespace: shop}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
kind: Endpoints
metadata: {name: web, namespace: shop}
subsets: [{addresses: [{ip: 192.0.2.1}], ports: [{port: 80}]}]
---
kind: EndpointSlice
metadata: {name: web-extra, namespace: shop, labels: {kubernetes.io/service-name: web}}
addressType: IPv4
ports: [{port: 8080}]
endpoints: [{addresses: [192.0.2.2], targetRef: {kind: Pod, name: a}}]
`;
    const { get, diags } = run(yaml, [makePod('shop/a', { app: 'web' })]);
    expect(get('shop/web').endpoints.map((e) => `${e.pod ?? '-'} ${e.ip}`)).toEqual([
      'shop/a 10.244.0.2',
      'shop/a 192.0.2.2',
    ]);
    expect(diags.map((d) => [d.code, d.line])).toEqual([['ENDPOINT_SLICE_UNUSED', 5]]);
  });

  it('§3.7 a selectorless Service with nothing behind it gets an info note', () => {
    const { get, diags } = run(`kind: Service
metadata: {name: lonely}
spec: {ports: [{port: 80}]}
`);
    expect(get('default/lonely').endpoints).toEqual([]);
    expect(diags.map((d) => [d.code, d.severity])).toEqual([
      ['SERVICE_NO_ENDPOINT_SOURCE', 'info'],
    ]);
  });
});

describe('§1.3 StatefulSet serviceName', () => {
  const sts = (serviceName: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  serviceName: ${serviceName}
  selector: {matchLabels: {app: db}}
  template: {metadata: {labels: {app: db}}}
`;
  it('§1.3 a serviceName naming no Service, or a non-headless one, is a warning on that line', () => {
    const missing = run(sts('nope')).diags;
    expect(missing.map((d) => [d.code, d.line])).toEqual([['STATEFULSET_SERVICE_MISSING', 5]]);
    const plain = `${sts('db')}---\nkind: Service\nmetadata: {name: db, namespace: shop}\nspec: {selector: {app: db}, ports: [{port: 5432}]}\n`;
    const notHeadless = run(plain).diags.filter((d) => d.code.startsWith('STATEFULSET'));
    expect(notHeadless.map((d) => [d.code, d.line])).toEqual([
      ['STATEFULSET_SERVICE_NOT_HEADLESS', 5],
    ]);
    const headless = plain.replace('spec: {selector', 'spec: {clusterIP: None, selector');
    expect(run(headless).diags.filter((d) => d.code.startsWith('STATEFULSET'))).toEqual([]);
  });
});
