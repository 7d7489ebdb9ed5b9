// End to end through the real stages (buildCluster): the SEMANTICS.md examples as users write them.
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../analyze';
import { DEFAULT_SETTINGS } from '../model/settings';
import { manifestsFromYaml } from '../testing/manifests';
import { traceConnection } from './trace';

const cluster = (yaml: string) => buildCluster(manifestsFromYaml(yaml), DEFAULT_SETTINGS);
const nodeIp = (c: ReturnType<typeof cluster>, name: string) =>
  c.nodes.find((n) => n.name === name)?.ip ?? '?';

const pod = (name: string, labels: string, extra = '') => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: shop, labels: {${labels}}}
spec:${extra}
  containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]
---`;

const API = `${pod('api-0', 'app: api', '\n  nodeName: node-2')}
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {app: api}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {nodeName: node-1, containers: [{name: c, image: x}]}
---`;

const ALLOW_DNS = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-dns, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
      podSelector: {matchLabels: {k8s-app: kube-dns}}
    ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
---`;

const WEB_TO_API = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-to-api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: api}}}]
    ports: [{port: 80}]
---`;

describe('through the real pipeline', () => {
  it('§6.9 DNAT: web → api.shop:80 is denied at egress; the policy names port 80, backends listen on 8080', () => {
    const r = traceConnection(cluster(API + ALLOW_DNS + WEB_TO_API), {
      from: 'shop/web',
      to: 'api.shop',
      port: 80,
    });
    expect(r.verdict).toBe('denied');
    expect(r.endpoints.map((e) => [e.pod, e.port, e.deniedBy])).toEqual([
      [
        'shop/api-0',
        8080,
        { direction: 'egress', namespace: 'shop', policies: ['allow-dns', 'web-to-api'] },
      ],
    ]);
    expect(r.hops.map((h) => `${h.kind}:${h.verdict}`)).toEqual([
      'source:info',
      'dns:allowed',
      'dns:allowed',
      'service:info',
      'snat:info',
      'egress:denied',
    ]);
  });

  it('§6.10 the DNS pitfall: egress isolated to api only → denied at the DNS hop', () => {
    const r = traceConnection(cluster(API + WEB_TO_API), { from: 'shop/web', to: 'api', port: 80 });
    expect([r.verdict, r.hops.map((h) => `${h.kind}:${h.verdict}`)]).toEqual([
      'denied',
      ['source:info', 'dns:denied'],
    ]);
    expect(r.hops[1].source?.line).toBe(21); // the isolating web-to-api policy
  });

  it('§3.10 internalTrafficPolicy Local: the node-1 client finds no endpoint; a node-2 client does', () => {
    const y = `${pod('cache-0', 'app: cache', '\n  nodeName: node-2')}${pod('tool', 'app: tool', '\n  nodeName: node-2')}
apiVersion: v1
kind: Service
metadata: {name: cache, namespace: shop}
spec:
  selector: {app: cache}
  internalTrafficPolicy: Local
  ports: [{port: 6379}]
---${API}`;
    const c = cluster(y);
    expect(traceConnection(c, { from: 'shop/web', to: 'cache', port: 6379 }).summary).toContain(
      'internalTrafficPolicy Local and no endpoint on node-1',
    );
    expect(
      traceConnection(c, { from: 'shop/tool', to: 'cache', port: 6379 }).endpoints.map(
        (e) => e.pod,
      ),
    ).toEqual(['shop/cache-0']);
  });

  it('§7.1 NodePort with Cluster: node-1 is SNAT-ed and needs an ipBlock; node-2 is the own node', () => {
    const y = `${API}
apiVersion: v1
kind: Service
metadata: {name: web-np, namespace: shop}
spec:
  type: NodePort
  selector: {app: api}
  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress: [{from: [{ipBlock: {cidr: 203.0.113.0/24}}]}]
`;
    const c = cluster(y);
    expect(
      traceConnection(c, { from: 'external', to: `${nodeIp(c, 'node-1')}:30080` }).verdict,
    ).toBe('denied');
    expect(
      traceConnection(c, { from: 'external', to: `${nodeIp(c, 'node-2')}:30080` }).verdict,
    ).toBe('allowed');
    const local = cluster(
      y.replace('type: NodePort', 'type: NodePort\n  externalTrafficPolicy: Local'),
    );
    expect(
      traceConnection(local, { from: 'external', to: `${nodeIp(local, 'node-1')}:30080` }).verdict,
    ).toBe('unreachable');
    expect(
      traceConnection(local, { from: 'external', to: `${nodeIp(local, 'node-2')}:30080` }).verdict,
    ).toBe('allowed');
  });

  it('§3.5 external → LB: a client outside loadBalancerSourceRanges is denied at the load balancer', () => {
    const y = `${API}
apiVersion: v1
kind: Service
metadata: {name: api-lb, namespace: shop}
spec:
  type: LoadBalancer
  selector: {app: api}
  loadBalancerSourceRanges: [10.0.0.0/8]
  ports: [{port: 80, targetPort: 8080}]
status: {loadBalancer: {ingress: [{ip: 198.51.100.7}]}}
`;
    const c = cluster(y);
    const r = traceConnection(c, { from: 'external', to: '198.51.100.7:80' });
    expect([r.verdict, r.hops.at(-1)?.kind]).toEqual(['denied', 'load-balancer']);
    expect(traceConnection(c, { from: 'external:10.1.2.3', to: '198.51.100.7:80' }).verdict).toBe(
      'allowed',
    );
  });
});

const CONTROLLER = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}}
  template:
    metadata: {labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}}
    spec:
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.11.0
        ports: [{name: http, containerPort: 80}, {name: https, containerPort: 443}]
---
apiVersion: v1
kind: Service
metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
spec:
  type: LoadBalancer
  selector: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
  ports: [{name: http, port: 80, targetPort: http}, {name: https, port: 443, targetPort: https}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: site, namespace: shop}
spec:
  rules:
  - host: shop.example.com
    http: {paths: [{path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}]}
---`;

const API_FROM = (peer: string) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-ingress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [${peer}]
    ports: [{port: 8080}]
`;

describe('§7.3 through the real pipeline', () => {
  it('§7.3 admitting the ingress-nginx namespace allows https://shop.example.com/api', () => {
    const c = cluster(
      API +
        CONTROLLER +
        API_FROM(
          '{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}',
        ),
    );
    const r = traceConnection(c, { from: 'external', to: 'https://shop.example.com/api' });
    expect([r.verdict, r.endpoints.map((e) => `${e.pod}:${e.port}`)]).toEqual([
      'allowed',
      ['shop/api-0:8080'],
    ]);
    expect(r.hops.find((h) => h.kind === 'ingress-routing')?.source?.line).toBe(48);
  });

  it('§7.3 a rule admitting only the external client IP does not allow it', () => {
    const c = cluster(API + CONTROLLER + API_FROM('{ipBlock: {cidr: 203.0.113.10/32}}'));
    expect(
      traceConnection(c, { from: 'external', to: 'https://shop.example.com/api' }).verdict,
    ).toBe('denied');
  });

  it('§7.3 no controller in the manifests: the assumed one in ingress-nginx is admitted by the namespace rule', () => {
    const y = API + CONTROLLER.slice(CONTROLLER.indexOf('apiVersion: networking.k8s.io/v1'));
    const c = cluster(
      y +
        API_FROM(
          '{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}',
        ),
    );
    const r = traceConnection(c, { from: 'external', to: 'https://shop.example.com/api' });
    expect(r.verdict).toBe('allowed');
    expect(r.notes?.[0]).toContain('ASSUMED an ingress-nginx controller');
  });
});
