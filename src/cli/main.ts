import yargs, { type Argv } from 'yargs';
import { ExitCode, UsageError } from '../errors';
import { buildCheckOptions, runCheckCommand, type CheckArgs } from './commands/check';
import { buildMergeReportsOptions, runMergeReportsCommand, type MergeReportsArgs } from './commands/merge-reports';
import { buildMigrateOptions, runMigrateCommand, type MigrateArgs } from './commands/migrate';
import { escapeTerminalText, guardWorkflowCommands } from '../report/escape';
import { createProcessIo, type CliIo } from './io';
import { readOwnPackageVersion } from '../io/package-info';

/**
 * The command line. The only place that turns errors into exit codes; nothing else exits.
 * Returns the exit code (DESIGN.md: 0 ok, 1 check findings, 2 usage, 3 file errors).
 */
export async function main(argv: readonly string[], processIo: CliIo = createProcessIo()): Promise<number> {
  const io = withGuardedStderr(processIo);
  let exitCode: number = ExitCode.ok;
  // Command errors are handled here rather than by yargs, so that a usage error keeps its hint.
  const runCommand = async (command: () => Promise<number>): Promise<void> => {
    try {
      exitCode = await command();
    } catch (error) {
      exitCode = reportError(error, io);
    }
  };

  const cli = buildCli([...argv], io, {
    migrate: (args) => runCommand(() => runMigrateCommand(args, io)),
    check: (args) => runCommand(() => runCheckCommand(args, io)),
    mergeReports: (args) => runCommand(() => runMergeReportsCommand(args, io)),
  });
  try {
    await cli.parseAsync();
  } catch (error) {
    return reportError(error, io);
  }
  return exitCode;
}

interface CommandHandlers {
  migrate: (args: MigrateArgs) => Promise<void>;
  check: (args: CheckArgs) => Promise<void>;
  mergeReports: (args: MergeReportsArgs) => Promise<void>;
}

function buildCli(argv: string[], io: CliIo, handlers: CommandHandlers): Argv {
  return yargs(argv)
    .scriptName('password-grant-codemod')
    .usage('$0 <command> [paths..] [options]\n\nMove Genesys Cloud services from the OAuth password grant to client credentials.')
    .command(
      'migrate [paths..]',
      'rewrite password grants into client-credentials logins (default path: .)',
      (command) => buildMigrateOptions(command),
      (args) => handlers.migrate(args as unknown as MigrateArgs),
    )
    .command(
      'check [paths..]',
      'find password grants; exit 1 if any (a CI gate)',
      (command) => buildCheckOptions(command),
      (args) => handlers.check(args as unknown as CheckArgs),
    )
    .command(
      'merge-reports <reports..>',
      'combine the JSON reports of sharded runs (--shard i/n) into one',
      (command) => buildMergeReportsOptions(command),
      (args) => handlers.mergeReports(args as unknown as MergeReportsArgs),
    )
    .demandCommand(1, 'name a command: migrate, check or merge-reports')
    .recommendCommands()
    .strict()
    .version(readOwnPackageVersion())
    .help()
    .alias('help', 'h')
    .wrap(Math.min(110, io.stdout.columns ?? 100))
    .epilog('Exit codes: 0 success, 1 check found password grants, 2 bad usage or configuration, 3 some files could not be read or parsed, 130 interrupted (Ctrl-C).')
    .exitProcess(false)
    .showHelpOnFail(false)
    .fail((message, error) => {
      // Validation failures (unknown flag, bad choice, coerce errors) end here: exit 2.
      if (error instanceof UsageError) throw error;
      throw new UsageError(message || error?.message || 'invalid command line', "run 'password-grant-codemod --help' for usage");
    });
}

/**
 * Notes on stderr land in CI logs: whatever a command writes there (our notes, with file
 * names and messages in them) is guarded so that no line starts a workflow command.
 */
function withGuardedStderr(io: CliIo): CliIo {
  const stderr = io.stderr;
  return {
    ...io,
    stderr: { write: (chunk: string) => stderr.write(guardWorkflowCommands(String(chunk))), isTTY: stderr.isTTY, columns: stderr.columns },
  };
}

/** Each line of a message, with the control characters of any repository string in it escaped. */
function escapeMessage(message: string): string {
  return message.split('\n').map(escapeTerminalText).join('\n');
}

/** A usage error is the user's to fix: message and hint, exit 2. Anything else is our bug. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`password-grant-codemod: ${escapeMessage(error.message)}\n`);
    if (error.hint) io.stderr.write(`  ${escapeMessage(error.hint)}\n`);
    return ExitCode.usage;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`password-grant-codemod: internal error: ${escapeMessage(detail)}\n`);
  return ExitCode.internal;
}
