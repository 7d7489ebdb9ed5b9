// Unit tests for the CLI's pure pieces that the golden scenarios cannot reach while engine stages
// are stubs: escaping, tables, diagnostic lines, input ordering, the inspect JSON mapping, and
// the scenario harness's own parser and matcher.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Cluster, type Service } from '../../src/engine/index';
import { formatDiagnosticLine } from '../../src/cli/format/diagnostics';
import { sanitize, table } from '../../src/cli/format/human';
import { toInspectJson } from '../../src/cli/format/inspectJson';
import { listManifestFiles, readInputs } from '../../src/cli/readInputs';
import { mismatches } from './match';
import { parseScenario, splitCommand } from './scenarioFile';

describe('sanitize', () => {
  it('escapes terminal escapes, C0/C1 controls and bidi overrides', () => {
    expect(sanitize('a\x1b[31mred\x1b[0m')).toBe('a\\x1b[31mred\\x1b[0m');
    expect(sanitize('x\ny\tz\r\x00\x7f\x9b')).toBe('x\\ny\\tz\\r\\x00\\x7f\\x9b');
    expect(sanitize('abc\u202Eevil')).toBe('abc\\u202eevil');
    expect(sanitize('plain ✓ text')).toBe('plain ✓ text');
  });
});

describe('table', () => {
  it('aligns columns with two spaces and leaves no trailing blanks', () => {
    expect(table(['A', 'BB'], [['long', 'x'], ['s', '']])).toEqual([
      '  A     BB',
      '  long  x',
      '  s',
    ]);
  });
});

describe('formatDiagnosticLine', () => {
  it('prints file:line:col: severity: message, column 1 when unknown', () => {
    const d = { code: 'X', severity: 'warning' as const, message: 'm', file: 'a.yaml', line: 3 };
    expect(formatDiagnosticLine(d)).toBe('a.yaml:3:1: warning: m');
    expect(formatDiagnosticLine({ ...d, column: 7 })).toBe('a.yaml:3:7: warning: m');
    expect(formatDiagnosticLine({ code: 'X', severity: 'info', message: 'n' })).toBe(
      'podpath: info: n',
    );
  });
  it('escapes control characters from manifests', () => {
    const d = { code: 'X', severity: 'error' as const, message: 'bad name "a\x1b[2J"' };
    expect(formatDiagnosticLine(d)).toBe('podpath: error: bad name "a\\x1b[2J"');
  });
});

describe('readInputs', () => {
  const dir = 'test/fixtures/manifests/input/ordered-dir';
  it('lists .yaml/.yml/.json below a directory, sorted by path', () => {
    expect(listManifestFiles(dir)).toEqual(['a/extra.yml', 'a/first.yaml', 'b.yaml', 'c.json']);
  });
  it('names directory entries after the argument as typed, and stdin <stdin>', async () => {
    const files = await readInputs([`${dir}/`, '-'], () => Promise.resolve('\ufeffkind: x\n'));
    expect(files.map((f) => f.name)).toEqual([
      `${dir}/a/extra.yml`,
      `${dir}/a/first.yaml`,
      `${dir}/b.yaml`,
      `${dir}/c.json`,
      '<stdin>',
    ]);
    expect(files[4].text).toBe('kind: x\n');
  });
  it('refuses a missing file with exit 1 and stdin twice with exit 2', async () => {
    const stdin = () => Promise.resolve('');
    await expect(readInputs(['nope.yaml'], stdin)).rejects.toMatchObject({ code: 1 });
    await expect(readInputs(['-', '-'], stdin)).rejects.toMatchObject({ code: 2 });
  });
});

