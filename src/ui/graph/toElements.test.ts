// toElements on a hand-made cluster: ids, nesting, Service→pod edges, classes, built-in filter.
import { describe, expect, it } from 'vitest';
import { makePod, makeService, sampleCluster } from '../../state/testing/sampleCluster';
import { serviceSubtitle, structureKey, toElements, type GraphElements } from './toElements';

const ids = (els: GraphElements) => ({
  nodes: els.nodes.map((n) => n.data.id).sort(),
  edges: els.edges.map((e) => e.data.id).sort(),
});
const node = (els: GraphElements, id: string) => els.nodes.find((n) => n.data.id === id)!;

describe('toElements', () => {
  it('draws the user objects with stable ids and hides built-ins by default', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false });
    expect(ids(els)).toEqual({
      nodes: [
        'ext:world',
        'ns:default',
        'ns:shop',
        'pod:default/debug',
        'pod:shop/db-0',
        'pod:shop/web-7d4b9c8f6d-abcde',
        'pod:shop/web-7d4b9c8f6d-fghij',
        'svc:shop/db',
        'svc:shop/web',
        'svc:shop/web-public',
        'wl:Deployment/shop/web',
        'wl:StatefulSet/shop/db',
      ],
      edges: [
        'svc:shop/db->pod:shop/db-0',
        'svc:shop/web->pod:shop/web-7d4b9c8f6d-abcde',
        'svc:shop/web->pod:shop/web-7d4b9c8f6d-fghij',
        'svc:shop/web-public->pod:shop/web-7d4b9c8f6d-abcde',
        'svc:shop/web-public->pod:shop/web-7d4b9c8f6d-fghij',
      ],
    });
  });

  it('nests pods in their workload, workloads and Services in their namespace', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false });
    expect(node(els, 'pod:shop/web-7d4b9c8f6d-abcde').data.parent).toBe('wl:Deployment/shop/web');
    expect(node(els, 'pod:default/debug').data.parent).toBe('ns:default');
    expect(node(els, 'wl:Deployment/shop/web').data.parent).toBe('ns:shop');
    expect(node(els, 'svc:shop/web').data.parent).toBe('ns:shop');
    expect(node(els, 'ns:shop').data.parent).toBeUndefined();
  });

  it('labels and classes say what each thing is', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false });
    expect(node(els, 'wl:Deployment/shop/web').data.label).toBe('Deployment web · 2 replicas');
    expect(node(els, 'pod:shop/db-0')).toMatchObject({
      classes: 'pod not-ready',
      data: { label: 'db-0\n10.244.1.2' },
    });
    expect(node(els, 'svc:shop/db').classes).toBe('service svc-clusterip headless');
    expect(node(els, 'svc:shop/web-public').classes).toBe('service svc-loadbalancer');
    expect(node(els, 'ns:default').classes).toBe('namespace implicit');
    expect(els.edges.every((e) => e.classes === 'endpoint')).toBe(true);
  });

  it('shows built-ins, faded, when asked', () => {
    const els = toElements(sampleCluster(), { showBuiltins: true });
    expect(node(els, 'ns:kube-system')).toBeDefined();
    expect(node(els, 'wl:Deployment/kube-system/coredns').classes).toContain('builtin');
    expect(node(els, 'pod:kube-system/coredns-5d78c9869d-aaaaa').classes).toContain('builtin');
    expect(node(els, 'svc:default/kubernetes').classes).toBe(
      'service svc-clusterip builtin no-endpoints',
    );
    expect(els.edges.map((e) => e.data.id)).toContain(
      'svc:kube-system/kube-dns->pod:kube-system/coredns-5d78c9869d-bbbbb',
    );
  });

  it('draws one edge per pod, skips endpoints without a pod, and marks not-ready ones', () => {
    const c = sampleCluster();
    const svc = makeService('shop', 'x', 'NodePort', ['shop/db-0', 'shop/db-0']);
    svc.endpoints[0].ready = false;
    svc.endpoints.push({ ip: '192.0.2.1', ready: true, ports: [] });
    c.services.push(svc);
    const edges = toElements(c, { showBuiltins: false }).edges.filter((e) =>
      e.data.source.startsWith('svc:shop/x'),
    );
    expect(edges).toHaveLength(1);
    expect(edges[0].classes).toBe('endpoint');
  });

  it('puts a pod whose workload is missing directly in its namespace, and Pending pods say so', () => {
    const c = sampleCluster();
    c.pods.push(
      makePod('shop', 'orphan', {
        owner: { kind: 'ReplicaSet', name: 'gone' },
        phase: 'Pending',
        ip: undefined,
      }),
    );
    const orphan = node(toElements(c, { showBuiltins: false }), 'pod:shop/orphan');
    expect(orphan.data.parent).toBe('ns:shop');
    expect(orphan.data.label).toBe('orphan\nPending');
    expect(orphan.classes).toBe('pod pending');
  });

  it('returns nothing for an empty cluster', () => {
    const c = sampleCluster();
    Object.assign(c, { namespaces: [], pods: [], services: [], workloads: [] });
    expect(toElements(c, { showBuiltins: false })).toEqual({ nodes: [], edges: [] });
  });
});

describe('serviceSubtitle', () => {
  it('names type, address and ports', () => {
    expect(serviceSubtitle(makeService('a', 'b', 'ClusterIP', []))).toBe(
      'ClusterIP 10.96.100.1\n80/TCP',
    );
    expect(
      serviceSubtitle(
        makeService('a', 'b', 'ClusterIP', [], { clusterIP: 'None', headless: true }),
      ),
    ).toBe('ClusterIP headless\n80/TCP');
    expect(
      serviceSubtitle(
        makeService('a', 'b', 'ExternalName', [], {
          clusterIP: null,
          externalName: 'db.example.com',
          ports: [],
        }),
      ),
    ).toBe('ExternalName → db.example.com');
  });
});

describe('structureKey', () => {
  it('changes with the set of ids or a parent, not with labels or order', () => {
    const a = toElements(sampleCluster(), { showBuiltins: false });
    const relabelled = structuredClone(a);
    relabelled.nodes[0].data.label = 'other';
    relabelled.nodes.reverse();
    expect(structureKey(relabelled)).toBe(structureKey(a));
    const reparented = structuredClone(a);
    reparented.nodes.find((n) => n.data.id === 'pod:shop/db-0')!.data.parent = 'ns:shop';
    expect(structureKey(reparented)).not.toBe(structureKey(a));
    const fewer = { nodes: a.nodes, edges: a.edges.slice(1) };
    expect(structureKey(fewer)).not.toBe(structureKey(a));
  });
});
