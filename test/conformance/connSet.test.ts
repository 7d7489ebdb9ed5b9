import { describe, expect, it } from 'vitest';
import { parseConn, renderConn, setFromProbes } from './connSet';
import { gaps, parseRange, probeAddress } from './ipRanges';
import { compareLines, explain } from './npguardCompare';
import type { Cluster } from '../../src/engine/index';

describe('np-guard comparison machinery', () => {
  it('parses and renders connection sets canonically (README "Format of the expected files")', () => {
    const text = 'SCTP 1-9002,9004-65535,TCP 1-65535';
    expect(parseConn(text).SCTP).toEqual([
      [1, 9002],
      [9004, 65535],
    ]);
    expect(renderConn(parseConn(text))).toBe(text);
    expect(renderConn(parseConn('SCTP 1-65535,TCP 1-65535,UDP 1-65535'))).toBe('All Connections');
    expect(renderConn(parseConn('TCP 80,81,UDP 53'))).toBe('TCP 80-81,UDP 53');
  });

  it('builds a set from verdicts at probe ports, each holding until the next probe', () => {
    const set = setFromProbes([1, 80, 81, 65535], (proto, port) => proto === 'TCP' && port === 80);
    expect(renderConn(set)).toBe('TCP 80');
    expect(
      renderConn(setFromProbes([1, 53, 54], (proto, port) => proto !== 'SCTP' && port >= 53)),
    ).toBe('TCP 53-65535,UDP 53-65535');
  });

  it('reads IP ranges and finds the uncovered gaps', () => {
    expect(parseRange('10.0.0.0-10.255.255.255[External]')).toEqual([[167772160, 184549375]]);
    expect(
      gaps([
        parseRange('0.0.0.0-9.255.255.255[External]'),
        parseRange('11.0.0.0-255.255.255.255[External]'),
      ]),
    ).toEqual(['10.0.0.0-10.255.255.255[External]']);
  });

  it('probes a range outside the pod, Service and node addresses, or reports none', () => {
    const cluster = {
      settings: { podCIDR: '10.244.0.0/16', serviceCIDR: '10.96.0.0/12' },
      nodes: [{ ip: '192.168.0.1', podCIDR: '10.244.0.0/24' }],
      pods: [],
    } as unknown as Cluster;
    expect(probeAddress(parseRange('10.244.0.0-10.244.255.255[External]'), cluster)).toBe(
      undefined,
    );
    expect(probeAddress(parseRange('10.240.0.0-10.250.255.255[External]'), cluster)).toBe(
      '10.240.0.0',
    );
    expect(probeAddress(parseRange('10.244.0.0-10.245.0.0[External]'), cluster)).toBe('10.245.0.0');
  });

  it('compares lines and explains differences by exact line or pattern', () => {
    const expected = new Map([
      ['a => b', 'TCP 80'],
      ['a => c', 'All Connections'],
    ]);
    const ours = new Map([
      ['a => b', 'TCP 80'],
      ['c => a', 'UDP 53'],
    ]);
    const cmp = compareLines(expected, ours, []);
    expect([cmp.total, cmp.agreed]).toEqual([2, 1]);
    expect(cmp.diffs.map((d) => d.text)).toEqual([
      'a => c : expected All Connections ; Podpath (no line)',
      'c => a : expected (no line) ; Podpath UDP 53',
    ]);
    const known = [{ case: 'x', line: 'a => c : All Connections', reason: 'r' }];
    expect(explain(known, 'x', cmp.diffs[0])).toBe(known[0]);
    expect(explain(known, 'y', cmp.diffs[0])).toBe(undefined);
    expect(
      explain([{ case: '*', pattern: '^c => ', reason: 'r' }], 'y', cmp.diffs[1])?.reason,
    ).toBe('r');
  });
});
