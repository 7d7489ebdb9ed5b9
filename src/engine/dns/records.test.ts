import { describe, expect, it } from 'vitest';
import type { DnsRecord } from '../model/dns';
import { DEFAULT_SETTINGS } from '../model/settings';
import { buildDnsRecords } from './records';
import { testCluster, testEndpoint, testPod, testPort, testService } from './testCluster';

const lines = (records: DnsRecord[], about: string) =>
  records
    .filter((r) => r.name.includes(about) || r.data.includes(about))
    .map((r) => `${r.name} ${r.type} ${r.data}`);

function statefulSetExample() {
  const db0 = testPod('shop/db-0', '10.244.0.5', { specHostname: 'db-0', subdomain: 'db' });
  const db1 = testPod('shop/db-1', '10.244.1.6', { specHostname: 'db-1', subdomain: 'db' });
  const tool = testPod('shop/tool', '10.244.1.9');
  const db = testService('shop/db', {
    clusterIP: 'None',
    headless: true,
    ports: [testPort('pg', 5432)],
    endpoints: [
      testEndpoint(db0, { pg: 5432 }, { hostname: 'db-0' }),
      testEndpoint(db1, { pg: 5432 }, { hostname: 'db-1' }),
      testEndpoint(tool, { pg: 5432 }),
    ],
  });
  return {
    cluster: testCluster({ namespaces: ['shop'], pods: [db0, db1, tool], services: [db] }),
    db,
  };
}

