// The inspector's descriptions, looked up from a hand-made cluster.
import { describe, expect, it } from 'vitest';
import { sampleCluster } from '../../state/testing/sampleCluster';
import type { NetworkPolicy } from '../../engine/index';
import { describeElement, policiesSelecting } from './describe';

const rowsOf = (d: ReturnType<typeof describeElement>) =>
  Object.fromEntries([...d!.rows, ...(d!.more ?? [])]);
const rows = (id: string) => rowsOf(describeElement(sampleCluster(), id));

describe('describeElement', () => {
  it('describes a pod with the Services in front of it', () => {
    const d = describeElement(sampleCluster(), 'pod:shop/web-7d4b9c8f6d-abcde')!;
    expect(d.kind).toBe('Pod');
    expect(d.title).toBe('shop/web-7d4b9c8f6d-abcde');
    expect(rows('pod:shop/web-7d4b9c8f6d-abcde')).toMatchObject({
      IP: '10.244.1.2',
      Owner: 'Deployment web',
      Behind: 'web, web-public',
    });
  });

  it('describes Services, workloads and namespaces', () => {
    expect(rows('svc:shop/db')).toMatchObject({
      Type: 'ClusterIP (headless)',
      Endpoints: '1 ready of 1',
    });
    expect(rows('wl:Deployment/shop/web')).toMatchObject({ Replicas: '2' });
    expect(rows('ns:shop')).toMatchObject({ Defined: 'in the manifests' });
  });

  it('lists the policies selecting a pod, its env and the endpoints of a Service', () => {
    const c = sampleCluster();
    const pod = 'shop/web-7d4b9c8f6d-abcde';
    c.policies = [
      {
        name: 'deny-all',
        namespace: 'shop',
        policyTypes: ['Ingress', 'Egress'],
        selectedPods: [pod],
        ingress: [],
        egress: [],
        source: { file: 'shop.yaml', line: 40 },
      },
      {
        name: 'other',
        namespace: 'shop',
        policyTypes: ['Ingress'],
        selectedPods: [],
        ingress: [],
        egress: [],
      },
    ] as unknown as NetworkPolicy[];
    c.pods.find((p) => p.ref === pod)!.env = { WEB_SERVICE_HOST: '10.96.0.5' };
    expect(policiesSelecting(c, pod)).toEqual(['deny-all (Ingress, Egress)']);
    const d = rowsOf(describeElement(c, `pod:${pod}`));
    expect(d.Policies).toBe('deny-all (Ingress, Egress)');
    expect(describeElement(c, 'wl:Deployment/shop/web')!.policy!.map((l) => l.text)).toEqual([
      'ingress: none allowed (isolated by deny-all)',
      'egress: none allowed (isolated by deny-all)',
    ]);
    expect(d['Env (Service links)']).toBe('WEB_SERVICE_HOST=10.96.0.5');
    expect(rows('pod:default/debug').Policies).toBe('none select it');
    const svc = describeElement(c, 'svc:shop/db')!.rows.map(([k]) => k);
    expect(svc).toContain('shop/db-0');
    expect(describeElement(c, 'ext:world')!.kind).toBe('Outside world');
  });

  it('returns null for edges and unknown ids', () => {
    expect(describeElement(sampleCluster(), 'svc:shop/web->pod:shop/x')).toBeNull();
    expect(describeElement(sampleCluster(), 'pod:nope/nope')).toBeNull();
    expect(describeElement(sampleCluster(), 'zzz')).toBeNull();
  });
});
