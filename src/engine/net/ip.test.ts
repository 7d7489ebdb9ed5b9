import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  cidrStrictlyInside,
  isIp,
  isSpecialAddress,
  nthAddress,
  nthSubnet,
  parseCidr,
  reverseName,
} from './ip';

describe('ip and CIDR arithmetic', () => {
  it('recognises addresses and CIDRs', () => {
    expect(isIp('10.0.0.1')).toBe(true);
    expect(isIp('fd00::1')).toBe(true);
    expect(isIp('10.0.0')).toBe(false);
    expect(isIp('api')).toBe(false);
    expect(parseCidr('10.0.0.1/24')).toEqual({
      network: '10.0.0.0',
      prefix: 24,
      family: 'ipv4',
      hostBitsSet: true,
    });
    expect(parseCidr('nonsense')).toBeNull();
  });
  it('§6.5 an address only matches a block of its own family', () => {
    expect(cidrContains('0.0.0.0/0', '10.1.2.3')).toBe(true);
    expect(cidrContains('0.0.0.0/0', 'fd00::1')).toBe(false);
    expect(cidrContains('10.244.0.0/16', '10.244.3.7')).toBe(true);
    expect(cidrContains('10.244.0.0/16', '10.245.0.1')).toBe(false);
  });
  it('§8.5 except must be a strict subset of cidr', () => {
    expect(cidrStrictlyInside('10.244.0.0/16', '10.0.0.0/8')).toBe(true);
    expect(cidrStrictlyInside('10.0.0.0/8', '10.0.0.0/8')).toBe(false);
    expect(cidrStrictlyInside('11.0.0.0/16', '10.0.0.0/8')).toBe(false);
  });
  it('computes addresses, subnets and reverse names', () => {
    expect(nthAddress('10.96.0.0/12', 10)).toBe('10.96.0.10');
    expect(nthSubnet('10.244.0.0/16', 24, 2)).toBe('10.244.2.0/24');
    expect(reverseName('10.244.0.5')).toBe('5.0.244.10.in-addr.arpa');
    expect(isSpecialAddress('127.0.0.1')).toBe(true);
    expect(isSpecialAddress('169.254.1.1')).toBe(true);
    expect(isSpecialAddress('192.0.2.42')).toBe(false);
  });
});

describe('cidrContains fast IPv4 path', () => {
  it('agrees with ipaddr.js match() on generated addresses and blocks', async () => {
    const fc = (await import('fast-check')).default;
    const ipaddr = (await import('ipaddr.js')).default;
    const octet = fc.integer({ min: 0, max: 255 });
    const ip = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
    fc.assert(
      fc.property(ip, ip, fc.integer({ min: 0, max: 32 }), (a, net, prefix) => {
        const cidr = `${net}/${prefix}`;
        const expected = ipaddr.parse(a).match(ipaddr.parseCIDR(cidr));
        expect(cidrContains(cidr, a)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
