// How the CLI's layers report a failure that ends the run: a typed error carrying the exit status
// of CLI-CONTRACT.md (1: input unusable, 2: bad arguments). Only main.ts turns it into an exit.

/** Exit statuses of the contract: 0 ran, 1 input could not be analysed, 2 bad arguments. */
export type ExitCode = 0 | 1 | 2;

/** A failure the user caused and can fix; printed as one line, never with a stack. */
export class CliExit extends Error {
  readonly code: 1 | 2;
  /** Lines for standard error printed before the message (e.g. the diagnostics that explain it). */
  readonly preamble: string;

  constructor(code: 1 | 2, message: string, preamble = '') {
    super(message);
    this.name = 'CliExit';
    this.code = code;
    this.preamble = preamble;
  }
}

/** Bad arguments: unknown command or flag, missing or malformed value (exit 2). */
export function usageError(message: string): CliExit {
  return new CliExit(2, message);
}

/** Input that cannot be analysed at all: no file, unreadable, no Kubernetes object (exit 1). */
export function inputError(message: string, preamble = ''): CliExit {
  return new CliExit(1, message, preamble);
}
