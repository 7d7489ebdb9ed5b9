import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DnsRecord, DnsType } from '../model/dns';
import { uniqueSorted, uniqueSortedReference } from './recordOrder';

// Few distinct values, so repeats, shared prefixes and space-joined look-alikes are common.
const text = fc
  .array(fc.constantFrom('a', 'b', '.', ' ', 'A', '-', '\u0000', 'é'), { maxLength: 4 })
  .map((cs) => cs.join(''));
const types: DnsType[] = ['A', 'AAAA', 'SRV', 'PTR', 'CNAME', 'TXT'];
const records = fc
  .array(fc.record({ name: text, type: fc.constantFrom(...types), data: text }), {
    maxLength: 40,
  })
  // Each record's source says where it was built, so the test sees which duplicate survives.
  .map((rs) => rs.map((r, i): DnsRecord => ({ ...r, source: { file: 'f', line: i } })));

// Two different records whose space-joined lines are equal: {n, t1, "t2 d"} and {"n t1", t2, d}.
const lookAlikes = fc
  .tuple(text, fc.constantFrom(...types), fc.constantFrom(...types), text)
  .map(([n, t1, t2, d]) => [
    { name: n, type: t1, data: `${t2} ${d}` },
    { name: `${n} ${t1}`, type: t2, data: d },
  ]);
const withLookAlikes = fc.tuple(records, lookAlikes, fc.nat()).map(([rs, pair, at]) => {
  const all = [...rs.slice(0, at % (rs.length + 1)), ...pair, ...rs.slice(at % (rs.length + 1))];
  return all.map((r, i): DnsRecord => ({ ...r, source: { file: 'f', line: i } }));
});

describe('DNS record order', () => {
  it('uniqueSorted keeps the same records, sources and order as the reference', () => {
    fc.assert(
      fc.property(records, (rs) => {
        expect(uniqueSorted([...rs])).toEqual(uniqueSortedReference(rs));
      }),
      { numRuns: 3000 },
    );
  });

  it('also without spaces in names, where the fast path runs', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const plain = rs.map((r) => ({ ...r, name: r.name.replaceAll(' ', '_') }));
        expect(uniqueSorted([...plain])).toEqual(uniqueSortedReference(plain));
      }),
      { numRuns: 3000 },
    );
  });

  it('treats records whose space-joined lines look alike as the reference does', () => {
    fc.assert(
      fc.property(withLookAlikes, (rs) => {
        expect(uniqueSorted([...rs])).toEqual(uniqueSortedReference(rs));
      }),
      { numRuns: 500 },
    );
  });
});
