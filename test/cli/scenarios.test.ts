// Runs every golden scenario below test/cli (STYLE.md §8): writes its inline manifests to a
// temporary directory, spawns the CLI there (tsx directly, or `npm run --silent cli --` for
// `====via==== npm`), and checks status, stdout, the JSON document and stderr.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { mismatches } from './match';
import { parseScenario, type Scenario } from './scenarioFile';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');
const MAIN = join(REPO, 'src/cli/main.ts');
// A Node stack frame: the CLI must never print one unless PODPATH_DEBUG=1.
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
// Raw control characters (anything but newline): manifests must never reach the terminal raw.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function findScenarios(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return findScenarios(p);
      return e.name.endsWith('.scenario') ? [p] : [];
    })
    .sort();
}

/** A working directory with the inline files, plus `test/` and `examples/` from the repo. */
function prepareDir(s: Scenario): string {
  const dir = mkdtempSync(join(tmpdir(), 'podpath-scenario-'));
  symlinkSync(join(REPO, 'test'), join(dir, 'test'));
  symlinkSync(join(REPO, 'examples'), join(dir, 'examples'));
  for (const [path, text] of Object.entries(s.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function run(s: Scenario, cwd: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...s.env, NO_COLOR: '1' };
  if (!('PODPATH_DEBUG' in s.env)) delete env.PODPATH_DEBUG;
  const [cmd, args] =
    s.via === 'npm'
      ? ['npm', ['run', '--silent', 'cli', '--', ...s.args]]
      : [TSX, [MAIN, ...s.args]];
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: s.via === 'npm' ? REPO : cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the CLI may exit without reading stdin
    child.stdin.end(s.stdin ?? '');
  });
}

function check(s: Scenario, r: Run): void {
  const ctx = `\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;
  expect(r.code, `exit status${ctx}`).toBe(s.status);
  if (s.env.PODPATH_DEBUG !== '1') expect(r.stderr, 'stack trace on stderr').not.toMatch(STACK_FRAME);
  expect(r.stdout, 'raw control character on stdout').not.toMatch(RAW_CONTROL);
  expect(r.stderr, 'raw control character on stderr').not.toMatch(RAW_CONTROL);
  if (s.stdout !== undefined) expect(r.stdout).toBe(s.stdout);
  for (const t of s.stdoutContains) expect(r.stdout, `stdout contains ${t}${ctx}`).toContain(t);
  for (const t of s.stdoutExcludes) expect(r.stdout, `stdout excludes ${t}`).not.toContain(t);
  if (s.stderr !== undefined) expect(r.stderr).toBe(s.stderr);
  for (const t of s.stderrContains) expect(r.stderr, `stderr contains ${t}${ctx}`).toContain(t);
  for (const t of s.stderrExcludes) expect(r.stderr, `stderr excludes ${t}`).not.toContain(t);
  const wantsJson = s.args.includes('--json') && s.status === 0;
  if (s.json !== undefined || wantsJson) {
    // JSON.parse rejects anything after the document: stdout holds exactly one.
    let doc: unknown;
    expect(() => (doc = JSON.parse(r.stdout)), `stdout is one JSON document${ctx}`).not.toThrow();
    if (s.json !== undefined) expect(mismatches(doc, parseYaml(s.json))).toEqual([]);
  }
}

// One flat concurrent suite: the runs are separate processes, so they overlap freely.
describe.concurrent('cli scenarios', () => {
  for (const path of findScenarios(HERE)) {
    const name = relative(HERE, path);
    const s = parseScenario(readFileSync(path, 'utf8'), name);
    if (s.via === 'npm' && Object.keys(s.files).length > 0) {
      throw new Error(`${name}: npm scenarios run from the repository root; use test/fixtures paths`);
    }
    // SCENARIOS_RUN_PENDING=1 runs pending scenarios too: how to see which are ready to enable.
    if (s.pending && process.env.SCENARIOS_RUN_PENDING !== '1') {
      it.todo(`${name}: ${s.title} (pending: ${s.pending})`);
      continue;
    }
    it(`${name}: ${s.title}`, async () => {
      const dir = prepareDir(s);
      try {
        check(s, await run(s, dir));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
