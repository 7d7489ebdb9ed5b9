import { it } from 'vitest';
import { computeMatrix } from './matrix';
import { referenceMatrix } from './referenceMatrix';
import { testCluster, type TestPod } from './testCluster';

const policy = (name: string, ns: string, spec: object) => JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec });
function big(nPods: number, nPol: number, nNs: number) {
  let seed = 1;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const pods: TestPod[] = Array.from({ length: nPods }, (_, i) => ({ ref: `ns${i % nNs}/p${i}`, labels: { app: `a${rnd(20)}`, tier: `t${rnd(3)}`, 'statefulset.kubernetes.io/pod-name': `p${i}` }, ip: `10.${Math.floor(i / 250) % 256}.${i % 250}.${2 + (i % 200)}`, node: `node-${1 + (i % 3)}`, ports: [['http', 8080 + rnd(2)]] }));
  const yaml = Array.from({ length: nPol }, (_, i) => {
    const ns = `ns${rnd(nNs)}`;
    return policy(`np${i}`, ns, {
      podSelector: rnd(4) === 0 ? {} : { matchLabels: { app: `a${rnd(20)}` } },
      policyTypes: rnd(3) === 0 ? ['Ingress', 'Egress'] : ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: `a${rnd(20)}` } } }, { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': `ns${rnd(nNs)}` } }, podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [`t${rnd(3)}`] }] } }], ports: [{ port: rnd(2) ? 8080 : 'http' }] }],
      egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { tier: `t${rnd(3)}` } } }, { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }],
    });
  }).join('\n---\n');
  return testCluster({ pods, policies: yaml });
}
it('perf', () => {
  for (const [n, p, ns, ref] of [[2000, 1000, 100, false]] as const) {
    let t = performance.now();
    const c = big(n, p, ns);
    console.log('build', n, performance.now() - t);
    t = performance.now();
    const m = computeMatrix(c, { port: 8080 });
    console.log('fast', n, performance.now() - t, (globalThis as any).T);
    t = performance.now();
    computeMatrix(c, { port: 'http' });
    console.log('fast named', n, performance.now() - t);
    if (ref) {
      t = performance.now();
      const r = referenceMatrix(c, { port: 8080 });
      console.log('ref', n, performance.now() - t, JSON.stringify(r) === JSON.stringify(m));
    }
  }
}, 600_000);
