// queryView: DNS step wording, short header names, CSV quoting and formula safety.
import { describe, expect, it } from 'vitest';
import { csvField, shortNames, stepOutcome } from './queryView';

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

describe('csvField', () => {
  it('quotes and neutralises hostile fields', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
