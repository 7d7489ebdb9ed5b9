import { describe, expect, it } from 'vitest';
import { diagLines, topologyOfYaml, userPods } from './testKit';
import { SUFFIX_ALPHABET } from './hash';

const DEPLOY = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop, labels: {tier: backend}}
spec:
  replicas: 2
  selector: {matchLabels: {app: api}}
  template:
    metadata: {namespace: elsewhere, labels: {app: api, version: v1}}
    spec:
      containers:
      - name: c
        image: example/api
        ports: [{name: http, containerPort: 8080}]
`;
const suffix = `[${SUFFIX_ALPHABET}]{5}`;

describe('workloads → pods (SEMANTICS.md §1.1–§1.4)', () => {
  it('§1.4 Deployment pods carry template labels plus pod-template-hash, never the workload labels', () => {
    const t = topologyOfYaml(DEPLOY);
    const pods = userPods(t);
    expect(pods).toHaveLength(2);
    const hash = pods[0].labels['pod-template-hash'];
    expect(hash).toMatch(new RegExp(`^[${SUFFIX_ALPHABET}]+$`));
    for (const p of pods) {
      expect(p.labels).toEqual({ app: 'api', version: 'v1', 'pod-template-hash': hash });
      expect(p.name).toMatch(new RegExp(`^api-${hash}-${suffix}$`));
      expect(p.owner).toEqual({ kind: 'Deployment', name: 'api' });
      expect(p.controller).toEqual({ kind: 'ReplicaSet', name: `api-${hash}` });
      expect(p.ports).toEqual([
        {
          name: 'http',
          containerPort: 8080,
          protocol: 'TCP',
          container: 'c',
          source: { file: 'test.yaml', line: 14 },
        },
      ]);
      expect(p.source).toEqual({ file: 'test.yaml', line: 8 });
    }
    const w = t.workloads.find((x) => x.name === 'api')!;
    expect(w.labels).toEqual({ tier: 'backend' });
    expect(w.pods).toEqual(
      pods.map((p) => p.ref).sort((a, b) => w.pods.indexOf(a) - w.pods.indexOf(b)),
    );
  });

  it('§1.1 the namespace comes from the workload, not the template', () => {
    expect(userPods(topologyOfYaml(DEPLOY)).map((p) => p.namespace)).toEqual(['shop', 'shop']);
  });

  it('§1.2 pod defaults: ClusterFirst, service links on, TCP, hostname from the name', () => {
    const [p] = userPods(topologyOfYaml(DEPLOY));
    expect([p.dnsPolicy, p.enableServiceLinks, p.hostNetwork, p.hostname]).toEqual([
      'ClusterFirst',
      true,
      false,
      p.name,
    ]);
    expect(p.specHostname).toBeUndefined();
    expect(p.env).toEqual({});
  });

  it('§1.3 names are stable across runs and change with the template (new ReplicaSet)', () => {
    const a = userPods(topologyOfYaml(DEPLOY)).map((p) => p.name);
    const b = userPods(topologyOfYaml(DEPLOY)).map((p) => p.name);
    const c = userPods(topologyOfYaml(DEPLOY.replace('example/api', 'example/api:2'))).map(
      (p) => p.name,
    );
    expect(b).toEqual(a);
    expect(c.some((n) => a.includes(n))).toBe(false);
  });

  it('§1.3 replicas: 0 makes no pods, a missing replicas makes one', () => {
    expect(userPods(topologyOfYaml(DEPLOY.replace('replicas: 2', 'replicas: 0')))).toEqual([]);
    expect(userPods(topologyOfYaml(DEPLOY.replace('replicas: 2', '')))).toHaveLength(1);
  });

  it('§1.3 StatefulSet pods are <sts>-<ordinal> from ordinals.start, with hostname and subdomain', () => {
    const t = topologyOfYaml(`
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  serviceName: db-headless
  replicas: 2
  ordinals: {start: 3}
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: c, image: x}]}
`);
    const pods = userPods(t);
    expect(pods.map((p) => [p.name, p.hostname, p.specHostname, p.subdomain])).toEqual([
      ['db-3', 'db-3', 'db-3', 'db-headless'],
      ['db-4', 'db-4', 'db-4', 'db-headless'],
    ]);
    expect(pods[1].labels).toMatchObject({
      app: 'db',
      'statefulset.kubernetes.io/pod-name': 'db-4',
      'apps.kubernetes.io/pod-index': '4',
    });
    expect(pods[1].labels['controller-revision-hash']).toMatch(/^db-[a-z0-9]+$/);
  });

  it('§8.2 a StatefulSet without serviceName is accepted with a warning', () => {
    const t = topologyOfYaml(`
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: c, image: x}]}
`);
    expect(userPods(t).map((p) => [p.name, p.subdomain])).toEqual([['db-0', undefined]]);
    expect(diagLines(t, 'STATEFULSET_SERVICE_NAME')).toHaveLength(1);
  });

  it('§1.3 ReplicaSet and ReplicationController pods are <name>-<5 chars>, no extra labels', () => {
    const t = topologyOfYaml(`
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs}
spec:
  replicas: 3
  selector: {matchLabels: {app: r}}
  template:
    metadata: {labels: {app: r}}
    spec: {containers: [{name: c, image: x}]}
