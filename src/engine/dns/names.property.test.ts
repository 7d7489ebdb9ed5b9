import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipFamily, reverseOf } from './names';

describe('reverseOf', () => {
  it('spells IPv4 reverse names as split, reverse and join would', () => {
    const octet = fc.oneof(fc.nat(255).map(String), fc.constantFrom('01', '256', '', 'x'));
    const ip = fc.array(octet, { minLength: 1, maxLength: 5 }).map((os) => os.join('.'));
    fc.assert(
      fc.property(ip, (text) => {
        const expected =
          ipFamily(text) === 'ipv4' ? `${text.split('.').reverse().join('.')}.in-addr.arpa` : null;
        if (ipFamily(text) !== 'ipv6') expect(reverseOf(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
