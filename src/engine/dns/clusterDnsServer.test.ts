import { describe, expect, it } from 'vitest';
import type { DnsType } from '../model/dns';
import { askClusterDns, clusterDnsIndex } from './clusterDnsServer';
import { shopCluster } from './testCluster';

const index = clusterDnsIndex(shopCluster());
/** `RCODE` for NXDOMAIN/UPSTREAM, `NODATA` for an empty NOERROR, else the record data. */
function ask(name: string, type: DnsType = 'A'): string | string[] {
  const a = askClusterDns(index, name, type);
  if (a.rcode !== 'NOERROR') return a.rcode;
  return a.records.length === 0 ? 'NODATA' : a.records.map((r) => `${r.type} ${r.data}`);
}

describe('cluster DNS answers (§4.2 table)', () => {
  it('§4.2 apex and structural names exist without records (NODATA)', () => {
    expect(ask('cluster.local')).toBe('NODATA');
    expect(ask('svc.cluster.local')).toBe('NODATA');
    expect(ask('pod.cluster.local')).toBe('NODATA');
  });

  it('§4.2 namespace names: NODATA when the namespace exists, else NXDOMAIN', () => {
    expect(ask('shop.svc.cluster.local')).toBe('NODATA');
    expect(ask('other.pod.cluster.local')).toBe('NODATA');
    expect(ask('nope.svc.cluster.local')).toBe('NXDOMAIN');
    expect(ask('nope.pod.cluster.local')).toBe('NXDOMAIN');
  });

  it('§4.2 ClusterIP Service: A record even with 0 endpoints; AAAA/TXT are NODATA', () => {
    expect(ask('plain.shop.svc.cluster.local')).toEqual(['A 10.96.0.30']);
    expect(ask('web.shop.svc.cluster.local', 'AAAA')).toBe('NODATA');
    expect(ask('web.shop.svc.cluster.local', 'TXT')).toBe('NODATA');
  });

  it('§4.2 headless Service: one A per ready endpoint; none ready → NXDOMAIN', () => {
    expect(ask('db.shop.svc.cluster.local')).toEqual([
      'A 10.244.0.5',
      'A 10.244.1.6',
      'A 10.244.1.9',
    ]);
    expect(ask('empty.shop.svc.cluster.local')).toBe('NXDOMAIN');
  });

  it('§4.2 missing Service, unknown endpoint hostname, neither svc nor pod → NXDOMAIN', () => {
    expect(ask('missing.shop.svc.cluster.local')).toBe('NXDOMAIN');
    expect(ask('db-7.db.shop.svc.cluster.local')).toBe('NXDOMAIN');
    expect(ask('a.b.cluster.local')).toBe('NXDOMAIN');
  });

  it('§4.2 more than 2 labels in front of <svc>.<ns>.svc.<zone> → NXDOMAIN', () => {
    expect(ask('a._pg._tcp.db.shop.svc.cluster.local', 'SRV')).toBe('NXDOMAIN');
    expect(ask('x.y.db.shop.svc.cluster.local')).toBe('NXDOMAIN');
  });

  it('§4.2 per-endpoint names: hostname or dashed IP', () => {
    expect(ask('db-0.db.shop.svc.cluster.local')).toEqual(['A 10.244.0.5']);
    expect(ask('10-244-1-9.db.shop.svc.cluster.local')).toEqual(['A 10.244.1.9']);
  });

  it('§4.2 _<port>._<proto> SRV: the named port, NXDOMAIN for an unknown one', () => {
    expect(ask('_http._tcp.web.shop.svc.cluster.local', 'SRV')).toEqual([
      'SRV 0 100 80 web.shop.svc.cluster.local.',
    ]);
    expect(ask('_http._udp.web.shop.svc.cluster.local', 'SRV')).toBe('NXDOMAIN');
    expect(ask('_pg._tcp.db.shop.svc.cluster.local', 'A')).toBe('NODATA');
  });

  it('§4.1 SRV on the bare Service name returns all its ports (CoreDNS), unnamed ones too', () => {
    expect(ask('web.shop.svc.cluster.local', 'SRV')).toEqual([
      'SRV 0 100 80 web.shop.svc.cluster.local.',
      'SRV 0 100 9000 web.shop.svc.cluster.local.',
    ]);
    expect(ask('plain.shop.svc.cluster.local', 'SRV')).toEqual([
      'SRV 0 100 80 plain.shop.svc.cluster.local.',
    ]);
    expect(ask('db.shop.svc.cluster.local', 'SRV')).toEqual([
      'SRV 0 100 5432 db-0.db.shop.svc.cluster.local.',
      'SRV 0 100 5432 db-1.db.shop.svc.cluster.local.',
      'SRV 0 100 5432 10-244-1-9.db.shop.svc.cluster.local.',
    ]);
  });

  it('§4.2 ExternalName: CNAME; an in-zone target is followed; an IP-looking value is NXDOMAIN', () => {
    expect(ask('billing-db.shop.svc.cluster.local', 'CNAME')).toEqual(['CNAME db.example.net.']);
    expect(ask('billing-db.shop.svc.cluster.local')).toEqual(['CNAME db.example.net.']);
    expect(ask('alias.shop.svc.cluster.local')).toEqual([
      'CNAME web.other.svc.cluster.local.',
      'A 10.96.0.20',
    ]);
    expect(ask('legacy.shop.svc.cluster.local')).toBe('NXDOMAIN');
  });

  it('§4.2 dns-version TXT', () => {
    expect(ask('dns-version.cluster.local', 'TXT')).toEqual(['TXT "1.1.0"']);
  });

  it('§4.1 pod records under pods insecure: any well-formed dashed IP in an existing namespace', () => {
    expect(ask('10-244-1-9.shop.pod.cluster.local')).toEqual(['A 10.244.1.9']);
    expect(ask('10-1-2-3.other.pod.cluster.local')).toEqual(['A 10.1.2.3']);
    expect(ask('10-244-1-9.shop.pod.cluster.local', 'AAAA')).toBe('NODATA');
    expect(ask('fd00--1.shop.pod.cluster.local', 'AAAA')).toEqual(['AAAA fd00::1']);
    expect(ask('10-244-1-9.nope.pod.cluster.local')).toBe('NXDOMAIN');
    expect(ask('10-244-1-999.shop.pod.cluster.local')).toBe('NXDOMAIN');
    expect(ask('web.shop.pod.cluster.local')).toBe('NXDOMAIN');
  });

  it('§4.2 names outside the zone go upstream', () => {
    expect(ask('api.example.com')).toBe('UPSTREAM');
    expect(ask('cluster.local.example.com')).toBe('UPSTREAM');
  });

  it('§4.1 PTR: ClusterIP first, then endpoints of any Service; no match falls through upstream', () => {
    expect(ask('12.0.96.10.in-addr.arpa', 'PTR')).toEqual(['PTR web.shop.svc.cluster.local.']);
    expect(ask('5.0.244.10.in-addr.arpa', 'PTR')).toEqual(['PTR db-0.db.shop.svc.cluster.local.']);
    // CoreDNS extension: an endpoint of a non-headless Service.
    expect(ask('4.0.244.10.in-addr.arpa', 'PTR')).toEqual([
      'PTR 10-244-0-4.web.shop.svc.cluster.local.',
    ]);
    expect(ask('12.0.96.10.in-addr.arpa', 'A')).toBe('NODATA');
    expect(ask('99.0.96.10.in-addr.arpa', 'PTR')).toBe('UPSTREAM');
  });
});
