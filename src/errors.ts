/**
 * The one list of user-facing errors. Library code throws these; only the CLI entry point
 * turns them into a message and an exit code. Nothing outside `src/cli/main.ts` exits.
 */

export const ExitCode = {
  /** success; for `check`, no findings beyond the baseline and suppressions */
  ok: 0,
  /** `check` found password grants */
  findings: 1,
  /** bad usage or configuration; nothing was written */
  usage: 2,
  /** some files could not be read or parsed; the rest were processed */
  fileErrors: 3,
  /** stopped by Ctrl-C (SIGINT) or SIGTERM: what was done is reported, the rest was not started (128 + 2) */
  interrupted: 130,
  /** a bug in this tool */
  internal: 70,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Bad usage or configuration: exit 2 with a message and, where possible, a hint. */
export class UsageError extends Error {
  readonly exitCode = ExitCode.usage;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file could not be parsed; carries the parser's message and 1-based position. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}
