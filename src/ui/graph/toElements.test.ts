// toElements on a hand-made cluster: ids, nesting, Service→pod edges, classes, built-in filter.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_VIEW, type GraphView } from '../../state/slices/graphView';
import { makePod, makeService, sampleCluster } from '../../state/testing/sampleCluster';
import { serviceSubtitle } from './elementNodes';
import { ingress } from './testIngress';
import { structureKey, toElements, type GraphElements } from './toElements';

const view = (v: Partial<GraphView>): GraphView => ({ ...DEFAULT_GRAPH_VIEW, ...v });
const PODS = view({ showPods: true });

const ids = (els: GraphElements) => ({
  nodes: els.nodes.map((n) => n.data.id).sort(),
  edges: els.edges.map((e) => e.data.id).sort(),
});
const node = (els: GraphElements, id: string) => els.nodes.find((n) => n.data.id === id)!;

describe('toElements', () => {
  it('draws the user objects with stable ids and hides built-ins by default', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false, view: PODS });
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
    const els = toElements(sampleCluster(), { showBuiltins: false, view: PODS });
    expect(node(els, 'pod:shop/web-7d4b9c8f6d-abcde').data.parent).toBe('wl:Deployment/shop/web');
    expect(node(els, 'pod:default/debug').data.parent).toBe('ns:default');
    expect(node(els, 'wl:Deployment/shop/web').data.parent).toBe('ns:shop');
    expect(node(els, 'svc:shop/web').data.parent).toBe('ns:shop');
    expect(node(els, 'ns:shop').data.parent).toBeUndefined();
  });

  it('labels and classes say what each thing is', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false, view: PODS });
    expect(node(els, 'wl:Deployment/shop/web').data.label).toBe('Deployment web · 2/2 ready');
    expect(node(els, 'pod:shop/db-0')).toMatchObject({
      classes: 'pod not-ready',
      data: { label: 'db-0\n10.244.1.2' },
    });
    expect(node(els, 'svc:shop/db').classes).toBe('service svc-clusterip headless');
    expect(node(els, 'svc:shop/web-public').classes).toBe('service svc-loadbalancer');
    expect(node(els, 'ns:default').classes).toBe('namespace implicit');
    expect(els.edges.filter((e) => e.data.kind === 'endpoint').map((e) => e.classes)).toEqual(
      Array(5).fill('endpoint'),
    );
  });

  it('shows built-ins, faded, when asked', () => {
    const els = toElements(sampleCluster(), { showBuiltins: true, view: PODS });
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
    const edges = toElements(c, { showBuiltins: false, view: PODS }).edges.filter((e) =>
      e.data.source.startsWith('svc:shop/x'),
    );
    expect(edges.map((e) => [e.data.id, e.classes])).toEqual([
      ['svc:shop/x->pod:shop/db-0', 'endpoint'],
    ]);
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
    const orphan = node(toElements(c, { showBuiltins: false, view: PODS }), 'pod:shop/orphan');
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
    const a = toElements(sampleCluster(), { showBuiltins: false, view: PODS });
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

describe('folding', () => {
  it('folds pods into their workload by default: kind, name and readiness in one node', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false });
    expect(els.nodes.some((n) => n.data.kind === 'pod' && n.data.parent?.startsWith('wl:'))).toBe(
      false,
    );
    expect(node(els, 'wl:Deployment/shop/web')).toMatchObject({
      classes: 'workload folded wl-deployment',
      data: { label: 'Deployment\nweb\n2/2 ready', parent: 'ns:shop' },
    });
    expect(node(els, 'wl:StatefulSet/shop/db').classes).toContain('not-ready');
    expect(node(els, 'wl:StatefulSet/shop/db').data.label).toBe('StatefulSet\ndb\n0/1 ready');
    expect(node(els, 'pod:default/debug').data.parent).toBe('ns:default'); // bare pods stay
  });

  it('sends Service edges to the folded workload, one per workload, and maps its pods there', () => {
    const els = toElements(sampleCluster(), { showBuiltins: false });
    expect(ids(els).edges).toEqual([
      'svc:shop/db->wl:StatefulSet/shop/db',
      'svc:shop/web->wl:Deployment/shop/web',
      'svc:shop/web-public->wl:Deployment/shop/web',
    ]);
    expect(els.alias).toEqual({
      'pod:shop/db-0': 'wl:StatefulSet/shop/db',
      'pod:shop/web-7d4b9c8f6d-abcde': 'wl:Deployment/shop/web',
      'pod:shop/web-7d4b9c8f6d-fghij': 'wl:Deployment/shop/web',
    });
  });

  it('expands one workload on its own', () => {
    const els = toElements(sampleCluster(), {
      showBuiltins: false,
      view: view({ toggled: ['wl:StatefulSet/shop/db'] }),
    });
    expect(node(els, 'pod:shop/db-0').data.parent).toBe('wl:StatefulSet/shop/db');
    expect(node(els, 'wl:StatefulSet/shop/db').classes).toContain('expanded');
    expect(els.nodes.some((n) => n.data.id.startsWith('pod:shop/web-'))).toBe(false);
  });

  it('cuts long names with an ellipsis and keeps the full name', () => {
    const c = sampleCluster();
    c.workloads[0].name = 'a-very-long-deployment-name-indeed-yes';
    for (const p of c.pods.slice(0, 2)) p.owner!.name = c.workloads[0].name;
    const wl = toElements(c, { showBuiltins: false }).nodes.find(
      (n) => n.data.kind === 'workload',
    )!;
    expect(wl.data.label.split('\n')[1]).toBe('a-very-long-deployment-na…');
    expect(wl.data.name).toBe('a-very-long-deployment-name-indeed-yes');
  });
});

