// `npm run bench [-- --json] [-- --sizes small,medium]`: writes each generated cluster to
// bench/out/, measures every size in its own Node process (measure.ts, with --expose-gc), runs
// the reference matrix in another under a 60 s limit, then prints the table and the targets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { ENGINE_BUNDLE, buildEngineBundle } from './buildEngine';
import { SIZES, generateCluster } from './generate';
import { evaluateTargets, formatTable, formatTargets } from './report';
import type { SizeResult } from './results';

const REFERENCE_BUDGET_MS = 60_000;

function parseArgs(argv: string[]): { json: boolean; sizes: string[] } {
  const json = argv.includes('--json');
  const i = argv.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
  const list = i < 0 ? '' : argv[i].includes('=') ? argv[i].split('=')[1] : (argv[i + 1] ?? '');
  const sizes = list ? list.split(',').filter((s) => s in SIZES) : Object.keys(SIZES);
  return { json, sizes };
}

const log = (msg: string): void => void process.stderr.write(`${msg}\n`);

function child(
  size: string,
  extra: string[],
  timeoutMs: number,
): { value?: unknown; error?: string } {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=6144',
      '--import',
      'tsx',
      'bench/measure.ts',
      size,
      ...extra,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: Math.round(timeoutMs),
      env: { ...process.env, PODPATH_BENCH_ENGINE: ENGINE_BUNDLE },
    },
  );
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (timedOut) return { error: `stopped after ${Math.round(timeoutMs / 1000)} s` };
  if (r.error) return { error: String(r.error) };
  if (r.signal) {
    const oom = r.stderr.includes('heap out of memory') ? ': JavaScript heap out of memory' : '';
    return { error: `killed by ${r.signal}${oom}` };
  }
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return { value: JSON.parse(last) };
  } catch {
    return {
      error: `no result (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    };
  }
}

function runSize(size: string): SizeResult | undefined {
  const t0 = performance.now();
  const g = generateCluster(SIZES[size]);
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(`bench/out/${size}.yaml`, g.text);
  writeFileSync(
    `bench/out/${size}.json`,
    JSON.stringify({ sampleApps: g.sampleApps, sampleServices: g.sampleServices, pods: g.pods }),
  );
  log(
    `${size}: ${g.objects} objects, ${(g.text.length / 1e6).toFixed(1)} MB generated in ${Math.round(performance.now() - t0)} ms; measuring…`,
  );
  const main = child(size, [], 20 * 60_000);
  if (!main.value) {
    log(`${size}: FAILED ${main.error}`);
    return undefined;
  }
  const result = main.value as SizeResult;
  if (result.matrix.ms !== undefined) {
    // The child also regenerates nothing but must read and analyse the fixture first.
    const setup = 3 * (result.parseMs + result.modelMs) + 5_000;
    const ref = child(size, ['--reference'], REFERENCE_BUDGET_MS + setup);
    const value = (ref.value as { reference?: SizeResult['reference'] } | undefined)?.reference;
    const why = ref.error?.startsWith('stopped') ? 'skip >60s' : `failed: ${ref.error ?? '?'}`;
    result.reference = value ?? { note: why };
    if (value?.ms !== undefined && value.ms > REFERENCE_BUDGET_MS)
      result.reference.note = 'over 60 s';
  } else result.reference = { note: result.matrix.compactMs === undefined ? 'matrix n/a' : 'skip' };
  log(`${size}: done`);
  return result;
}

const { json, sizes } = parseArgs(process.argv.slice(2));
log(
  `engine: production bundle built in ${Math.round(await buildEngineBundle())} ms (${ENGINE_BUNDLE})`,
);
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  loadavg: loadavg(),
};
const results = sizes.map(runSize).filter((r): r is SizeResult => r !== undefined);
const targets = evaluateTargets(results);
const heapMethod =
  "heap: pk = heapUsed right after analyze() minus a gc()ed baseline (sampled, not a true peak); ret = after gc(); rss = process maxRSS of the size's own process";
if (json) {
  process.stdout.write(JSON.stringify({ machine, heapMethod, results, targets }, null, 2) + '\n');
} else {
  process.stdout.write(
    [
      `Podpath bench: Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpu}), load ${machine.loadavg.map((l) => l.toFixed(1)).join(' ')}`,
      `Engine: the production build of src/engine (Vite, minified), as the app's worker runs it.`,
      `Times in ms (wall clock); parse/model are the best of ${results.map((r) => r.runs).join('/')} analyze() runs, cpu is that run's CPU time (all threads); matrix is port 8080/TCP, best of 3: cmp = computeClassMatrix (compact, every pair answerable in O(1)), exp = computeMatrix (the contract's expanded pods² object); same = equal to the reference, cell by cell.`,
      '',
      formatTable(results),
      '',
      heapMethod,
      '',
      formatTargets(targets),
      '',
    ].join('\n'),
  );
}
