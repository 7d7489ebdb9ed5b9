import { describe, expect, it } from 'vitest';
import { buildCluster } from '../analyze';
import { DEFAULT_SETTINGS } from '../model/settings';
import { manifestsFromYaml } from '../testing/manifests';
import { dashedIp } from './names';
import { resolveName } from './resolver';

const STATEFULSET_EXAMPLE = `apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec:
  clusterIP: None
  selector: {app: db}
  ports: [{name: pg, port: 5432, targetPort: 5432}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: pg, image: postgres, ports: [{name: pg, containerPort: 5432}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: shop, labels: {app: db}}
spec: {containers: [{name: t, image: busybox}]}
`;

describe('DNS through the whole pipeline', () => {
  it('§4.2 StatefulSet example: per-pod names, the stray pod by dashed IP, the Service A set', () => {
    const cluster = buildCluster(manifestsFromYaml(STATEFULSET_EXAMPLE), DEFAULT_SETTINGS);
    const ip = (name: string) => cluster.pods.find((p) => p.ref === `shop/${name}`)?.ip ?? '';
    const [db0, db1, tool] = [ip('db-0'), ip('db-1'), ip('tool')];
    expect([db0, db1, tool].every((a) => /^10\.244\.\d+\.\d+$/.test(a))).toBe(true);
    const records = cluster.dnsRecords
      .filter((r) => r.type === 'A' && r.name.endsWith('db.shop.svc.cluster.local'))
      .map((r) => `${r.name} ${r.data}`);
    expect(records.sort()).toEqual(
      [
        `db-0.db.shop.svc.cluster.local ${db0}`,
        `db-1.db.shop.svc.cluster.local ${db1}`,
        `${dashedIp(tool)}.db.shop.svc.cluster.local ${tool}`,
        `db.shop.svc.cluster.local ${db0}`,
        `db.shop.svc.cluster.local ${db1}`,
        `db.shop.svc.cluster.local ${tool}`,
      ].sort(),
    );
    const srv = resolveName(cluster, { from: 'shop/tool', name: '_pg._tcp.db', type: 'SRV' });
    expect(srv.answer?.records).toContain('0 100 5432 db-0.db.shop.svc.cluster.local.');
    expect(srv.answer?.records).toHaveLength(3);
  });

  it('§4.5 from a StatefulSet pod: db-1.db resolves; kubernetes.default via the search list', () => {
    const cluster = buildCluster(manifestsFromYaml(STATEFULSET_EXAMPLE), DEFAULT_SETTINGS);
    const a = resolveName(cluster, { from: 'shop/db', name: 'db-1.db' });
    expect(a.queries).toEqual(['db-1.db.shop.svc.cluster.local.']);
    expect(a.answer?.records).toEqual([cluster.pods.find((p) => p.ref === 'shop/db-1')?.ip]);
    const api = resolveName(cluster, { from: 'shop/db-0', name: 'kubernetes.default' });
    expect(api.queries).toEqual([
      'kubernetes.default.shop.svc.cluster.local.',
      'kubernetes.default.svc.cluster.local.',
    ]);
    expect(api.answer?.records).toEqual(['10.96.0.1']);
    expect(api.resolvConf.nameservers).toEqual(['10.96.0.10']);
  });
});
