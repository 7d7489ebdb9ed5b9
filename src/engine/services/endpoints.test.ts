import { describe, expect, it } from 'vitest';
import { computeEndpoints, FALLBACK_API_SERVER_IP } from './endpoints';
import { makePod, servicesFromYaml } from './testSupport';
import { manifestsFromYaml } from '../testing/manifests';
import type { Diagnostic } from '../model/diagnostic';
import type { Node, Pod, Service, Workload } from '../model/cluster';

function run(yaml: string, pods: Pod[], workloads: Workload[] = [], nodes: Node[] = []) {
  const { services, diags } = servicesFromYaml(yaml);
  const manifests = manifestsFromYaml(yaml);
  const out: Diagnostic[] = [];
  computeEndpoints(services, pods, manifests, out, workloads, nodes);
  const get = (ref: string) => services.find((s) => `${s.namespace}/${s.name}` === ref)!;
  return { services, get, diags: [...diags, ...out], endpointDiags: out };
}

const summary = (s: Service) =>
  s.endpoints.map(
    (e) =>
      `${e.pod ?? '-'} ${e.ip} ${e.ports.map((p) => `${p.name}=${p.port}/${p.protocol}`).join(',')}`,
  );

const WEB = `kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{name: main, port: 80, targetPort: http}]
`;