describe('Ingresses and the outside world', () => {
  const withIngress = () => {
    const c = sampleCluster();
    c.ingresses.push(
      ingress('shop', 'site', 'web', [
        { host: 'shop.example.com', path: '/', service: 'web' },
        { host: 'shop.example.com', path: '/api', service: 'web' },
        { host: 'www.example.com', path: '/', service: 'web' },
        { host: 'shop.example.com', path: '/db', service: 'db' },
        { host: 'shop.example.com', path: '/gone', service: 'missing' },
      ]),
    );
    return c;
  };

  it('draws an Ingress in its namespace with one labelled edge per Service', () => {
    const els = toElements(withIngress(), { showBuiltins: false });
    expect(node(els, 'ing:shop/site')).toMatchObject({
      classes: 'ingress',
      data: { parent: 'ns:shop', label: 'site\nshop.example.com +1', kind: 'ingress' },
    });
    const routes = els.edges.filter((e) => e.data.kind === 'route');
    expect(routes.map((e) => [e.data.id, e.data.label])).toEqual([
      ['ing:shop/site->svc:shop/web', 'shop.example.com /, /api\nwww.example.com /'],
      ['ing:shop/site->svc:shop/db', 'shop.example.com /db'],
    ]);
  });

  it('links the outside world to every entry point with a dashed entry edge', () => {
    const c = withIngress();
    c.services[1].externalIPs = ['203.0.113.7'];
    c.services[2].loadBalancerIP = '198.51.100.4';
    c.services[2].ports[0].nodePort = 30080;
    const els = toElements(c, { showBuiltins: false });
    expect(els.nodes[0].data.id).toBe('ext:world');
    expect(
      els.edges.filter((e) => e.data.kind === 'entry').map((e) => [e.data.target, e.data.label]),
    ).toEqual([
      ['ing:shop/site', 'HTTP'],
      ['svc:shop/db', '203.0.113.7'],
      ['svc:shop/web-public', '198.51.100.4\nnode :30080'],
    ]);
    expect(els.edges.find((e) => e.data.kind === 'entry')!.classes).toBe('entry');
  });
});

describe('grouping by node', () => {
  it('puts pods in Kubernetes Node boxes, Pending ones apart, Services stay by namespace', () => {
    const c = sampleCluster();
    c.nodes = ['node-1', 'node-2'].map((name, i) => ({
      name,
      ip: `192.168.49.${i + 2}`,
      podCIDR: `10.244.${i}.0/24`,
      labels: {},
      taints: [],
      unschedulable: false,
      synthetic: true,
    }));
    c.pods[1].node = 'node-2';
    c.pods[2] = { ...c.pods[2], node: undefined, phase: 'Pending' };
    const els = toElements(c, { showBuiltins: false, view: view({ groupBy: 'node' }) });
    expect(node(els, 'node:node-1')).toMatchObject({
      classes: 'k8snode',
      data: { label: 'node node-1 · 192.168.49.2', kind: 'node' },
    });
    expect(node(els, 'pod:shop/web-7d4b9c8f6d-abcde').data.parent).toBe('node:node-1');
    expect(node(els, 'pod:shop/web-7d4b9c8f6d-fghij').data.parent).toBe('node:node-2');
    expect(node(els, 'pod:shop/db-0').data.parent).toBe('node:(unscheduled)');
    expect(node(els, 'svc:shop/web').data.parent).toBe('ns:shop');
    expect(els.nodes.some((n) => n.data.kind === 'workload')).toBe(false);
    expect(els.nodes.some((n) => n.data.id === 'ns:default')).toBe(false); // nothing but a pod
    expect(ids(els).edges).toContain('svc:shop/web->pod:shop/web-7d4b9c8f6d-fghij');
  });
});

describe('filters', () => {
  it('hides a namespace with everything in it', () => {
    const els = toElements(sampleCluster(), {
      showBuiltins: false,
      view: view({ hiddenNamespaces: ['shop'] }),
    });
    expect(ids(els)).toEqual({
      nodes: ['ext:world', 'ns:default', 'pod:default/debug'],
      edges: [],
    });
  });

  it('hides object kinds, and the edges to them', () => {
    const c = sampleCluster();
    c.ingresses.push(ingress('shop', 'site', 'web'));
    const noSvc = toElements(c, { showBuiltins: false, view: view({ hiddenKinds: ['services'] }) });
    expect(noSvc.nodes.filter((n) => n.data.kind === 'service')).toEqual([]);
    expect(noSvc.edges.map((e) => e.data.kind)).toEqual(['entry']);
    const noWl = toElements(c, { showBuiltins: false, view: view({ hiddenKinds: ['workloads'] }) });
    expect(noWl.nodes.filter((n) => ['pod', 'workload'].includes(n.data.kind))).toEqual([]);
    const noIng = toElements(c, {
      showBuiltins: false,
      view: view({ hiddenKinds: ['ingresses'] }),
    });
    expect(noIng.nodes.some((n) => n.data.kind === 'ingress')).toBe(false);
  });
});
