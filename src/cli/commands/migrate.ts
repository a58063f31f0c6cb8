import type { Argv } from 'yargs';
import { ExitCode } from '../../errors';
import { getMigratePrinter, MIGRATE_FORMATS, type MigrateFormat } from '../../report/migrate';
import { runMigration } from '../../runner/run-migration';
import { getDefaultWorkerCount } from '../../runner/worker-pool';
import { createFileOptionsResolver } from '../file-options-from-args';
import { shouldUseColor, type CliIo } from '../io';
import {
  addInputOptions,
  addOutputOptions,
  addRewriteOptions,
  checkRewriteArgs,
  parseInputArgs,
  type InputArgs,
  type OutputArgs,
  type RewriteArgs,
} from '../option-groups';
import { createProgressReporter } from '../progress';
import { assertOutputWritable, writeReport } from '../report-output';

export interface MigrateArgs extends InputArgs, OutputArgs, RewriteArgs {
  dryRun?: boolean;
  force?: boolean;
}

export function buildMigrateOptions<T>(yargs: Argv<T>): Argv<T> {
  let built = addInputOptions(yargs);
  built = addOutputOptions(built, MIGRATE_FORMATS, 'report format (default: diff in a dry run, text otherwise)');
  built = addRewriteOptions(built);
  return built
    .options({
      'dry-run': { type: 'boolean', group: 'Safety:', describe: 'write nothing; print what would change' },
      force: {
        type: 'boolean',
        group: 'Safety:',
        describe: 'allow writing into a git work tree with uncommitted changes',
      },
    })
    .example('$0 migrate . --scopes analytics:readonly --dry-run', 'preview as a diff')
    .example('$0 migrate . --scopes a,b --dry-run > m.patch', 'save a patch for git apply')
    .example('$0 migrate src --dry-run --format markdown', 'a pull-request comment')
    .example('$0 migrate . --scopes a --shard 1/4 --format json', 'one job of a CI matrix')
    .example('$0 migrate . --scopes a', 'rewrite (clean git tree)') as Argv<T>;
}

/**
 * `migrate`: rewrite every fixable password grant, then print the report. Exit 0, or 3 when
 * some file could not be read, parsed or written (the others were still processed).
 */
export async function runMigrateCommand(args: MigrateArgs, io: CliIo): Promise<number> {
  const dryRun = args.dryRun === true;
  const format = (args.format ?? (dryRun ? 'diff' : 'text')) as MigrateFormat;
  const input = parseInputArgs(args, io.cwd);
  checkRewriteArgs(args);
  await assertOutputWritable(args.output, io.cwd);

  const progress = createProgressReporter(io, 'migrate');
  let report;
  try {
    report = await runMigration({
      cwd: io.cwd,
      paths: input.paths,
      ignore: input.ignore,
      workers: input.workers ?? getDefaultWorkerCount(),
      shard: input.shard,
      resolveFileOptions: createFileOptionsResolver(args, io.cwd),
      onProgress: (done, total) => progress.update(done, total),
      dryRun,
      force: args.force === true,
    });
  } finally {
    progress.stop();
  }

  const printer = getMigratePrinter(format);
  const color = args.output === undefined && shouldUseColor(io.stdout, io.env);
  await writeReport(printer.render(report, { color }), args.output, io);
  const sideNote = printer.renderSideNote?.(report, { color: shouldUseColor(io.stderr, io.env) });
  if (sideNote) io.stderr.write(sideNote);

  return report.errors.length > 0 ? ExitCode.fileErrors : ExitCode.ok;
}
