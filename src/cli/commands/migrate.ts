import * as path from 'path';
import type { Argv } from 'yargs';
import { ExitCode } from '../../errors';
import { MIGRATE_FORMATS, type MigrateFormat } from '../../report/migrate/types';
import { listenForInterrupt } from '../../runner/interrupt';
import { describeProjectCost, startTypeAwareMode } from '../../typeaware';
import { getDefaultWorkerCount } from '../../runner/worker-pool';
import { createFileOptionsResolver } from '../file-options-from-args';
import { shouldUseColor, type CliIo } from '../io';
import {
  addInputOptions,
  addOutputOptions,
  addFormattingOptions,
  addRewriteOptions,
  checkRewriteArgs,
  parseInputArgs,
  type FormattingArgs,
  type InputArgs,
  type OutputArgs,
  type RewriteArgs,
} from '../option-groups';
import { createProgressReporter } from '../progress';
import { assertOutputWritable, writeReport } from '../report-output';
import { resolveTerraformPath, writeTerraformFile } from '../terraform-output';

export interface MigrateArgs extends InputArgs, OutputArgs, RewriteArgs, FormattingArgs {
  dryRun?: boolean;
  force?: boolean;
  terraform?: string;
}

/** The diff is the one format that shows removed lines, so the help says where secrets can appear. */
const FORMAT_HELP =
  'report format (default: diff in a dry run, text otherwise). Only diff shows removed lines, hard-coded passwords ' +
  'included (a patch must carry them to apply); the others never print a credential value. ' +
  '(--no-format, by contrast, leaves the rewritten statements as written: no Prettier, no line breaking.)';

export function buildMigrateOptions<T>(yargs: Argv<T>): Argv<T> {
  let built = addInputOptions(yargs);
  built = addOutputOptions(built, MIGRATE_FORMATS, FORMAT_HELP);
  built = addRewriteOptions(built);
  built = addFormattingOptions(built);
  return built
    .options({
      'dry-run': { type: 'boolean', group: 'Safety:', describe: 'write nothing; print what would change' },
      force: {
        type: 'boolean',
        group: 'Safety:',
        describe: 'allow writing into a git work tree with uncommitted changes',
      },
      terraform: {
        type: 'string',
        group: 'Output:',
        requiresArg: true,
        describe: 'write the OAuth client and least-privilege role of each migrated service to FILE as Terraform (genesyscloud provider); written in a dry run too',
      },
    })
    .example('$0 migrate . --dry-run --terraform oauth-clients.tf', 'preview, and write the OAuth clients as Terraform')
    .example('$0 migrate . --scopes analytics:readonly --dry-run', 'preview as a diff')
    .example('$0 migrate . --scopes a,b --dry-run > m.patch', 'save a patch for git apply')
    .example('$0 migrate src --dry-run --format markdown', 'a pull-request comment')
    .example('$0 migrate . --scopes a --shard 1/4 --format json', 'one job of a CI matrix')
    .example('$0 migrate . --scopes a', 'rewrite (clean git tree)')
    .example('$0 migrate . --scopes a --no-format', 'rewrite without formatting the new statements') as Argv<T>;
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
  await assertOutputWritable(args.output, io.cwd, { paths: input.paths, files: [args.config] });
  // Given twice, the last one wins, as for the other single-valued options.
  const terraformArg: unknown = Array.isArray(args.terraform) ? args.terraform[args.terraform.length - 1] : args.terraform;
  const terraform = terraformArg === undefined ? undefined : String(terraformArg);
  if (terraform !== undefined) await resolveTerraformPath(terraform, io.cwd);
  // --project: the one ts-morph Project of the run, built before the workers start.
  const typeAware = await startTypeAwareMode({ tsconfig: input.project, cwd: io.cwd, typecheck: args.typecheck === true });
  if (typeAware) io.stderr.write(describeProjectCost(typeAware));

  const progress = createProgressReporter(io, 'migrate');
  // Ctrl-C: stop starting work, finish the write in hand, report what was done, exit 130.
  const interrupt = listenForInterrupt(() => {
    progress.stop();
    io.stderr.write('password-grant-codemod: interrupted; finishing the file in hand (press Ctrl-C again to stop at once)\n');
  });
  let report;
  try {
    // Loaded here, not at start-up: `check` and `--help` need neither the run nor the printers.
    const { runMigration } = await import('../../runner/run-migration');
    report = await runMigration({
      cwd: io.cwd,
      paths: input.paths,
      ignore: input.ignore,
      workers: input.workers ?? getDefaultWorkerCount(),
      shard: input.shard,
      changedSince: input.changedSince,
      resolveFileOptions: createFileOptionsResolver({ ...args, paths: input.paths }, io.cwd, { inferScopes: true }),
      onProgress: (done, total) => progress.update(done, total),
      dryRun,
      force: args.force === true,
      signal: interrupt.signal,
      prepareTask: typeAware ? (task) => typeAware.prepareTask(task) : undefined,
      typeAware,
      format: { enabled: args.codeFormat !== false, root: io.cwd, trustProjectConfig: args.trustProjectConfig === true },
    });
  } finally {
    interrupt.dispose();
    progress.stop();
  }

  const printer = (await import('../../report/migrate')).getMigratePrinter(format);
  const color = args.output === undefined && shouldUseColor(io.stdout, io.env);
  await writeReport(printer.render(report, { color }), args.output, io);
  const sideNote = printer.renderSideNote?.(report, { color: shouldUseColor(io.stderr, io.env) });
  if (sideNote) io.stderr.write(sideNote);
  if (terraform !== undefined) {
    // In a dry run too: the one file it writes, so that the client and role can be reviewed with the diff.
    const { renderTerraform } = await import('../../terraform/render-terraform');
    await writeTerraformFile(terraform, renderTerraform(report.checklist, { rootName: path.basename(io.cwd) }), io.cwd);
    io.stderr.write(`password-grant-codemod: wrote the OAuth client and role of ${report.checklist.length} service(s) to ${terraform}\n`);
  }
  if (report.interrupted) {
    const { filesNotProcessed, changesNotWritten } = report.interrupted;
    io.stderr.write(
      `password-grant-codemod: the run was interrupted: ${report.changed.length} file(s) ${dryRun ? 'would change' : 'written'} (listed above), ` +
        `${changesNotWritten} rewrite(s) not written, ${filesNotProcessed} file(s) not processed. Every file is wholly old or wholly new; run again to finish.\n`,
    );
    return ExitCode.interrupted;
  }

  return report.errors.length > 0 ? ExitCode.fileErrors : ExitCode.ok;
}
