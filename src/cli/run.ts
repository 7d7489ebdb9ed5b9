// argv → the right command → its result. Pure dispatch: no process access, no exit; main.ts
// supplies standard input and turns the result into output and an exit status.
import { readFileSync } from 'node:fs';
import { dnsCommand } from './commands/dns';
import { inspectCommand } from './commands/inspect';
import { matrixCommand } from './commands/matrix';
import { traceCommand } from './commands/trace';
import type { CliContext, Command, CommandResult } from './commands/common';
import { usageError } from './errors';
import { programHelp } from './help';

/** The commands, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  inspectCommand,
  matrixCommand,
  traceCommand,
  dnsCommand,
];

const ok = (stdout: string): CommandResult => ({ code: 0, stdout, stderr: '' });

/** Runs one invocation; CliExit errors carry the exit status for bad arguments or input. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<CommandResult> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    return { code: 2, stdout: '', stderr: programHelp(COMMANDS) };
  }
  if (first === '--help' || first === '-h') return ok(programHelp(COMMANDS));
  if (first === '--version' || first === '-V') return ok(`podpath ${version()}\n`);
  if (first === 'help') return ok(rest[0] ? findCommand(rest[0]).help : programHelp(COMMANDS));
  if (first.startsWith('-')) {
    throw usageError(
      `unknown option '${first}' (a command comes first: podpath <command> [options])`,
    );
  }
  const command = findCommand(first);
  if (wantsHelp(rest)) return ok(command.help);
  return command.run(rest, ctx);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const names = COMMANDS.map((c) => c.name).join(', ');
    throw usageError(`unknown command '${name}' (commands: ${names})`);
  }
  return command;
}

/** `--help`/`-h` anywhere before a `--` terminator wins over every other argument. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  const head = end === -1 ? args : args.slice(0, end);
  return head.includes('--help') || head.includes('-h');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}
