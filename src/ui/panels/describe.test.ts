// The inspector's descriptions, looked up from a hand-made cluster.
import { describe, expect, it } from 'vitest';
import { sampleCluster } from '../../state/testing/sampleCluster';
import { describeElement } from './describe';

const rows = (id: string) => Object.fromEntries(describeElement(sampleCluster(), id)!.rows);

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

  it('returns null for edges and unknown ids', () => {
    expect(describeElement(sampleCluster(), 'svc:shop/web->pod:shop/x')).toBeNull();
    expect(describeElement(sampleCluster(), 'pod:nope/nope')).toBeNull();
    expect(describeElement(sampleCluster(), 'zzz')).toBeNull();
  });
});
