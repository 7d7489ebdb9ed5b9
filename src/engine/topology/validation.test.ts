import { describe, expect, it } from 'vitest';
import { topologyOfYaml, userPods, type Topology } from './testKit';

/** `code@line` of every error and warning (info left out). */
const findings = (t: Topology) =>
  t.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.severity} ${d.code}@${d.line}`);

const deploy = (patch: {
  selector?: string;
  labels?: string;
  spec?: string;
  name?: string;
  replicas?: string;
}) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${patch.name ?? 'web'}}
spec:
  replicas: ${patch.replicas ?? '1'}
  selector: ${patch.selector ?? '{matchLabels: {app: web}}'}
  template:
    metadata: {labels: ${patch.labels ?? '{app: web}'}}
    spec:
      ${patch.spec ?? 'containers: [{name: c, image: x}]'}
`;

describe('workload validation (SEMANTICS.md §8.2): rejected objects make no pods', () => {
  it('§8.2 a missing selector is rejected at spec', () => {
    const t = topologyOfYaml(deploy({}).replace('  selector: {matchLabels: {app: web}}\n', ''));
    expect(userPods(t)).toEqual([]);
    expect(findings(t)).toEqual(['error WORKLOAD_SELECTOR_INVALID@5']);
    expect(t.diagnostics[0].message).toBe('Deployment default/web: spec.selector is required');
  });

  it('§8.2 an empty selector is rejected', () => {
    const t = topologyOfYaml(deploy({ selector: '{}' }));
    expect(findings(t)).toEqual(['error WORKLOAD_SELECTOR_INVALID@7']);
    expect(userPods(t)).toEqual([]);
  });

  it('§8.2 a selector that does not match the template labels is rejected', () => {
    const t = topologyOfYaml(deploy({ selector: '{matchLabels: {app: api}}' }));
    expect(findings(t)).toEqual(['error WORKLOAD_SELECTOR_INVALID@7']);
    expect(t.workloads.filter((w) => !w.builtin)).toEqual([]);
  });

  it('§1.8 a selector requirement without values is rejected', () => {
    const t = topologyOfYaml(
      deploy({ selector: '{matchExpressions: [{key: app, operator: In, values: []}]}' }),
    );
    expect(findings(t)).toEqual(['error WORKLOAD_SELECTOR_INVALID@7']);
  });

  it('§8.2 negative replicas are rejected', () => {
    expect(findings(topologyOfYaml(deploy({ replicas: '-1' })))).toEqual([
      'error WORKLOAD_SPEC_INVALID@6',
    ]);
  });

  it('§8.1 names: workloads DNS-1123 subdomains, StatefulSets DNS-1123 labels', () => {
    expect(findings(topologyOfYaml(deploy({ name: 'Web' })))).toEqual([
      'error OBJECT_NAME_INVALID@4',
    ]);
    expect(userPods(topologyOfYaml(deploy({ name: 'web.v2' })))).toHaveLength(1);
    const sts = deploy({ name: 'db.v2' })
      .replace('kind: Deployment', 'kind: StatefulSet')
      .replace('spec:\n  replicas', 'spec:\n  serviceName: db\n  replicas');
    expect(findings(topologyOfYaml(sts))).toEqual(['error OBJECT_NAME_INVALID@4']);
  });

  it('§8.2 container ports: range, IANA name, unique name per container, protocol', () => {
    const spec = `containers:
      - name: c
        image: x
        ports:
        - {containerPort: 70000}
        - {name: http-metrics-endpoint, containerPort: 81}
        - {name: web, containerPort: 82}
        - {name: web, containerPort: 83}
        - {containerPort: 84, protocol: HTTP}`;
    const t = topologyOfYaml(deploy({ spec }));
    expect(findings(t)).toEqual([
      'error CONTAINER_PORT_INVALID@15',
      'error CONTAINER_PORT_INVALID@16',
      'error CONTAINER_PORT_INVALID@18',
      'error CONTAINER_PORT_INVALID@19',
    ]);
    expect(userPods(t)).toEqual([]);
  });

  it('§8.2 the same port name in two containers is only a warning', () => {
    const spec = `containers:
      - {name: a, image: x, ports: [{name: http, containerPort: 80}]}
      - {name: b, image: x, ports: [{name: http, containerPort: 8080}]}`;
    const t = topologyOfYaml(deploy({ spec }));
    expect(findings(t)).toEqual(['warning PORT_NAME_REPEATED@11']);
    expect(userPods(t)).toHaveLength(1);
  });

  it('§8.2 dnsPolicy values, None needs a nameserver, at most 3 nameservers', () => {
    const bad = topologyOfYaml(
      deploy({ spec: 'dnsPolicy: Custom\n      containers: [{name: c, image: x}]' }),
    );
    expect(findings(bad)).toEqual(['error DNS_POLICY_INVALID@11']);
    const none = topologyOfYaml(
      deploy({ spec: 'dnsPolicy: None\n      containers: [{name: c, image: x}]' }),
    );
    expect(findings(none)).toEqual(['error DNS_POLICY_INVALID@11']);
    const four = topologyOfYaml(
      deploy({
        spec: 'dnsConfig: {nameservers: [1.1.1.1, 1.0.0.1, 8.8.8.8, 8.8.4.4]}\n      containers: [{name: c, image: x}]',
      }),
    );
    expect(findings(four)).toEqual(['error DNS_POLICY_INVALID@11']);
  });

  it('§8.2 hostNetwork with ClusterFirst warns; hostPort defaults to containerPort and must equal it', () => {
    const ok = topologyOfYaml(
      deploy({
        spec: 'hostNetwork: true\n      containers: [{name: c, image: x, ports: [{containerPort: 9100}]}]',
      }),
    );
    expect(findings(ok)).toEqual(['warning HOST_NETWORK_CLUSTER_FIRST@11']);
    expect(userPods(ok)[0].ports[0].hostPort).toBe(9100);
    const bad = topologyOfYaml(
      deploy({
        spec: 'hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet\n      containers: [{name: c, image: x, ports: [{containerPort: 9100, hostPort: 9200}]}]',
      }),
    );
    expect(findings(bad)).toEqual(['error CONTAINER_PORT_INVALID@13']);
  });

  it('§8.2 restartPolicy: apps templates Always; Job templates must say Never or OnFailure', () => {
    expect(
      findings(
        topologyOfYaml(
          deploy({ spec: 'restartPolicy: Never\n      containers: [{name: c, image: x}]' }),
        ),
      ),
    ).toEqual(['error POD_SPEC_INVALID@11']);
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: x}]
`;
    expect(findings(topologyOfYaml(job))).toEqual(['error POD_SPEC_INVALID@7']);
  });

  it('§1.6 a Job selector without manualSelector is rejected', () => {
    const job = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  selector: {matchLabels: {app: j}}
  template:
    metadata: {labels: {app: j}}
    spec: {restartPolicy: Never, containers: [{name: c, image: x}]}
`;
    expect(findings(topologyOfYaml(job))).toEqual(['error WORKLOAD_SELECTOR_INVALID@6']);
    expect(
      userPods(
        topologyOfYaml(
          job.replace('spec:\n  selector', 'spec:\n  manualSelector: true\n  selector'),
        ),
      ),
    ).toHaveLength(1);
  });

  it('§8.2 bare Pods: invalid names and duplicates are rejected, the first copy wins', () => {
    const t = topologyOfYaml(`
apiVersion: v1
kind: Pod
metadata: {name: My_Pod}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec: {containers: [{name: c, image: first}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec: {containers: [{name: c, image: second}]}
`);
    expect(findings(t)).toEqual(['error OBJECT_NAME_INVALID@4', 'error DUPLICATE_OBJECT@14']);
    expect(userPods(t).map((p) => [p.name, p.images])).toEqual([['p', ['first']]]);
  });
});
