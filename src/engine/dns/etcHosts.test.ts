import { describe, expect, it } from 'vitest';
import { etcHostsOf, lookupHosts, etcHostsEntries } from './etcHosts';
import { testCluster, testPod } from './testCluster';

const cluster = testCluster({ namespaces: ['shop'] });
const kubeletHeader = [
  '# Kubernetes-managed hosts file.',
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost\tip6-localhost\tip6-loopback',
  'fe00::0\tip6-localnet',
  'fe00::0\tip6-mcastprefix',
  'fe00::1\tip6-allnodes',
  'fe00::2\tip6-allrouters',
];

describe('/etc/hosts', () => {
  it('§4.6 a pod with hostname and subdomain: <podIP> <FQDN> <hostname>', () => {
    const pod = testPod('shop/db-0', '10.244.0.5', {
      specHostname: 'db-0',
      subdomain: 'db-headless',
    });
    expect(etcHostsOf(cluster, pod)).toEqual([
      ...kubeletHeader,
      '10.244.0.5\tdb-0.db-headless.shop.svc.cluster.local\tdb-0',
    ]);
  });

  it('§4.6 without a subdomain: <podIP> <hostname>; hostAliases follow', () => {
    const pod = testPod('shop/web-7', '10.244.1.3', {
      hostAliases: [{ ip: '192.0.2.7', hostnames: ['legacy', 'legacy.corp'] }],
    });
    expect(etcHostsOf(cluster, pod)).toEqual([
      ...kubeletHeader,
      '10.244.1.3\tweb-7',
      '',
      '# Entries added by HostAliases.',
      '192.0.2.7\tlegacy\tlegacy.corp',
    ]);
  });

  it('§4.6 hostNetwork pods see the node file (IMPL stand-in) plus hostAliases', () => {
    const pod = testPod('shop/agent', '192.168.49.2', {
      hostNetwork: true,
      hostAliases: [{ ip: '192.0.2.8', hostnames: ['vault'] }],
    });
    expect(etcHostsEntries(cluster, pod)).toEqual([
      { ip: '127.0.0.1', names: ['localhost'] },
      { ip: '::1', names: ['localhost', 'ip6-localhost', 'ip6-loopback'] },
      { ip: '192.168.49.2', names: ['node-1'] },
      { ip: '192.0.2.8', names: ['vault'] },
    ]);
  });

  it('§4.6 lookups match any name of a line, case-insensitively, per address family', () => {
    const pod = testPod('shop/db-0', '10.244.0.5', { specHostname: 'db-0', subdomain: 'db' });
    const entries = etcHostsEntries(cluster, pod);
    expect(lookupHosts(entries, 'DB-0', 'ipv4')).toEqual({
      canonical: 'db-0.db.shop.svc.cluster.local',
      ips: ['10.244.0.5'],
      lines: ['10.244.0.5 db-0.db.shop.svc.cluster.local db-0'],
    });
    expect(lookupHosts(entries, 'localhost', 'ipv6')?.ips).toEqual(['::1']);
    expect(lookupHosts(entries, 'db-0.', 'ipv4')).toBeNull();
  });
});