`);
    const pods = userPods(t);
    expect(pods).toHaveLength(3);
    expect(new Set(pods.map((p) => p.name)).size).toBe(3);
    for (const p of pods) {
      expect(p.name).toMatch(new RegExp(`^rs-${suffix}$`));
      expect(p.labels).toEqual({ app: 'r' });
    }
  });

  it('§1.7 an RC without selector or labels takes both from the template', () => {
    const t = topologyOfYaml(`
apiVersion: v1
kind: ReplicationController
metadata: {name: legacy}
spec:
  replicas: 2
  template:
    metadata: {labels: {app: old}}
    spec: {containers: [{name: c, image: x}]}
`);
    const w = t.workloads.find((x) => x.name === 'legacy')!;
    expect(w.selector).toEqual({ matchLabels: { app: 'old' }, matchExpressions: [] });
    expect(w.labels).toEqual({ app: 'old' });
    expect(userPods(t).map((p) => p.controller)).toEqual([
      { kind: 'ReplicationController', name: 'legacy' },
      { kind: 'ReplicationController', name: 'legacy' },
    ]);
  });

  it('§4.6 hostname is the pod name cut to 63 with trailing "-" or "." trimmed', () => {
    const name = `${'a'.repeat(62)}.bcd`;
    const t = topologyOfYaml(`
apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec: {containers: [{name: c, image: x}]}
`);
    expect(userPods(t)[0].hostname).toBe('a'.repeat(62));
  });

  it('bare Pods keep their names; generateName gets a stable 5-character suffix', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {generateName: worker-}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {generateName: worker-}
spec: {containers: [{name: c, image: x}]}
`;
    const names = userPods(topologyOfYaml(yaml)).map((p) => p.name);
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(new RegExp(`^worker-${suffix}$`));
    expect(names[0]).not.toBe(names[1]);
    expect(userPods(topologyOfYaml(yaml)).map((p) => p.name)).toEqual(names);
  });

  it('pod fields: declaredEnv, hostAliases, dnsConfig, sidecar ports, images', () => {
    const t = topologyOfYaml(`
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: shop}
spec:
  hostAliases: [{ip: 192.0.2.7, hostnames: [legacy.local]}]
  dnsConfig: {nameservers: [192.0.2.53], options: [{name: ndots, value: "2"}, {name: edns0}]}
  initContainers:
  - {name: init, image: busybox, env: [{name: SETUP, value: "1"}]}
  - name: proxy
    image: envoy
    restartPolicy: Always
    ports: [{name: admin, containerPort: 9901}]
  containers:
  - name: app
    image: app:1
    env: [{name: MODE, value: x}, {name: SETUP, value: "2"}]
    ports: [{name: http, containerPort: 80, protocol: UDP}]
`);
    const [p] = userPods(t);
    expect(p.declaredEnv).toEqual(['MODE', 'SETUP']);
    expect(p.hostAliases).toEqual([{ ip: '192.0.2.7', hostnames: ['legacy.local'] }]);
    expect(p.dnsConfig).toEqual({
      nameservers: ['192.0.2.53'],
      searches: [],
      options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }],
    });
    expect(p.containers).toEqual(['app', 'proxy']);
    expect(p.images).toEqual(['app:1', 'envoy']);
    expect(
      p.ports.map((x) => [x.name, x.containerPort, x.protocol, x.container, x.sidecar]),
    ).toEqual([
      ['http', 80, 'UDP', 'app', undefined],
      ['admin', 9901, 'TCP', 'proxy', true],
    ]);
  });
});

describe('the cluster DNS add-on (SEMANTICS.md §2)', () => {
  it('§2 kube-system/coredns: 2 builtin pods labelled k8s-app=kube-dns, dnsPolicy Default', () => {
    const t = topologyOfYaml('');
    const dns = t.pods.filter((p) => p.namespace === 'kube-system');
    expect(dns).toHaveLength(2);
    for (const p of dns) {
      expect(p.builtin).toBe(true);
      expect(p.labels['k8s-app']).toBe('kube-dns');
      expect(p.dnsPolicy).toBe('Default');
      expect(p.ports.map((x) => `${x.name} ${x.containerPort}/${x.protocol}`)).toEqual([
        'dns 53/UDP',
        'dns-tcp 53/TCP',
        'metrics 9153/TCP',
      ]);
      expect(p.phase).toBe('Running');
    }
    expect(t.workloads.map((w) => [w.namespace, w.name, w.kind, w.replicas, w.builtin])).toEqual([
      ['kube-system', 'coredns', 'Deployment', 2, true],
    ]);
    expect(t.diagnostics).toEqual([]);
  });

  it('§2 a manifest defining kube-system/coredns replaces the built-in one', () => {
    const t = topologyOfYaml(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  replicas: 1
  selector: {matchLabels: {k8s-app: kube-dns}}
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{name: coredns, image: mine}]}
`);
    expect(t.workloads.map((w) => [w.name, w.replicas, w.builtin])).toEqual([
      ['coredns', 1, undefined],
    ]);
    expect(t.pods.filter((p) => p.builtin)).toEqual([]);
  });
});
