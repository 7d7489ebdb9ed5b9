// Test support for the verdict tests: pod/external ends, a verdict shorthand, a small shop
// cluster and a NetworkPolicy YAML builder. Used only by verdict*.test.ts.
import type { Cluster, Protocol } from '../model/cluster';
import type { PolicyEndpoint } from '../model/policy';
import type { TestPod } from './testCluster';
import { evaluateConnection } from './verdict';

export const pod = (c: Cluster, ref: string): PolicyEndpoint => ({
  kind: 'pod',
  pod: ref,
  ip: c.pods.find((p) => p.ref === ref)!.ip!,
});
export const ext = (ip: string): PolicyEndpoint => ({ kind: 'external', ip });
export const verdict = (
  c: Cluster,
  from: string | PolicyEndpoint,
  to: string | PolicyEndpoint,
  port: number,
  proto: Protocol = 'TCP',
) =>
  evaluateConnection(
    c,
    typeof from === 'string' ? pod(c, from) : from,
    typeof to === 'string' ? pod(c, to) : to,
    port,
    proto,
  );
export const allowed = (
  c: Cluster,
  from: string | PolicyEndpoint,
  to: string | PolicyEndpoint,
  port: number,
  proto: Protocol = 'TCP',
) => verdict(c, from, to, port, proto).allowed;

export const SHOP: TestPod[] = [
  { ref: 'shop/front', labels: { app: 'front' }, ip: '10.244.0.2', ports: [['http', 80]] },
  {
    ref: 'shop/api',
    labels: { app: 'api' },
    ip: '10.244.0.3',
    node: 'node-1',
    ports: [['http', 8080]],
  },
  {
    ref: 'shop/db',
    labels: { app: 'db' },
    ip: '10.244.1.4',
    node: 'node-2',
    ports: [['pg', 5432]],
  },
  { ref: 'other/front', labels: { app: 'front' }, ip: '10.244.1.5', node: 'node-2' },
];

export const policy = (name: string, spec: string, ns = 'shop') =>
  `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n${spec
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;
