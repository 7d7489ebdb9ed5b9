import { describe, expect, it } from 'vitest';
import type { Cluster, Pod } from '../model/cluster';
import type { DnsType } from '../model/dns';
import { resolveName } from './resolver';
import { UPSTREAM_NOTE } from './searchWalk';
import { shopCluster, testCluster, testPod, testService } from './testCluster';

const shop = shopCluster();
/** testService puts every Service at test.yaml:10. */
const SVC_LINE = { file: 'test.yaml', line: 10 };
const dns = (name: string, type?: DnsType, from = 'shop/client', cluster: Cluster = shop) =>
  resolveName(cluster, { from, name, type });
const walk = (name: string, type?: DnsType) =>
  dns(name, type).steps.map((s) => `${s.name} ${s.rcode}${s.records.length ? '' : ' -'}`);

/** A cluster with `shopCluster`'s Services plus one extra pod to ask from. */
function withPod(pod: Pod): Cluster {
  const base = shopCluster();
  return testCluster({
    namespaces: ['shop', 'other'],
    pods: [...base.pods, pod],
    services: base.services.filter((s) => !s.builtin),
  });
}

describe('§4.5 worked walks (pod in shop, ClusterFirst, ndots 5)', () => {
  it('§4.5 web (0 dots) is found at web.shop.svc.cluster.local.', () => {
    const a = dns('web');
    expect(a.queries).toEqual(['web.shop.svc.cluster.local.']);
    expect(a.answer).toEqual({
      name: 'web.shop.svc.cluster.local',
      type: 'A',
      records: ['10.96.0.12'],
      source: SVC_LINE,
    });
    expect(a.rcode).toBe('NOERROR');
  });

  it('§4.5 web.other tries web.other.shop.svc first (NXDOMAIN), then finds web.other.svc', () => {
    const a = dns('web.other');
    expect(walk('web.other')).toEqual([
      'web.other.shop.svc.cluster.local. NXDOMAIN -',
      'web.other.svc.cluster.local. NOERROR',
    ]);
    expect(a.answer?.records).toEqual(['10.96.0.20']);
    expect(a.notes).toContain("ndots 5: 'web.other' has 1 dot, so the search list is tried first");
  });

  it('§4.5 web.other.svc: two NXDOMAIN suffixes, then web.other.svc.cluster.local.', () => {
    expect(walk('web.other.svc')).toEqual([
      'web.other.svc.shop.svc.cluster.local. NXDOMAIN -',
      'web.other.svc.svc.cluster.local. NXDOMAIN -',
      'web.other.svc.cluster.local. NOERROR',
    ]);
  });

  it('§4.5 web.other.svc.cluster.local (4 dots < 5): three suffixes, then the name as is', () => {
    expect(dns('web.other.svc.cluster.local').queries).toEqual([
      'web.other.svc.cluster.local.shop.svc.cluster.local.',
      'web.other.svc.cluster.local.svc.cluster.local.',
      'web.other.svc.cluster.local.cluster.local.',
      'web.other.svc.cluster.local.',
    ]);
    expect(dns('web.other.svc.cluster.local').answer?.records).toEqual(['10.96.0.20']);
  });

  it('§4.5 a trailing dot is queried exactly, never with the search list', () => {
    expect(dns('web.other.svc.cluster.local.').queries).toEqual(['web.other.svc.cluster.local.']);
    const miss = dns('web.');
    expect([miss.queries, miss.rcode, miss.answer]).toEqual([['web.'], 'NXDOMAIN', null]);
  });

  it('§4.5 api.example.com: three NXDOMAIN suffixes, then upstream (unknown offline)', () => {
    const a = dns('api.example.com');
    expect(walk('api.example.com')).toEqual([
      'api.example.com.shop.svc.cluster.local. NXDOMAIN -',
      'api.example.com.svc.cluster.local. NXDOMAIN -',
      'api.example.com.cluster.local. NXDOMAIN -',
      'api.example.com. UPSTREAM -',
    ]);
    expect([a.rcode, a.answer]).toEqual(['NXDOMAIN', null]);
    expect(a.notes).toContain(UPSTREAM_NOTE);
  });

  it('§4.5 a.b.c.d.e.f (5 dots ≥ 5): as is first (upstream), then the three suffixes', () => {
    expect(walk('a.b.c.d.e.f')).toEqual([
      'a.b.c.d.e.f. UPSTREAM -',
      'a.b.c.d.e.f.shop.svc.cluster.local. NXDOMAIN -',
      'a.b.c.d.e.f.svc.cluster.local. NXDOMAIN -',
      'a.b.c.d.e.f.cluster.local. NXDOMAIN -',
    ]);
    expect(dns('a.b.c.d.e.f').rcode).toBe('NXDOMAIN');
  });

  it('§4.5 other (a namespace name): NODATA at other.svc, glibc goes on; final status no data', () => {
    const a = dns('other');
    expect(walk('other')).toEqual([
      'other.shop.svc.cluster.local. NXDOMAIN -',
      'other.svc.cluster.local. NOERROR -',
      'other.cluster.local. NXDOMAIN -',
      'other. UPSTREAM -',
    ]);
    // Rule 5: no as-is query went first, a candidate said NODATA → "no data" = NOERROR, null.
    expect([a.rcode, a.answer]).toEqual(['NOERROR', null]);
  });

  it('§4.5 db-0.db finds the StatefulSet pod through the headless Service', () => {
    const a = dns('db-0.db');
    expect(a.queries).toEqual(['db-0.db.shop.svc.cluster.local.']);
    expect(a.answer?.records).toEqual(['10.244.0.5']);
  });

  it('§4.5 10-244-1-9.shop.pod: found at the third candidate under pods insecure', () => {
    expect(walk('10-244-1-9.shop.pod')).toEqual([
      '10-244-1-9.shop.pod.shop.svc.cluster.local. NXDOMAIN -',
      '10-244-1-9.shop.pod.svc.cluster.local. NXDOMAIN -',
      '10-244-1-9.shop.pod.cluster.local. NOERROR',
    ]);
    expect(dns('10-244-1-9.shop.pod').answer).toEqual({
      name: '10-244-1-9.shop.pod.cluster.local',
      type: 'A',
      records: ['10.244.1.9'],
    });
  });
});