describe('§3.9 endpoints of Services with a selector', () => {
  it('§3.8 a named targetPort resolves per pod (8080 on v1, 9090 on v2)', () => {
    const { get, endpointDiags } = run(WEB, [
      makePod(
        'shop/v1',
        { app: 'web', v: '1' },
        { ip: '10.244.0.5', ports: [{ name: 'http', containerPort: 8080 }] },
      ),
      makePod(
        'shop/v2',
        { app: 'web', v: '2' },
        { ip: '10.244.1.7', ports: [{ name: 'http', containerPort: 9090 }] },
      ),
    ]);
    expect(summary(get('shop/web'))).toEqual([
      'shop/v1 10.244.0.5 main=8080/TCP',
      'shop/v2 10.244.1.7 main=9090/TCP',
    ]);
    expect(endpointDiags).toEqual([]);
  });

  it('§3.9 only same-namespace pods with an IP whose labels match are endpoints', () => {
    const { get } = run(WEB, [
      makePod(
        'shop/a',
        { app: 'web' },
        { ip: '10.244.0.2', ports: [{ name: 'http', containerPort: 80 }] },
      ),
      makePod(
        'other/b',
        { app: 'web' },
        { ip: '10.244.0.3', ports: [{ name: 'http', containerPort: 80 }] },
      ),
      makePod(
        'shop/c',
        { app: 'web' },
        { ip: undefined, phase: 'Pending', ports: [{ name: 'http', containerPort: 80 }] },
      ),
      makePod(
        'shop/d',
        { app: 'api' },
        { ip: '10.244.0.4', ports: [{ name: 'http', containerPort: 80 }] },
      ),
    ]);
    expect(get('shop/web').endpoints.map((e) => e.pod)).toEqual(['shop/a']);
  });

  it('§3.8 a named port with another protocol does not resolve: no port, warning', () => {
    const yaml = `kind: Service
metadata: {name: dns, namespace: shop}
spec:
  selector: {app: dns}
  ports:
  - {name: dns, port: 53, protocol: UDP, targetPort: dns}
`;
    const { get, endpointDiags } = run(yaml, [
      makePod(
        'shop/d',
        { app: 'dns' },
        { ports: [{ name: 'dns', containerPort: 5353, protocol: 'TCP' }] },
      ),
    ]);
    expect(summary(get('shop/dns'))).toEqual(['shop/d 10.244.0.2 ']);
    expect(endpointDiags.map((d) => [d.code, d.line])).toEqual([
      ['SERVICE_TARGET_PORT_UNRESOLVED', 6],
    ]);
    expect(endpointDiags[0].message).toContain('resolves on none of the 1 selected pods');
    expect(endpointDiags[0].message).toContain('as TCP, not UDP');
  });

  it('§3.8 a named targetPort missing on some pods is a warning naming them', () => {
    const { endpointDiags } = run(WEB, [
      makePod('shop/a', { app: 'web' }, { ports: [{ name: 'http', containerPort: 80 }] }),
      makePod('shop/b', { app: 'web' }, { ip: '10.244.0.9' }),
    ]);
    expect(endpointDiags.map((d) => [d.code, d.line])).toEqual([
      ['SERVICE_TARGET_PORT_UNRESOLVED', 5],
    ]);
    expect(endpointDiags[0].message).toContain(
      'resolves on 1 of the 2 selected pods (missing on shop/b)',
    );
  });

  it('§3.8 regular containers are searched before restartable init containers', () => {
    const { get } = run(WEB, [
      makePod(
        'shop/a',
        { app: 'web' },
        {
          ports: [
            { name: 'http', containerPort: 9000, container: 'proxy', sidecar: true },
            { name: 'http', containerPort: 8080, container: 'app' },
          ],
        },
      ),
      makePod(
        'shop/b',
        { app: 'web' },
        {
          ip: '10.244.0.3',
          ports: [{ name: 'http', containerPort: 9000, container: 'proxy', sidecar: true }],
        },
      ),
    ]);
    expect(summary(get('shop/web'))).toEqual([
      'shop/a 10.244.0.2 main=8080/TCP',
      'shop/b 10.244.0.3 main=9000/TCP',
    ]);
  });

  it('§3.9 endpoint hostname only when spec.hostname is set and subdomain is the Service name', () => {
    const yaml = `kind: Service
metadata: {name: db, namespace: shop}
spec: {clusterIP: None, selector: {app: db}}
`;
    const { get } = run(yaml, [
      makePod(
        'shop/db-0',
        { app: 'db' },
        { specHostname: 'db-0', subdomain: 'db', node: 'node-2' },
      ),
      makePod(
        'shop/db-x',
        { app: 'db' },
        { ip: '10.244.0.3', specHostname: 'x', subdomain: 'other' },
      ),
      makePod('shop/db-y', { app: 'db' }, { ip: '10.244.0.4', subdomain: 'db' }),
    ]);
    expect(get('shop/db').endpoints.map((e) => [e.pod, e.hostname, e.node, e.ports])).toEqual([
      ['shop/db-0', 'db-0', 'node-2', []],
      ['shop/db-x', undefined, 'node-1', []],
      ['shop/db-y', undefined, 'node-1', []],
    ]);
  });

  it('§3.9 ready follows the pod, or is forced by publishNotReadyAddresses', () => {
    const pods = [
      makePod(
        'shop/a',
        { app: 'web' },
        { ready: false, ports: [{ name: 'http', containerPort: 80 }] },
      ),
    ];
    expect(run(WEB, pods).get('shop/web').endpoints[0].ready).toBe(false);
    const published = WEB.replace('spec:\n', 'spec:\n  publishNotReadyAddresses: true\n');
    expect(run(published, pods).get('shop/web').endpoints[0].ready).toBe(true);
  });

  it('§1.8 an empty selector selects nothing; ExternalName gets no endpoints', () => {
    const yaml = `kind: Service
metadata: {name: empty, namespace: shop}
spec: {selector: {}, ports: [{port: 80}]}
---
kind: Service
metadata: {name: ext, namespace: shop}
spec: {type: ExternalName, externalName: db.example.net, selector: {app: web}}
`;
    const { get } = run(yaml, [makePod('shop/a', { app: 'web' })]);
    expect([
      get('shop/empty').selector,
      get('shop/empty').endpoints,
      get('shop/ext').endpoints,
    ]).toEqual([null, [], []]);
  });

  it('§1.4 selector matching no pod warns, and names the Deployment whose own labels it copies', () => {
    const yaml = `apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {tier: backend}
  ports: [{port: 80, targetPort: http}]
`;
    const deployment: Workload = {
      kind: 'Deployment',
      namespace: 'shop',
      name: 'api',
      labels: { tier: 'backend' },
      templateLabels: { app: 'api', version: 'v1' },
      replicas: 2,
      pods: ['shop/api-0', 'shop/api-1'],
      source: { file: 'test.yaml', line: 1 },
    };
    const pods = [0, 1].map((i) =>
      makePod(
        `shop/api-${i}`,
        { app: 'api', version: 'v1', 'pod-template-hash': 'h' },
        { ip: `10.244.0.${i + 2}` },
      ),
    );
    const { get, endpointDiags } = run(yaml, pods, [deployment]);
    expect(get('shop/api').endpoints).toEqual([]);
    expect(endpointDiags.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['SERVICE_SELECTOR_MATCHES_NOTHING', 'warning', 5],
    ]);
    expect(endpointDiags[0].message).toContain(
      "matches the Deployment api's metadata labels instead",
    );
  });

  it('§2 default/kubernetes points at the API server; kube-dns selects the CoreDNS pods', () => {
    const node = (name: string, ip: string, labels = {}): Node => ({
      name,
      ip,
      podCIDR: '10.244.0.0/24',
      labels,
      taints: [],
      unschedulable: false,
      synthetic: false,
    });
    const coredns = makePod(
      'kube-system/coredns-0',
      { 'k8s-app': 'kube-dns' },
      {
        ip: '10.244.0.9',
        ports: [
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
          { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
          { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
        ],
      },
    );
    const nodes = [
      node('node-1', '172.18.0.3'),
      node('cp-1', '172.18.0.2', { 'node-role.kubernetes.io/control-plane': '' }),
    ];
    const { get, endpointDiags } = run('', [coredns], [], nodes);
    expect(summary(get('default/kubernetes'))).toEqual(['- 172.18.0.2 https=6443/TCP']);
    expect(get('default/kubernetes').endpoints[0].node).toBe('cp-1');
    expect(summary(get('kube-system/kube-dns'))).toEqual([
      'kube-system/coredns-0 10.244.0.9 dns=53/UDP,dns-tcp=53/TCP,metrics=9153/TCP',
    ]);
    expect(endpointDiags).toEqual([]);
    expect(run('', []).get('default/kubernetes').endpoints[0].ip).toBe(FALLBACK_API_SERVER_IP);
  });
});
