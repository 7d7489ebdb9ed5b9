import { describe, expect, it } from 'vitest';
import { diagLines, topologyOfYaml, userPods } from './testKit';

const NODES = `
apiVersion: v1
kind: Node
metadata: {name: node-1}
---
apiVersion: v1
kind: Node
metadata: {name: node-2}
---
apiVersion: v1
kind: Node
metadata: {name: cp-1, labels: {node-role.kubernetes.io/control-plane: ""}}
spec:
  taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]
`;
const AGENT = `
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: monitoring}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: a, image: example/agent}]}
`;

describe('DaemonSet placement (SEMANTICS.md §1.5)', () => {
  it('§1.5 a DaemonSet skips control-plane nodes: two pods, on node-1 and node-2', () => {
    const t = topologyOfYaml(NODES + AGENT);
    const pods = userPods(t);
    expect(pods.map((p) => p.node).sort()).toEqual(['node-1', 'node-2']);
    expect(t.workloads.find((w) => w.name === 'agent')!.replicas).toBe(2);
    expect(pods[0].labels).toMatchObject({ app: 'agent', 'pod-template-generation': '1' });
    expect(pods.every((p) => p.phase === 'Running' && p.ip !== undefined)).toBe(true);
  });

  it('§1.5 tolerating the control-plane taint puts a pod there too', () => {
    const yaml = (NODES + AGENT).replace(
      'spec: {containers: [{name: a, image: example/agent}]}',
      'spec: {tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists}], containers: [{name: a, image: example/agent}]}',
    );
    expect(
      userPods(topologyOfYaml(yaml))
        .map((p) => p.node)
        .sort(),
    ).toEqual(['cp-1', 'node-1', 'node-2']);
  });

  it('§1.5 the controller tolerates node-condition taints and cordoned nodes, not others', () => {
    const yaml = `
apiVersion: v1
kind: Node
metadata: {name: a}
spec: {unschedulable: true, taints: [{key: node.kubernetes.io/disk-pressure, effect: NoSchedule}]}
---
apiVersion: v1
kind: Node
metadata: {name: b}
spec: {taints: [{key: dedicated, value: db, effect: NoExecute}]}
---
apiVersion: v1
kind: Node
metadata: {name: c}
${AGENT}`;
    const pods = userPods(topologyOfYaml(yaml));
    expect(pods.map((p) => p.node).sort()).toEqual(['a', 'c']);
    expect(pods[0].tolerations.map((t) => t.key)).toContain('node.kubernetes.io/unschedulable');
    expect(pods[0].tolerations.map((t) => t.key)).not.toContain(
      'node.kubernetes.io/network-unavailable',
    );
  });

  it('§1.5 nodeSelector and required node affinity restrict the nodes', () => {
    const yaml = `
apiVersion: v1
kind: Node
metadata: {name: a, labels: {disk: ssd, cores: "8"}}
---
apiVersion: v1
kind: Node
metadata: {name: b, labels: {disk: hdd, cores: "16"}}
${AGENT.replace(
  'spec: {containers',
  'spec: {affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: cores, operator: Gt, values: ["10"]}]}]}}}, containers',
)}`;
    const pods = userPods(topologyOfYaml(yaml));
    expect(pods.map((p) => p.node)).toEqual(['b']);
    expect(pods[0].nodeAffinity).toEqual([
      {
        matchExpressions: [{ key: 'cores', operator: 'Gt', values: ['10'] }],
        matchFields: [{ key: 'metadata.name', operator: 'In', values: ['b'] }],
      },
    ]);
  });
});

