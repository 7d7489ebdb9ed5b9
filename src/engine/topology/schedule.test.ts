import { describe, expect, it } from 'vitest';
import { cidrContains } from '../net/ip';
import { diagLines, topologyOfYaml, userPods } from './testKit';

const pod = (name: string, spec = '', meta = '') => `
---
apiVersion: v1
kind: Pod
metadata: {name: ${name}${meta}}
spec:
  ${spec}
  containers: [{name: c, image: x}]`;
const node = (name: string, extra = '') => `
---
apiVersion: v1
kind: Node
metadata: {name: ${name}, labels: {zone: ${name}}}
${extra}`;

describe('scheduling and addresses (SEMANTICS.md §1.10, §1.11)', () => {
  it('§1.10 scheduled pods are Running and Ready, with an IP from their node’s /24', () => {
    const t = topologyOfYaml(pod('a') + pod('b'));
    for (const p of t.pods) {
      const n = t.nodes.find((x) => x.name === p.node)!;
      expect([p.phase, p.ready]).toEqual(['Running', true]);
      expect(cidrContains(n.podCIDR, p.ip!)).toBe(true);
      expect(p.ip).not.toMatch(/\.(0|1|255)$/);
    }
  });

  it('§1.11 spec.nodeName places the pod on that node, even past a NoSchedule taint', () => {
    const t = topologyOfYaml(
      node('a') +
        node('b', 'spec: {taints: [{key: k, effect: NoSchedule}]}') +
        pod('p', 'nodeName: b'),
    );
    expect(userPods(t).map((p) => p.node)).toEqual(['b']);
  });

  it('§1.11 a nodeName that is no node leaves the pod Pending with a warning', () => {
    const t = topologyOfYaml(pod('p', 'nodeName: ghost'));
    expect(userPods(t).map((p) => [p.phase, p.node, p.ip, p.ready])).toEqual([
      ['Pending', undefined, undefined, false],
    ]);
    expect(diagLines(t, 'POD_UNSCHEDULABLE')).toEqual([
      '3: pod default/p cannot be scheduled and stays Pending without an IP: spec.nodeName "ghost" is not a node of the cluster',
    ]);
  });

  it('§1.11 nodeSelector picks matching nodes only', () => {
    const t = topologyOfYaml(node('a') + node('b') + pod('p', 'nodeSelector: {zone: b}'));
    expect(userPods(t).map((p) => p.node)).toEqual(['b']);
  });

  it('§1.11 required node affinity: In, NotIn, Exists, DoesNotExist, Gt, Lt', () => {
    const nodes =
      node('a', 'metadata: {name: a, labels: {gen: "3", gpu: ""}}').replace(
        /metadata: \{name: a, labels: \{zone: a\}\}\n/,
        '',
      ) +
      node('b', 'metadata: {name: b, labels: {gen: "5"}}').replace(
        /metadata: \{name: b, labels: \{zone: b\}\}\n/,
        '',
      );
    const place = (expr: string) =>
      userPods(
        topologyOfYaml(
          nodes +
            pod(
              'p',
              `affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [${expr}]}]}}}`,
            ),
        ),
      )[0].node;
    expect(place('{key: gen, operator: In, values: ["5"]}')).toBe('b');
    expect(place('{key: gen, operator: NotIn, values: ["5"]}')).toBe('a');
    expect(place('{key: gpu, operator: Exists}')).toBe('a');
    expect(place('{key: gpu, operator: DoesNotExist}')).toBe('b');
    expect(place('{key: gen, operator: Gt, values: ["4"]}')).toBe('b');
    expect(place('{key: gen, operator: Lt, values: ["4"]}')).toBe('a');
    expect(place('{key: gen, operator: Gt, values: ["9"]}')).toBeUndefined();
  });

  it('§1.11 NoSchedule/NoExecute taints need a toleration; PreferNoSchedule does not block', () => {
    const nodes =
      node('a', 'spec: {taints: [{key: dedicated, value: db, effect: NoSchedule}]}') +
      node('b', 'spec: {taints: [{key: dedicated, value: db, effect: NoExecute}]}') +
      node('c', 'spec: {taints: [{key: soft, effect: PreferNoSchedule}]}');
    expect(userPods(topologyOfYaml(nodes + pod('p'))).map((p) => p.node)).toEqual(['c']);
    const tolerant = pod(
      'p',
      'tolerations: [{key: dedicated, operator: Equal, value: db}]\n  nodeSelector: {zone: b}',
    );
    expect(userPods(topologyOfYaml(nodes + tolerant)).map((p) => p.node)).toEqual(['b']);
  });

  it('§1.11 a pod that fits no node stays Pending; the warning counts the reasons', () => {
    const t = topologyOfYaml(
      node('a', 'spec: {unschedulable: true}') +
        node('b', 'spec: {taints: [{key: k, value: v, effect: NoSchedule}]}') +
        node('c', 'spec: {taints: [{key: z, effect: NoExecute}]}') +
        pod('p', 'nodeSelector: {}'),
    );
    expect(userPods(t)[0].phase).toBe('Pending');
    expect(diagLines(t, 'POD_UNSCHEDULABLE').filter((l) => l.startsWith('18:'))).toEqual([
      '18: pod default/p cannot be scheduled and stays Pending without an IP: 0/3 nodes are available: 1 node(s) had untolerated taint {k: v}, 1 node(s) had untolerated taint {z: }, 1 node(s) was unschedulable',
    ]);
  });

  it('§1.11 hostNetwork pods get the node IP; two with the same port cannot share a node', () => {
    const hostPod = (name: string) =>
      pod(
        name,
        'hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n  nodeSelector: {zone: a}',
      ).replace(
        'containers: [{name: c, image: x}]',
        'containers: [{name: c, image: x, ports: [{containerPort: 9100}]}]',
      );
    const t = topologyOfYaml(node('a') + node('b') + hostPod('h1') + hostPod('h2'));
    const a = t.nodes.find((n) => n.name === 'a')!;
    expect(userPods(t).map((p) => [p.name, p.node, p.ip])).toEqual([
      ['h1', 'a', a.ip],
      ['h2', undefined, undefined],
    ]);
    expect(diagLines(t, 'POD_UNSCHEDULABLE')).toHaveLength(1);
  });

  it('§1.11 a Deployment’s replicas spread evenly over the nodes', () => {
    const t = topologyOfYaml(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 6
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: x}]}
`);
    const perNode = new Map<string, number>();
    for (const p of userPods(t)) perNode.set(p.node!, (perNode.get(p.node!) ?? 0) + 1);
    expect([...perNode.values()]).toEqual([2, 2, 2]);
  });

  it('§1.11 a full /24 (253 addresses) spills to the next fitting node, then leaves pods Pending', () => {
    const rs = (replicas: number) => `
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: big}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: big}}
  template:
    metadata: {labels: {app: big}}
    spec: {containers: [{name: c, image: x}]}
`;
    const two = topologyOfYaml(rs(300), { nodes: 2 });
    const running = two.pods.filter((p) => p.phase === 'Running');
    expect(running).toHaveLength(302); // 300 + the 2 CoreDNS pods, 506 addresses available
    const one = topologyOfYaml(rs(260), { nodes: 1 });
    expect(one.pods.filter((p) => p.phase === 'Running')).toHaveLength(253);
    expect(one.pods.filter((p) => p.phase === 'Pending')).toHaveLength(9);
    expect(new Set(one.pods.filter((p) => p.ip).map((p) => p.ip)).size).toBe(253);
  });
});
