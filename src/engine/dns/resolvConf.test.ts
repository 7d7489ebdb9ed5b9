import { describe, expect, it } from 'vitest';
import { buildResolvConf, NODE_UPSTREAM_NAMESERVER, resolvConfOf } from './resolvConf';
import { testCluster, testPod } from './testCluster';

const cluster = testCluster({ namespaces: ['shop'] });

describe('resolv.conf', () => {
  it('§4.3 ClusterFirst (the default): cluster DNS, namespace search list, ndots:5', () => {
    expect(resolvConfOf(cluster, testPod('shop/web', '10.244.0.5'))).toEqual([
      'nameserver 10.96.0.10',
      'search shop.svc.cluster.local svc.cluster.local cluster.local',
      'options ndots:5',
    ]);
  });

  it('§4.3 the search list follows the cluster domain setting', () => {
    const corp = testCluster({
      namespaces: ['shop'],
      settings: { clusterDomain: 'corp.internal' },
    });
    expect(resolvConfOf(corp, testPod('shop/web', '10.244.0.5'))[1]).toBe(
      'search shop.svc.corp.internal svc.corp.internal corp.internal',
    );
  });

  it('§4.4 dnsConfig merge: nameserver appended, duplicate search dropped, ndots replaced', () => {
    const tuned = testPod('shop/tuned', '10.244.0.6', {
      dnsConfig: {
        nameservers: ['192.0.2.53'],
        searches: ['corp.example', 'svc.cluster.local'],
        options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }],
      },
    });
    expect(resolvConfOf(cluster, tuned)).toEqual([
      'nameserver 10.96.0.10',
      'nameserver 192.0.2.53',
      'search shop.svc.cluster.local svc.cluster.local cluster.local corp.example',
      'options ndots:2 edns0',
    ]);
    expect(buildResolvConf(cluster, tuned).ndots).toBe(2);
  });

  it('§4.4 dnsPolicy None: only what the pod declares, ndots falls back to the resolver default 1', () => {
    const none = testPod('shop/none', '10.244.0.7', {
      dnsPolicy: 'None',
      dnsConfig: { nameservers: ['192.0.2.53'], searches: ['shop.svc.cluster.local'], options: [] },
    });
    expect(resolvConfOf(cluster, none)).toEqual([
      'nameserver 192.0.2.53',
      'search shop.svc.cluster.local',
    ]);
    const rc = buildResolvConf(cluster, none);
    expect([rc.policy, rc.ndots, rc.ndotsFrom]).toEqual(['None', 1, 'resolver default']);
  });

  it('§4.3 dnsPolicy Default: the node resolv.conf (IMPL: one upstream, no search, no options)', () => {
    const pod = testPod('shop/d', '10.244.0.8', { dnsPolicy: 'Default' });
    expect(resolvConfOf(cluster, pod)).toEqual([`nameserver ${NODE_UPSTREAM_NAMESERVER}`]);
    expect(buildResolvConf(cluster, pod).ndots).toBe(1);
  });

  it('§4.3 hostNetwork + ClusterFirst behaves as Default; ClusterFirstWithHostNet uses cluster DNS', () => {
    const host = testPod('shop/h', '192.168.49.2', { hostNetwork: true });
    const rc = buildResolvConf(cluster, host);
    expect([rc.policy, rc.nameservers]).toEqual(['Default', [NODE_UPSTREAM_NAMESERVER]]);
    expect(rc.notes[0]).toMatch(/behaves as Default/);
    const withHostNet = testPod('shop/h2', '192.168.49.2', {
      hostNetwork: true,
      dnsPolicy: 'ClusterFirstWithHostNet',
    });
    expect(resolvConfOf(cluster, withHostNet)[0]).toBe('nameserver 10.96.0.10');
  });

  it('§4.4 nameservers: duplicates removed, then cut to 3', () => {
    const pod = testPod('shop/n', '10.244.0.9', {
      dnsConfig: {
        nameservers: ['10.96.0.10', '192.0.2.1', '192.0.2.2', '192.0.2.3'],
        searches: [],
        options: [],
      },
    });
    expect(buildResolvConf(cluster, pod).nameservers).toEqual([
      '10.96.0.10',
      '192.0.2.1',
      '192.0.2.2',
    ]);
  });

  it('§4.4 search list cut to 32 entries, then from the end until the line fits 2048 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => `d${i}.example`);
    const pod = testPod('shop/s', '10.244.0.9', {
      dnsConfig: { nameservers: [], searches: many, options: [] },
    });
    expect(buildResolvConf(cluster, pod).searches).toHaveLength(32);
    const long = Array.from(
      { length: 20 },
      (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(98)}.example`,
    );
    const wide = testPod('shop/w', '10.244.0.9', {
      dnsConfig: { nameservers: [], searches: long, options: [] },
    });
    const searches = buildResolvConf(cluster, wide).searches;
    // The 3 cluster entries take 54 characters; each 108-character entry adds 109 with its space:
    // 18 of them make 2,016 ≤ 2,048, a 19th would make 2,125.
    expect(searches).toHaveLength(3 + 18);
    expect(searches.join(' ').length).toBeLessThanOrEqual(2048);
  });

  it('§4.5 glibc caps ndots at 15', () => {
    const pod = testPod('shop/x', '10.244.0.9', {
      dnsConfig: { nameservers: [], searches: [], options: [{ name: 'ndots', value: '30' }] },
    });
    expect(buildResolvConf(cluster, pod).ndots).toBe(15);
  });
});
