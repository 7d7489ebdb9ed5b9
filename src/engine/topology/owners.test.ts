import { describe, expect, it } from 'vitest';
import { topologyOfYaml, userPods } from './testKit';

const owned = (name: string, labels: string, kind: string, owner: string, uid = '') => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  labels: {${labels}}
  ownerReferences:
  - {apiVersion: apps/v1, kind: ${kind}, name: ${owner}, controller: true${uid ? `, uid: ${uid}` : ''}}
spec: {containers: [{name: c, image: x}]}
`;
const workload = (kind: string, name: string, replicas: number, extra = '') => `---
apiVersion: apps/v1
kind: ${kind}
metadata: {name: ${name}, namespace: shop, uid: u-${name}${extra}}
spec:
  replicas: ${replicas}
  serviceName: ${name}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: c, image: x}]}
`;
const NS = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n';
const names = (yaml: string) => userPods(topologyOfYaml(NS + yaml)).map((p) => p.name);

describe('captured controlled objects (SEMANTICS.md §1.1, §1.9: ownerReferences)', () => {
  it('§1.9 a ReplicaSet counts the pods it owns: 3 replicas, 2 captured → 1 created', () => {
    const yaml =
      workload('ReplicaSet', 'web', 3) +
      owned('web-aaaaa', 'app: web', 'ReplicaSet', 'web') +
      owned('web-bbbbb', 'app: web', 'ReplicaSet', 'web');
    const t = topologyOfYaml(NS + yaml);
    const pods = userPods(t);
    expect(pods).toHaveLength(3);
    const captured = pods.filter((p) => p.name === 'web-aaaaa')[0];
    expect([captured.owner, captured.controller]).toEqual([
      { kind: 'ReplicaSet', name: 'web' },
      { kind: 'ReplicaSet', name: 'web' },
    ]);
    expect(t.workloads.find((w) => w.name === 'web')!.pods).toHaveLength(3);
  });

  it('§1.9 an owner reference with another uid, or a pod the selector no longer matches, is not claimed', () => {
    const yaml =
      workload('ReplicaSet', 'web', 1) +
      owned('stale', 'app: web', 'ReplicaSet', 'web', 'u-other') +
      owned('relabelled', 'app: other', 'ReplicaSet', 'web');
    expect(names(yaml)).toHaveLength(3); // both kept as they are, plus the one replica
  });

  it('§1.1 a Deployment with its captured ReplicaSet and pods shows exactly replicas pods', () => {
    const rs = `---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: api-5d4f8
  namespace: shop
  labels: {app: api, pod-template-hash: 5d4f8}
  annotations: {deployment.kubernetes.io/revision: "2"}
  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: api, controller: true, uid: u-api}]
spec:
  replicas: 2
  selector: {matchLabels: {app: api, pod-template-hash: 5d4f8}}
  template:
    metadata: {labels: {app: api, pod-template-hash: 5d4f8}}
    spec: {containers: [{name: c, image: x}]}
`;
    const t = topologyOfYaml(
      NS +
        workload('Deployment', 'api', 2) +
        rs +
        owned('api-5d4f8-x1', 'app: api, pod-template-hash: 5d4f8', 'ReplicaSet', 'api-5d4f8'),
    );
    const pods = userPods(t);
    expect(pods).toHaveLength(2);
    expect(pods.map((p) => p.controller)).toEqual([
      { kind: 'ReplicaSet', name: 'api-5d4f8' },
      { kind: 'ReplicaSet', name: 'api-5d4f8' },
    ]);
    expect(pods.every((p) => p.owner?.kind === 'Deployment')).toBe(true);
    expect(pods.every((p) => p.labels['pod-template-hash'] === '5d4f8')).toBe(true);
    expect(t.workloads.map((w) => w.kind)).not.toContain('ReplicaSet');
  });

  it('§1.9 a StatefulSet claims its captured ordinals and creates only the missing ones', () => {
    const yaml = workload('StatefulSet', 'db', 2) + owned('db-0', 'app: db', 'StatefulSet', 'db');
    expect(names(yaml).sort()).toEqual(['db-0', 'db-1']);
  });
  it('§1.6 a CronJob whose Job and pod are in a dump: that run once, no hypothetical run beside it', () => {
    const cron = `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, namespace: shop, uid: u-nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: nightly}}
        spec: {restartPolicy: OnFailure, containers: [{name: c, image: x}]}
`;
    const job = `---
apiVersion: batch/v1
kind: Job
metadata:
  name: nightly-29000000
  namespace: shop
  uid: u-job
  ownerReferences:
  - {apiVersion: batch/v1, kind: CronJob, name: nightly, controller: true, uid: u-nightly}
spec:
  template:
    metadata: {labels: {app: nightly, batch.kubernetes.io/controller-uid: u-job}}
    spec: {restartPolicy: OnFailure, containers: [{name: c, image: x}]}
`;
    const pod = owned(
      'nightly-29000000-abcde',
      'app: nightly, batch.kubernetes.io/controller-uid: u-job',
      'Job',
      'nightly-29000000',
    );
    const t = topologyOfYaml(NS + cron + job + pod);
    expect(userPods(t).map((p) => [p.name, p.hypothetical ?? false])).toEqual([
      ['nightly-29000000-abcde', false],
    ]);
    expect(t.diagnostics.map((d) => d.code)).toContain('CRONJOB_CAPTURED_RUNS');
    // Without its Job in the input, the CronJob still shows its one hypothetical run.
    expect(userPods(topologyOfYaml(NS + cron)).map((p) => p.hypothetical)).toEqual([true]);
  });
});
