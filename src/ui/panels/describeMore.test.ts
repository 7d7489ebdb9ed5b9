// Inspector descriptions of an Ingress and a Node, from manifests the real engine analysed, and
// a pod's policies in words through describeElement.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/index';
import { describeElement } from './describe';

const YAML = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  annotations: { ingressclass.kubernetes.io/is-default-class: "true" }
spec: { controller: k8s.io/ingress-nginx }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: site, namespace: shop }
spec:
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  defaultBackend: { service: { name: web, port: { number: 80 } } }
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /api, pathType: Prefix, backend: { service: { name: api, port: { name: http } } } }
          - { path: /, pathType: Exact, backend: { service: { name: web, port: { number: 80 } } } }
---
apiVersion: v1
kind: Node
metadata: { name: worker-1, labels: { zone: a } }
spec:
  podCIDR: 10.244.7.0/24
  taints: [{ key: gpu, value: "yes", effect: NoSchedule }]
status: { addresses: [{ type: InternalIP, address: 192.168.5.10 }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop, labels: { app: web } }
spec: { nodeName: worker-1, containers: [{ name: c, image: x }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web-in, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  ingress: [{ from: [{ podSelector: { matchLabels: { app: api } } }], ports: [{ port: 8080 }] }]
`;

const cluster = analyze({ files: [{ name: 'all.yaml', text: YAML }] }).cluster;
const rows = (id: string) => Object.fromEntries(describeElement(cluster, id)!.rows);

describe('describeElement for Ingresses, Nodes and policies', () => {
  it('lists an Ingress route by route with its class, controller and TLS hosts', () => {
    const r = rows('ing:shop/site');
    expect(r.Class).toBe('nginx');
    expect(r.Controller).toBe('k8s.io/ingress-nginx (class nginx)');
    expect(r.Routes).toBe(
      'shop.example.com/api (Prefix) → Service api:http\nshop.example.com/ (Exact) → Service web:80',
    );
    expect(r['Default backend']).toBe('Service web:80');
    expect(r['TLS hosts']).toBe('shop.example.com [shop-tls]');
    expect(describeElement(cluster, 'ing:shop/nope')).toBeNull();
  });

  it('gives a Node its addresses, pod CIDR, taints and pods', () => {
    const d = describeElement(cluster, 'node:worker-1')!;
    expect(d.kind).toBe('Node');
    const r = Object.fromEntries(d.rows);
    expect(r['Internal IP']).toBe('192.168.5.10');
    expect(r['Pod CIDR']).toBe('10.244.7.0/24');
    expect(r.Taints).toBe('gpu=yes:NoSchedule');
    expect(r['Pods (1)']).toMatch(/^shop\/web 10\.244\.7\.\d+$/);
  });

  it("says in words what a pod's policies allow, each line with its manifest line", () => {
    const d = describeElement(cluster, 'pod:shop/web')!;
    expect(d.policy!.map((l) => l.text)).toEqual([
      'ingress from pods app=api in namespace shop on TCP 8080',
      'egress: not isolated, every connection allowed',
    ]);
    expect(d.policy![0].source).toMatchObject({ file: 'all.yaml' });
  });
});