describe('§4.5 rule 5 and types', () => {
  it('§4.2 AAAA on an IPv4 Service is NODATA; the walk ends as no data (NOERROR, null)', () => {
    const a = dns('web', 'AAAA');
    expect(a.steps[0]).toEqual({
      name: 'web.shop.svc.cluster.local.',
      rcode: 'NOERROR',
      records: [],
    });
    expect([a.rcode, a.answer]).toEqual(['NOERROR', null]);
  });

  it('§4.5 rule 5: with the as-is query first, its status is the final one', () => {
    const pod = testPod('shop/lean', '10.244.0.9', {
      dnsPolicy: 'None',
      dnsConfig: { nameservers: ['10.96.0.10'], searches: ['shop.svc.cluster.local'], options: [] },
    });
    const cluster = withPod(pod);
    const svcNs = dns('shop.svc.cluster.local', 'A', 'shop/lean', cluster);
    expect(svcNs.queries).toEqual([
      'shop.svc.cluster.local.',
      'shop.svc.cluster.local.shop.svc.cluster.local.',
    ]);
    expect([svcNs.rcode, svcNs.answer]).toEqual(['NOERROR', null]);
    expect(dns('web', 'A', 'shop/lean', cluster).answer?.records).toEqual(['10.96.0.12']);
  });

  it('§4.1 SRV for a named port; an unnamed port has no _port._proto record', () => {
    expect(dns('_http._tcp.web', 'SRV').answer).toEqual({
      name: '_http._tcp.web.shop.svc.cluster.local',
      type: 'SRV',
      records: ['0 100 80 web.shop.svc.cluster.local.'],
      source: SVC_LINE,
    });
    expect(dns('_http._tcp.plain', 'SRV').rcode).toBe('NXDOMAIN');
    expect(dns('plain', 'SRV').answer?.records).toEqual(['0 100 80 plain.shop.svc.cluster.local.']);
  });

  it('§4.1 PTR for a ClusterIP: the address is turned into its reverse name', () => {
    const a = dns('10.96.0.12', 'PTR');
    expect(a.queries).toEqual(['12.0.96.10.in-addr.arpa.']);
    expect(a.answer).toEqual({
      name: '12.0.96.10.in-addr.arpa',
      type: 'PTR',
      records: ['web.shop.svc.cluster.local.'],
      source: SVC_LINE,
    });
  });

  it('§4.2 a reverse name nothing matches falls through upstream', () => {
    const a = dns('203.0.113.7', 'PTR');
    expect(walk('7.113.0.203.in-addr.arpa.', 'PTR')).toEqual([
      '7.113.0.203.in-addr.arpa. UPSTREAM -',
    ]);
    expect([a.rcode, a.answer]).toEqual(['NXDOMAIN', null]);
  });

  it('§4.1 ExternalName: A gives the CNAME, the target being outside the cluster', () => {
    const a = dns('billing-db');
    expect(a.answer).toEqual({
      name: 'billing-db.shop.svc.cluster.local',
      type: 'CNAME',
      records: ['db.example.net.'],
      source: SVC_LINE,
    });
    expect(a.rcode).toBe('NOERROR');
    expect(a.notes.some((n) => n.includes('db.example.net is outside the cluster'))).toBe(true);
  });

  it('§4.1 ExternalName with an in-zone target: CoreDNS follows it and adds its A record', () => {
    const a = dns('alias');
    expect(a.steps[0].records).toEqual([
      'alias.shop.svc.cluster.local. CNAME web.other.svc.cluster.local.',
      'web.other.svc.cluster.local. A 10.96.0.20',
    ]);
    expect(a.answer).toEqual({
      name: 'alias.shop.svc.cluster.local',
      type: 'A',
      records: ['10.96.0.20'],
      source: SVC_LINE,
    });
    expect(dns('alias', 'CNAME').answer?.records).toEqual(['web.other.svc.cluster.local.']);
  });

  it('§3.6 an IP-looking ExternalName is never served: the walk ends NXDOMAIN', () => {
    const a = dns('legacy');
    expect(a.steps[0].rcode).toBe('NXDOMAIN');
    expect([a.rcode, a.answer]).toEqual(['NXDOMAIN', null]);
    expect(a.notes.some((n) => n.includes('looks like an IP address'))).toBe(true);
  });
});

