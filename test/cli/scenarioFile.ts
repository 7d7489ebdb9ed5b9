// The golden scenario format (STYLE.md §8, after Spectral's test-harness): a plain text file of
// `====section====` blocks. This module only parses it; scenarios.test.ts runs it. README.md in
// this folder documents every section.

/** One parsed `.scenario` file. */
export interface Scenario {
  title: string;
  /** Arguments after `cli --`, already split like a shell would. */
  args: string[];
  /** Inline manifests: path relative to the scenario's working directory → text. */
  files: Record<string, string>;
  stdin?: string;
  env: Record<string, string>;
  /** `npm`: run through `npm run --silent cli --` from the repository root (the contract's form). */
  via: 'tsx' | 'npm';
  pending?: string;
  status: number;
  stdout?: string;
  stdoutContains: string[];
  stdoutExcludes: string[];
  /** Deep partial expectation on the single JSON document on stdout (written as YAML or JSON). */
  json?: string;
  stderr?: string;
  stderrContains: string[];
  stderrExcludes: string[];
}

const MARKER = /^====([a-z-]+)(?::(.+))?====$/;
const VERBATIM = new Set(['file', 'stdin', 'stdout', 'stderr']);

/** Parses a scenario; throws with the file name on any unknown or missing section. */
export function parseScenario(text: string, name: string): Scenario {
  const sections = splitSections(text, name);
  const get = (key: string) => sections.get(key);
  const lines = (key: string) => (get(key) ?? '').split('\n').filter((l) => l.trim() !== '');
  const title = get('test')?.trim();
  const command = get('command')?.trim();
  const status = get('status')?.trim();
  if (!title || command === undefined || status === undefined || !/^\d+$/.test(status)) {
    throw new Error(`${name}: needs ====test====, ====command==== and a numeric ====status====`);
  }
  const files: Record<string, string> = {};
  for (const [key, value] of sections) if (key.startsWith('file:')) files[key.slice(5)] = value;
  const env: Record<string, string> = {};
  for (const l of lines('env')) env[l.slice(0, l.indexOf('='))] = l.slice(l.indexOf('=') + 1);
  const via = get('via')?.trim() ?? 'tsx';
  if (via !== 'tsx' && via !== 'npm') throw new Error(`${name}: ====via==== must be tsx or npm`);
  return {
    title,
    args: splitCommand(command),
    files,
    stdin: get('stdin'),
    env,
    via,
    pending: get('pending')?.trim(),
    status: Number(status),
    stdout: get('stdout'),
    stdoutContains: lines('stdout-contains'),
    stdoutExcludes: lines('stdout-excludes'),
    json: get('json'),
    stderr: get('stderr'),
    stderrContains: lines('stderr-contains'),
    stderrExcludes: lines('stderr-excludes'),
  };
}

const KNOWN = new Set([
  'test',
  'command',
  'file',
  'stdin',
  'env',
  'via',
  'pending',
  'status',
  'stdout',
  'stdout-contains',
  'stdout-excludes',
  'json',
  'stderr',
  'stderr-contains',
  'stderr-excludes',
]);

/** Section name (`file:<path>` for files) → content. Verbatim sections end with a newline. */
function splitSections(text: string, name: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | undefined;
  let body: string[] = [];
  const flush = () => {
    if (key === undefined) return;
    const kind = key.split(':')[0];
    out.set(key, VERBATIM.has(kind) ? (body.length ? body.join('\n') + '\n' : '') : body.join('\n'));
  };
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const m = MARKER.exec(line);
    if (!m) {
      if (key === undefined && line.trim() !== '') throw new Error(`${name}: text before ====test====`);
      body.push(line);
      continue;
    }
    flush();
    if (!KNOWN.has(m[1]) || (m[1] === 'file') !== (m[2] !== undefined)) {
      throw new Error(`${name}: unknown section ====${m[1]}${m[2] ? ':' + m[2] : ''}====`);
    }
    key = m[2] !== undefined ? `${m[1]}:${m[2]}` : m[1];
    if (out.has(key)) throw new Error(`${name}: section ====${key}==== given twice`);
    body = [];
  }
  flush();
  return out;
}

/** Splits a command line on blanks, honouring '…' and "…" quoting (no other shell syntax). */
export function splitCommand(line: string): string[] {
  const args: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|([^\s'"]+)/g;
  let current: string | undefined;
  let lastEnd = -1;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const piece = m[1] ?? m[2] ?? m[3];
    // Pieces that touch (--to='a b') belong to one argument.
    if (current !== undefined && m.index === lastEnd) current += piece;
    else {
      if (current !== undefined) args.push(current);
      current = piece;
    }
    lastEnd = m.index + m[0].length;
  }
  if (current !== undefined) args.push(current);
  return args;
}
