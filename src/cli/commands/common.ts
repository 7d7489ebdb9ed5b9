// What every command does the same way: read the manifests, run the engine's analysis, put the
// diagnostics on standard error, refuse input with no Kubernetes object (exit 1), check pod
// names and engine query errors. Commands then only parse their own options and format.
import { analyze, findPod, type Cluster } from '../../engine/index';
import { settingsFromFlags, isIpAddress, type OptionValues } from '../args';
import { CliExit, inputError, type ExitCode } from '../errors';
import { formatDiagnosticLines } from '../format/diagnostics';
import { readInputs } from '../readInputs';

/** What a command needs from the outside world besides the file system. */
export interface CliContext {
  readStdin(): Promise<string>;
}

/** What a command produced; main.ts writes it out and exits with `code`. */
export interface CommandResult {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

/** A sub-command: its help text and how to run it. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(argv: readonly string[], ctx: CliContext): Promise<CommandResult>;
}

export interface Loaded {
  cluster: Cluster;
  /** The diagnostics as `file:line:col: severity: message` lines. */
  diagnostics: string;
}

/** Validates the settings flags, reads the inputs and analyses them. */
export async function loadCluster(
  manifestArgs: readonly string[],
  values: OptionValues,
  ctx: CliContext,
): Promise<Loaded> {
  const settings = settingsFromFlags(values);
  if (manifestArgs.length === 0) {
    throw inputError('no manifest files given (name files, directories, or - for standard input)');
  }
  const files = await readInputs(manifestArgs, () => ctx.readStdin());
  const { cluster } = analyze({ files, settings });
  const diagnostics = formatDiagnosticLines(cluster.diagnostics);
  const objects = Object.values(cluster.objectCounts).reduce((a, b) => a + b, 0);
  if (objects === 0) {
    throw inputError('no Kubernetes object found in the input', diagnostics);
  }
  return { cluster, diagnostics };
}

/** The contract's pod names: `ns/name`, `ns/<workload>`, or `name` in `default`. */
export function requirePod(loaded: Loaded, flag: string, ref: string): void {
  const { cluster } = loaded;
  if (findPod(cluster, ref)) return;
  const known = cluster.pods.map((p) => p.ref);
  const hint = known.length
    ? ` (pods: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})`
    : ' (the input defines no pods)';
  throw new CliExit(2, `${flag} '${ref}': no such pod or workload${hint}`, loaded.diagnostics);
}

/** `external` or `external:IP`; anything else must name a pod. */
export function requireSource(loaded: Loaded, ref: string): void {
  if (ref === 'external' || ref.startsWith('external:')) return;
  requirePod(loaded, '--from', ref);
}

/** `--from external:IP` must carry an address; checked before any input is read. */
export function checkExternalSource(ref: string): void {
  if (!ref.startsWith('external:')) return;
  const ip = ref.slice('external:'.length);
  if (!isIpAddress(ip)) throw new CliExit(2, `--from '${ref}': '${ip}' is not an IP address`);
}

/**
 * An engine query that could not be answered (an unknown pod, a malformed target): the question
 * itself was wrong, so the contract's exit status for bad arguments, 2.
 */
export function checkQueryError(result: { error?: string }, loaded: Loaded): void {
  if (result.error) throw new CliExit(2, result.error, loaded.diagnostics);
}

/** A successful run: output plus the diagnostics on standard error. */
export function ran(stdout: string, diagnostics: string): CommandResult {
  return { code: 0, stdout, stderr: diagnostics };
}
