import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressAt, addressAtReference, addressRange } from './addressRange';

describe('addressAt', () => {
  it('prints IPv4 addresses as the ipaddr.js reference does', () => {
    const cidr = fc
      .tuple(fc.array(fc.nat(255), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 32 }))
      .map(([bytes, prefix]) => `${bytes.join('.')}/${prefix}`);
    fc.assert(
      fc.property(cidr, fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), (c, raw) => {
        const range = addressRange(c)!;
        const offset = raw % range.size;
        expect(addressAt(range, offset)).toBe(addressAtReference(range, offset));
      }),
      { numRuns: 3000 },
    );
  });
});