describe('Job and CronJob (SEMANTICS.md §1.6)', () => {
  const job = (spec: string) => `
apiVersion: batch/v1
kind: Job
metadata: {name: batch, namespace: jobs}
spec:
  ${spec}
  template:
    spec: {restartPolicy: Never, containers: [{name: c, image: x}]}
`;
  const count = (spec: string) => userPods(topologyOfYaml(job(spec))).length;

  it('§1.6 pods at once: defaults 1, min(parallelism, completions), parallelism alone, 0 and suspend', () => {
    expect(count('')).toBe(1);
    expect(count('completions: 5')).toBe(1);
    expect(count('parallelism: 3')).toBe(3);
    expect(count('parallelism: 4\n  completions: 2')).toBe(2);
    expect(count('parallelism: 4\n  completions: 10')).toBe(4);
    expect(count('parallelism: 0')).toBe(0);
    expect(count('parallelism: 3\n  suspend: true')).toBe(0);
  });

  it('§1.3 Job pods carry the job-name and controller-uid labels; the selector is generated', () => {
    const t = topologyOfYaml(job('parallelism: 2'));
    const [p] = userPods(t);
    const uid = p.labels['batch.kubernetes.io/controller-uid'];
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(p.labels).toEqual({
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': 'batch',
      'controller-uid': uid,
      'job-name': 'batch',
    });
    expect(t.workloads.find((w) => w.kind === 'Job')!.selector).toEqual({
      matchLabels: { 'batch.kubernetes.io/controller-uid': uid },
      matchExpressions: [],
    });
  });

  it('§1.6 Indexed Jobs run the lowest indexes first, hostname <job>-<index>', () => {
    const pods = userPods(
      topologyOfYaml(job('completionMode: Indexed\n  completions: 5\n  parallelism: 2')),
    );
    expect(
      pods.map((p) => [
        p.hostname,
        p.labels['batch.kubernetes.io/job-completion-index'],
        p.annotations['batch.kubernetes.io/job-completion-index'],
      ]),
    ).toEqual([
      ['batch-0', '0', '0'],
      ['batch-1', '1', '1'],
    ]);
    expect(pods[0].name).toMatch(/^batch-0-[a-z0-9]{5}$/);
    expect(pods[0].declaredEnv).toEqual(['JOB_COMPLETION_INDEX']);
  });

  it('§1.6 a CronJob is one hypothetical Job run; a suspended one has no pods', () => {
    const cron = (suspend: boolean) => `
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  suspend: ${suspend}
  jobTemplate:
    spec:
      parallelism: 2
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: c, image: x}]}
`;
    const t = topologyOfYaml(cron(false));
    const pods = userPods(t);
    expect(pods.map((p) => [p.hypothetical, p.owner, p.controller, p.labels['job-name']])).toEqual([
      [
        true,
        { kind: 'CronJob', name: 'nightly' },
        { kind: 'Job', name: 'nightly-28928160' },
        'nightly-28928160',
      ],
      [
        true,
        { kind: 'CronJob', name: 'nightly' },
        { kind: 'Job', name: 'nightly-28928160' },
        'nightly-28928160',
      ],
    ]);
    expect(diagLines(t, 'CRONJOB_HYPOTHETICAL')).toHaveLength(1);
    expect(userPods(topologyOfYaml(cron(true)))).toEqual([]);
  });
});

describe('adoption of bare pods (SEMANTICS.md §1.9)', () => {
  const bare = (name: string, labels = '{app: web}') => `
---
apiVersion: v1
kind: Pod
metadata: {name: ${name}, labels: ${labels}}
spec: {containers: [{name: c, image: x}]}`;
  const rs = (replicas: number) => `
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: x}]}`;

  it('§1.9 a ReplicaSet wanting 3 that finds 2 matching bare pods creates only 1', () => {
    const t = topologyOfYaml(rs(3) + bare('a') + bare('b') + bare('other', '{app: api}'));
    const w = t.workloads.find((x) => x.name === 'web')!;
    expect(w.pods).toHaveLength(3);
    expect(w.pods.filter((r) => r === 'default/a' || r === 'default/b')).toHaveLength(2);
    const pods = userPods(t);
    expect(pods.find((p) => p.name === 'a')!.owner).toEqual({ kind: 'ReplicaSet', name: 'web' });
    expect(pods.find((p) => p.name === 'other')!.owner).toBeUndefined();
    expect(pods).toHaveLength(4);
  });

  it('§1.9 more matching bare pods than replicas: all kept, surplus warning', () => {
    const t = topologyOfYaml(rs(1) + bare('a') + bare('b'));
    expect(userPods(t).map((p) => p.name)).toEqual(['a', 'b']);
    expect(diagLines(t, 'ADOPTION_SURPLUS')).toEqual([
      '7: ReplicaSet default/web: adopts 2 matching bare pods but wants 1: the controller would delete surplus pods; which ones is not deterministic (all are kept here)',
    ]);
  });

  it('§1.9 a Deployment adopts no plain bare pod (its selector needs pod-template-hash)', () => {
    const deploy = rs(2).replace('kind: ReplicaSet', 'kind: Deployment');
    const t = topologyOfYaml(deploy + bare('a'));
    expect(t.workloads.find((x) => x.name === 'web')!.pods).not.toContain('default/a');
    expect(userPods(t)).toHaveLength(3);
  });

  it('§1.9 a StatefulSet adopts a matching bare pod of an ordinal name; a foreign one blocks it', () => {
    const sts = rs(2)
      .replace('kind: ReplicaSet', 'kind: StatefulSet')
      .replace('spec:\n  replicas', 'spec:\n  serviceName: web\n  replicas');
    const adopted = topologyOfYaml(sts + bare('web-0'));
    expect(adopted.workloads.find((x) => x.name === 'web')!.pods).toEqual([
      'default/web-1',
      'default/web-0',
    ]);
    const blocked = topologyOfYaml(sts + bare('web-0', '{app: other}'));
    expect(blocked.workloads.find((x) => x.name === 'web')!.pods).toEqual(['default/web-1']);
    expect(diagLines(blocked, 'POD_NAME_TAKEN')).toHaveLength(1);
  });
});
