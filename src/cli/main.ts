// The podpath command line (CLI-CONTRACT.md): `npm run --silent cli -- <command> …`. The only
// file that touches process.argv/stdin/exit: it runs runCli, writes the output, and exits 0/1/2.
// An unexpected exception is one line on standard error and exit 1 (stack with PODPATH_DEBUG=1).
import { CliExit, type ExitCode } from './errors';
import { sanitize } from './format/human';
import type { CommandResult } from './commands/common';

async function main(): Promise<void> {
  let result: CommandResult;
  try {
    // Loaded here, not at the top: even an engine module that fails to load is one line, exit 1.
    const { runCli } = await import('./run');
    result = await runCli(process.argv.slice(2), { readStdin });
  } catch (e) {
    result = failure(e);
  }
  await write(process.stdout, result.stdout);
  await write(process.stderr, result.stderr);
  process.exit(result.code);
}

function failure(e: unknown): CommandResult {
  if (e instanceof CliExit) {
    return { code: e.code, stdout: '', stderr: `${e.preamble}podpath: ${sanitize(e.message)}\n` };
  }
  const message = e instanceof Error ? e.message : String(e);
  const stack = process.env.PODPATH_DEBUG === '1' && e instanceof Error ? `${e.stack}\n` : '';
  const hint = stack ? '' : ' (set PODPATH_DEBUG=1 for details)';
  const line = `podpath: internal error: ${sanitize(message)}${hint}\n`;
  return { code: 1 as ExitCode, stdout: '', stderr: line + stack };
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Writes and waits until the text is flushed, so exiting right after loses nothing. */
function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve) => {
    // A closed pipe (`| head`) is not our failure: stop writing quietly.
    stream.once('error', () => resolve());
    stream.write(text, () => resolve());
  });
}

void main();