describe('dnsPolicy, /etc/hosts and odd input', () => {
  it('§4.4 dnsPolicy None with a foreign nameserver: ndots 1, every name goes upstream', () => {
    const pod = testPod('shop/none', '10.244.0.9', {
      dnsPolicy: 'None',
      dnsConfig: { nameservers: ['192.0.2.53'], searches: ['shop.svc.cluster.local'], options: [] },
    });
    const a = dns('web.other', 'A', 'shop/none', withPod(pod));
    expect(a.resolvConf).toEqual({
      nameservers: ['192.0.2.53'],
      searches: ['shop.svc.cluster.local'],
      ndots: 1,
      options: [],
    });
    // 1 dot ≥ ndots 1: as is first, then the search list; nothing reaches cluster DNS.
    expect(a.steps.map((s) => `${s.name} ${s.rcode}`)).toEqual([
      'web.other. UPSTREAM',
      'web.other.shop.svc.cluster.local. UPSTREAM',
    ]);
    expect([a.rcode, a.answer]).toEqual(['NXDOMAIN', null]);
    expect(a.notes.some((n) => n.includes('192.0.2.53 is not cluster DNS'))).toBe(true);
  });

  it('§4.3 a hostNetwork pod with ClusterFirst acts as Default and cannot resolve cluster names', () => {
    const pod = testPod('shop/agent', '192.168.49.2', { hostNetwork: true });
    const a = dns('web', 'A', 'shop/agent', withPod(pod));
    expect(a.queries).toEqual(['web.']);
    expect(a.resolvConf.nameservers).toEqual(['192.168.49.1']);
    expect([a.rcode, a.answer]).toEqual(['NXDOMAIN', null]);
    expect(a.notes).toContain(UPSTREAM_NOTE);
  });

  it('§4.6 /etc/hosts first: the pod resolves its own FQDN even without a DNS record', () => {
    const pod = testPod('shop/db-9', '10.244.1.10', {
      specHostname: 'db-9',
      subdomain: 'db-headless',
    });
    const cluster = withPod(pod);
    const a = dns('db-9.db-headless.shop.svc.cluster.local', 'A', 'shop/db-9', cluster);
    expect(a.queries).toEqual([]);
    expect(a.steps).toEqual([
      {
        name: 'db-9.db-headless.shop.svc.cluster.local',
        rcode: 'HOSTS',
        records: ['10.244.1.10 db-9.db-headless.shop.svc.cluster.local db-9'],
      },
    ]);
    expect(a.answer?.records).toEqual(['10.244.1.10']);
    // Nobody else can: the name does not exist in cluster DNS.
    expect(dns('db-9.db-headless.shop.svc.cluster.local', 'A', 'shop/client', cluster).rcode).toBe(
      'NXDOMAIN',
    );
  });

  it('§4.6 hostAliases answer before DNS; localhost too', () => {
    const pod = testPod('shop/aliased', '10.244.0.11', {
      hostAliases: [{ ip: '192.0.2.7', hostnames: ['web'] }],
    });
    expect(dns('web', 'A', 'shop/aliased', withPod(pod)).answer?.records).toEqual(['192.0.2.7']);
    expect(dns('localhost').answer).toEqual({
      name: 'localhost',
      type: 'A',
      records: ['127.0.0.1'],
    });
  });

  it('names are case-insensitive; the pod may be named by its workload', () => {
    const cluster = withPod(testPod('shop/api-0', '10.244.0.12'));
    cluster.workloads.push({
      kind: 'Deployment',
      namespace: 'shop',
      name: 'api',
      labels: {},
      templateLabels: {},
      replicas: 1,
      pods: ['shop/api-0'],
      source: { file: 'test.yaml', line: 1 },
    });
    const a = dns('WEB.Other', 'A', 'shop/api', cluster);
    expect(a.queries[1]).toBe('web.other.svc.cluster.local.');
    expect(a.answer?.records).toEqual(['10.96.0.20']);
  });

  it('an unknown pod gives an error and NXDOMAIN, never a throw', () => {
    const a = dns('web', 'A', 'shop/ghost');
    expect(a.error).toMatch(/no pod 'shop\/ghost'/);
    expect([a.rcode, a.answer, a.queries]).toEqual(['NXDOMAIN', null, []]);
  });

  it('empty and malformed names are answered without a query', () => {
    for (const name of ['', '   ', 'a..b', `${'x'.repeat(64)}.shop`]) {
      const a = dns(name);
      expect([a.queries, a.rcode, a.answer]).toEqual([[], 'NXDOMAIN', null]);
      expect(a.notes.some((n) => n.includes('cannot be resolved'))).toBe(true);
    }
  });

  it('a numeric address needs no lookup; an unsupported type is an error', () => {
    expect(dns('10.96.0.12').answer).toEqual({
      name: '10.96.0.12',
      type: 'A',
      records: ['10.96.0.12'],
    });
    expect(dns('web', 'MX' as DnsType).error).toMatch(/unsupported/);
  });

  it('§4.1 a Service only reachable by name once its namespace exists', () => {
    const cluster = testCluster({
      namespaces: ['shop'],
      pods: [testPod('shop/c', '10.244.0.3')],
      services: [testService('other/web', { clusterIP: '10.96.0.20' })],
    });
    // Namespace `other` is not in the cluster's namespace list: cluster DNS says NXDOMAIN.
    expect(dns('web.other', 'A', 'shop/c', cluster).rcode).toBe('NXDOMAIN');
  });
});
