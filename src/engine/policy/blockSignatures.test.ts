import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IpBlock } from '../model/policy';
import { BitRows } from './bits';
import {
  blockMembership,
  createBlockRows,
  createBlockSignatures,
  createBlockTest,
} from './blockSignatures';
import { ipBlockMatchesParsed, ipv4Int } from './match';
import type { PodClass } from './podClasses';

// Blocks that nest, overlap, touch and cut holes into each other, plus IPv6 ones.
const CIDRS = ['10.0.0.0/8', '10.244.0.0/16', '10.244.1.0/24', '10.244.1.128/25', '0.0.0.0/0'];
const EXCEPTS = ['10.244.1.0/24', '10.244.1.7/32', '10.244.0.0/23', '10.0.0.0/8', 'fd00::/8'];
const block: fc.Arbitrary<IpBlock> = fc.oneof(
  fc.record({
    cidr: fc.constantFrom(...CIDRS),
    except: fc.uniqueArray(fc.constantFrom(...EXCEPTS), { maxLength: 2 }),
  }),
  fc.record({ cidr: fc.constantFrom('fd00::/8', '::/0'), except: fc.constant<string[]>([]) }),
);
// Addresses on and beside the range edges above, and IPv6 ones.
const ip = fc.oneof(
  fc
    .tuple(fc.constantFrom(9, 10, 11), fc.constantFrom(0, 243, 244, 245), fc.nat(2), fc.nat(255))
    .map((p) => p.join('.')),
  fc.constantFrom('10.244.1.6', '10.244.1.7', '10.244.1.8', '10.244.1.127', '10.244.1.128'),
  fc.constantFrom(
    '10.0.0.0',
    '10.244.0.0',
    '10.244.1.0',
    '10.244.1.255',
    '10.244.2.0',
    '10.255.255.255',
  ),
  fc.constantFrom('fd00::1', '2001:db8::1'),
);

describe('createBlockSignatures', () => {
  it('gives two addresses the same number exactly when the same blocks hold them', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 6 }),
        fc.array(ip, { minLength: 1, maxLength: 20 }),
        (blocks, ips) => {
          const signature = createBlockSignatures(blocks);
          const ids = ips.map((a) => signature(a, ipv4Int(a)));
          const refs = ips.map((a) => blockMembership(blocks, a, ipv4Int(a)));
          ids.forEach((x, i) => ids.forEach((y, j) => expect(x === y).toBe(refs[i] === refs[j])));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('createBlockTest answers as ipBlockMatchesParsed', () => {
    fc.assert(
      fc.property(block, ip, (b, a) => {
        expect(createBlockTest(b)(a, ipv4Int(a))).toBe(ipBlockMatchesParsed(b, a, ipv4Int(a)));
      }),
      { numRuns: 500 },
    );
  });

  it('createBlockRows sets exactly the classes createBlockTest holds, block after block', () => {
    fc.assert(
      fc.property(
        fc.array(ip, { maxLength: 12 }),
        fc.array(block, { maxLength: 6 }),
        (ips, blocks) => {
          const classes = ips.map((a, id): PodClass => ({
            id,
            rep: undefined as never,
            side: { kind: 'node', node: 'n', ip: a },
            ipInt: ipv4Int(a),
            port: 80,
            portGroup: 0,
          }));
          const rows = new BitRows(classes.length);
          const setMembers = createBlockRows(rows, classes);
          for (const b of blocks) {
            const row = rows.add();
            setMembers(b, row);
            const holds = createBlockTest(b);
            const expected = classes.filter((c) => holds(c.side.ip!, c.ipInt)).map((c) => c.id);
            expect(rows.members(row)).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