describe('buildDnsRecords', () => {
  it('§4.2 StatefulSet example: headless A, per-endpoint names, SRV and PTR, incl. the stray pod', () => {
    const { cluster, db } = statefulSetExample();
    expect(lines(cluster.dnsRecords, 'db.shop')).toEqual([
      '10-244-1-9.db.shop.svc.cluster.local A 10.244.1.9',
      '5.0.244.10.in-addr.arpa PTR db-0.db.shop.svc.cluster.local.',
      '6.1.244.10.in-addr.arpa PTR db-1.db.shop.svc.cluster.local.',
      '9.1.244.10.in-addr.arpa PTR 10-244-1-9.db.shop.svc.cluster.local.',
      '_pg._tcp.db.shop.svc.cluster.local SRV 0 100 5432 10-244-1-9.db.shop.svc.cluster.local.',
      '_pg._tcp.db.shop.svc.cluster.local SRV 0 100 5432 db-0.db.shop.svc.cluster.local.',
      '_pg._tcp.db.shop.svc.cluster.local SRV 0 100 5432 db-1.db.shop.svc.cluster.local.',
      'db-0.db.shop.svc.cluster.local A 10.244.0.5',
      'db-1.db.shop.svc.cluster.local A 10.244.1.6',
      'db.shop.svc.cluster.local A 10.244.0.5',
      'db.shop.svc.cluster.local A 10.244.1.6',
      'db.shop.svc.cluster.local A 10.244.1.9',
    ]);
    expect(db.dnsNames).toEqual([
      'db.shop.svc.cluster.local',
      '10-244-1-9.db.shop.svc.cluster.local',
      'db-0.db.shop.svc.cluster.local',
      'db-1.db.shop.svc.cluster.local',
    ]);
  });

  it('§4.1 dns-version TXT is always served', () => {
    const records = buildDnsRecords([], [], [], {
      ...DEFAULT_SETTINGS,
      clusterDomain: 'Corp.Local.',
    });
    expect(records).toEqual([{ name: 'dns-version.corp.local', type: 'TXT', data: '"1.1.0"' }]);
  });

  it('§4.1 ClusterIP Service: A regardless of endpoints, PTR, SRV for named ports only', () => {
    const web = testService('shop/web', {
      clusterIP: '10.96.0.12',
      ports: [testPort('http', 80), testPort('dns', 53, 'UDP', 5353)],
    });
    const api = testService('shop/api', { clusterIP: '10.96.0.13', ports: [testPort('', 8080)] });
    const cluster = testCluster({ namespaces: ['shop'], services: [web, api] });
    expect(lines(cluster.dnsRecords, 'web.shop')).toEqual([
      '12.0.96.10.in-addr.arpa PTR web.shop.svc.cluster.local.',
      '_dns._udp.web.shop.svc.cluster.local SRV 0 100 53 web.shop.svc.cluster.local.',
      '_http._tcp.web.shop.svc.cluster.local SRV 0 100 80 web.shop.svc.cluster.local.',
      'web.shop.svc.cluster.local A 10.96.0.12',
    ]);
    expect(lines(cluster.dnsRecords, 'api.shop')).toEqual([
      '13.0.96.10.in-addr.arpa PTR api.shop.svc.cluster.local.',
      'api.shop.svc.cluster.local A 10.96.0.13',
    ]);
    expect(web.dnsNames).toEqual(['web.shop.svc.cluster.local']);
    expect(cluster.dnsRecords.find((r) => r.name === 'web.shop.svc.cluster.local')?.source).toEqual(
      { file: 'test.yaml', line: 10 },
    );
  });

  it('§4.1 CoreDNS extension: endpoint hostname names also exist for a non-headless Service', () => {
    const p = testPod('shop/web-1', '10.244.0.7', { specHostname: 'w1', subdomain: 'web' });
    const web = testService('shop/web', {
      clusterIP: '10.96.0.12',
      ports: [testPort('http', 80, 'TCP', 8080)],
      endpoints: [testEndpoint(p, { http: 8080 }, { hostname: 'w1' })],
    });
    const cluster = testCluster({ namespaces: ['shop'], pods: [p], services: [web] });
    expect(lines(cluster.dnsRecords, 'w1.web')).toEqual([
      'w1.web.shop.svc.cluster.local A 10.244.0.7',
    ]);
    // The SRV of a ClusterIP Service publishes the Service port, not the endpoint's.
    expect(lines(cluster.dnsRecords, '_http')).toEqual([
      '_http._tcp.web.shop.svc.cluster.local SRV 0 100 80 web.shop.svc.cluster.local.',
    ]);
  });

  it('§4.1 headless SRV publishes the resolved endpoint port, per endpoint and named port', () => {
    const a = testPod('shop/a', '10.244.0.8');
    const b = testPod('shop/b', '10.244.1.8');
    const svc = testService('shop/h', {
      clusterIP: 'None',
      headless: true,
      ports: [testPort('http', 80, 'TCP', 'web'), testPort('metrics', 9100)],
      endpoints: [testEndpoint(a, { http: 8080, metrics: 9100 }), testEndpoint(b, { http: 9090 })],
    });
    const cluster = testCluster({ namespaces: ['shop'], pods: [a, b], services: [svc] });
    expect(lines(cluster.dnsRecords, '._tcp.h.shop')).toEqual([
      '_http._tcp.h.shop.svc.cluster.local SRV 0 100 8080 10-244-0-8.h.shop.svc.cluster.local.',
      '_http._tcp.h.shop.svc.cluster.local SRV 0 100 9090 10-244-1-8.h.shop.svc.cluster.local.',
      '_metrics._tcp.h.shop.svc.cluster.local SRV 0 100 9100 10-244-0-8.h.shop.svc.cluster.local.',
    ]);
  });

  it('§4.1 only ready endpoints appear, unless publishNotReadyAddresses', () => {
    const p = testPod('shop/a', '10.244.0.8');
    const ep = testEndpoint(p, {}, { ready: false });
    const hidden = testService('shop/h', { clusterIP: 'None', headless: true, endpoints: [ep] });
    const shown = testService('shop/s', {
      clusterIP: 'None',
      headless: true,
      publishNotReadyAddresses: true,
      endpoints: [ep],
    });
    const cluster = testCluster({ namespaces: ['shop'], pods: [p], services: [hidden, shown] });
    expect(lines(cluster.dnsRecords, 'h.shop')).toEqual([]);
    expect(hidden.dnsNames).toEqual([]);
    expect(lines(cluster.dnsRecords, 's.shop')).toEqual([
      '10-244-0-8.s.shop.svc.cluster.local A 10.244.0.8',
      '8.0.244.10.in-addr.arpa PTR 10-244-0-8.s.shop.svc.cluster.local.',
      's.shop.svc.cluster.local A 10.244.0.8',
    ]);
  });

  it('§4.1 ExternalName gives a CNAME; an IP-looking value gives nothing (§3.6)', () => {
    const ext = testService('shop/billing-db', {
      type: 'ExternalName',
      externalName: 'DB.example.net.',
    });
    const ip = testService('shop/legacy', { type: 'ExternalName', externalName: '192.0.2.10' });
    const cluster = testCluster({ namespaces: ['shop'], services: [ext, ip] });
    expect(lines(cluster.dnsRecords, '.shop')).toEqual([
      'billing-db.shop.svc.cluster.local CNAME db.example.net.',
    ]);
    expect(ext.dnsNames).toEqual(['billing-db.shop.svc.cluster.local']);
    expect(ip.dnsNames).toEqual([]);
  });

  it('§4.1 IPv6 ClusterIP gives AAAA and an ip6.arpa PTR', () => {
    const v6 = testService('shop/v6', { clusterIP: 'fd00::1' });
    const cluster = testCluster({ namespaces: ['shop'], services: [v6] });
    const ptr = `1.0.0.0.${'0.'.repeat(26)}d.f.ip6.arpa PTR v6.shop.svc.cluster.local.`;
    expect(lines(cluster.dnsRecords, 'v6.shop')).toEqual([
      ptr,
      'v6.shop.svc.cluster.local AAAA fd00::1',
    ]);
  });

  it('§4.1 every record of 6,000 Services and 5,000 pods is listed once', () => {
    const pods = Array.from({ length: 5000 }, (_, i) =>
      testPod(`ns${i % 50}/p${i}`, `10.244.${Math.floor(i / 250)}.${(i % 250) + 2}`),
    );
    const services = Array.from({ length: 6000 }, (_, i) =>
      testService(`ns${i % 50}/s${i}`, {
        clusterIP: i % 2 ? `10.100.${Math.floor(i / 250)}.${(i % 250) + 1}` : 'None',
        headless: i % 2 === 0,
        ports: [testPort('http', 80)],
        endpoints: i < 5000 ? [testEndpoint(pods[i], { http: 8080 })] : [],
      }),
    );
    const records = buildDnsRecords(services, pods, [], DEFAULT_SETTINGS);
    // 3000 ClusterIP × (A, PTR, SRV) + 2500 endpoint names; 2500 headless with an endpoint × 4.
    expect(records.length).toBe(1 + 3000 * 3 + 2500 + 2500 * 4);
  });
});