describe('toInspectJson', () => {
  const src = { file: 'a.yaml', line: 1 };
  const service = (over: Partial<Service>): Service => ({
    namespace: 'x',
    name: 's',
    type: 'ClusterIP',
    clusterIP: '10.96.0.20',
    headless: false,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    selector: { app: 's' },
    ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', source: src }],
    sessionAffinity: 'None',
    publishNotReadyAddresses: false,
    endpoints: [],
    dnsNames: ['s.x.svc.cluster.local'],
    source: src,
    ...over,
  });
  const cluster = (services: Service[]): Cluster => ({
    settings: DEFAULT_SETTINGS,
    namespaces: [],
    nodes: [],
    workloads: [],
    pods: [],
    services,
    ingresses: [],
    ingressClasses: [],
    policies: [],
    dnsRecords: [],
    diagnostics: [{ code: 'C', severity: 'warning', message: 'm', file: 'a.yaml', line: 4 }],
    objectCounts: { Service: services.length },
  });

  it('flattens endpoints to {pod, ip, port} and lists resolved target ports', () => {
    const ep = (pod: string, ip: string, port: number) => ({
      pod,
      ip,
      ready: true,
      ports: [{ name: 'http', port, protocol: 'TCP' as const }],
    });
    const s = service({ endpoints: [ep('x/a', '10.244.0.2', 8080), ep('x/b', '10.244.1.2', 9090)] });
    const json = toInspectJson(cluster([s]));
    expect(json.services[0].endpoints).toEqual([
      { pod: 'x/a', ip: '10.244.0.2', port: 8080, portName: 'http', protocol: 'TCP' },
      { pod: 'x/b', ip: '10.244.1.2', port: 9090, portName: 'http', protocol: 'TCP' },
    ]);
    expect(json.services[0].ports[0]).toMatchObject({ targetPort: 'http', resolvedTargetPorts: [8080, 9090] });
    expect(json.diagnostics[0]).toMatchObject({ severity: 'warning', message: 'm', file: 'a.yaml', line: 4 });
  });

  it('prints "None" for headless and null for ExternalName cluster IPs', () => {
    const json = toInspectJson(
      cluster([
        service({ clusterIP: 'None', headless: true }),
        service({ type: 'ExternalName', clusterIP: null, externalName: 'db.example.net' }),
      ]),
    );
    expect(json.services.map((s) => s.clusterIP)).toEqual(['None', null]);
    expect(json.services[1].externalName).toBe('db.example.net');
  });
});

describe('scenario harness', () => {
  it('splits command lines with quotes', () => {
    expect(splitCommand(`trace --to 'a b' --x="c d"e f`)).toEqual(['trace', '--to', 'a b', '--x=c de', 'f']);
  });
  it('parses sections and rejects unknown ones', () => {
    const s = parseScenario('====test====\nT\n====command====\ninspect a.yaml\n====file:a.yaml====\nk: v\n====status====\n0\n', 'x');
    expect(s).toMatchObject({ title: 'T', args: ['inspect', 'a.yaml'], files: { 'a.yaml': 'k: v\n' }, status: 0 });
    expect(() => parseScenario('====test====\nT\n====stdot====\n', 'x')).toThrow(/unknown section/);
  });
  it('matches deep partially, with operators', () => {
    const actual = { a: [1, 2, 3], b: { c: '10.96.0.10', d: 'x' }, e: [{ n: '1' }, { n: '2' }] };
    expect(mismatches(actual, { b: { c: { $inCidr: '10.96.0.0/12' } } })).toEqual([]);
    expect(mismatches(actual, { a: { $contains: [3], $length: 3 }, e: { $each: { n: { $match: '^\\d$' } } } })).toEqual([]);
    expect(mismatches(actual, { z: { $absent: true } })).toEqual([]);
    expect(mismatches(actual, { e: { $none: { n: "3" } } })).toEqual([]);
    expect(mismatches(actual, { e: { $none: { n: "2" } } })).toHaveLength(1);
    expect(mismatches(actual, { a: [1, 2] })).toHaveLength(1);
    expect(mismatches(actual, { b: { c: { $inCidr: '10.244.0.0/16' } } })).toHaveLength(1);
  });
});
