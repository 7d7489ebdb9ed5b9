// queryView: DNS step wording, short header names, CSV quoting and formula safety.
import { describe, expect, it } from 'vitest';
import type { MatrixResult } from '../../engine/index';
import { allowedCount, csvField, matrixCsv, shortNames, stepOutcome } from './queryView';

describe('stepOutcome', () => {
  it('names each rcode, NODATA for an empty NOERROR', () => {
    expect(stepOutcome({ name: 'a.', rcode: 'NXDOMAIN', records: [] })).toBe('NXDOMAIN');
    expect(stepOutcome({ name: 'a.', rcode: 'NOERROR', records: [] })).toBe('NODATA');
    expect(stepOutcome({ name: 'a.', rcode: 'NOERROR', records: ['a. A 1.2.3.4'] })).toBe('answer');
    expect(stepOutcome({ name: 'a.', rcode: 'UPSTREAM', records: [] })).toBe('forwarded upstream');
  });
});

describe('shortNames', () => {
  it('drops the namespace unless the name repeats', () => {
    expect(shortNames(['shop/web-1', 'shop/db-0', 'other/web-1'])).toEqual([
      'shop/web-1',
      'db-0',
      'other/web-1',
    ]);
  });
});

describe('matrixCsv', () => {
  const m: MatrixResult = {
    port: 8080,
    protocol: 'TCP',
    pods: ['a/x', 'a/y'],
    matrix: { 'a/x': { 'a/x': true, 'a/y': false }, 'a/y': { 'a/x': true, 'a/y': true } },
    notes: [],
  };
  it('writes a header and one row per source', () => {
    expect(matrixCsv(m)).toBe(
      'from \\ to (TCP 8080),a/x,a/y\r\na/x,allowed,denied\r\na/y,allowed,allowed\r\n',
    );
    expect(allowedCount(m)).toBe(3);
  });
  it('quotes and neutralises hostile fields', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
