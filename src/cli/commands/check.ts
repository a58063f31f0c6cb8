import type { Argv } from 'yargs';
import { ExitCode, type ExitCodeValue } from '../../errors';
import { renderCheckReport, type CheckReport } from '../../report/check';
import { runCheckScan } from '../../runner/run-check-scan';
import { getDefaultWorkerCount } from '../../runner/worker-pool';
import { createFileOptionsResolver } from '../file-options-from-args';
import type { CliIo } from '../io';
import {
  addInputOptions,
  addOutputOptions,
  assertFileOption,
  parseInputArgs,
  type InputArgs,
  type OutputArgs,
} from '../option-groups';
import { createProgressReporter } from '../progress';
import { assertOutputWritable, writeReport } from '../report-output';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckArgs extends InputArgs, OutputArgs {
  baseline?: string;
  updateBaseline?: string;
  strict?: boolean;
}

/** What the policy step and the reporters need to know about the run. */
export interface CheckRunOptions {
  cwd: string;
  format: CheckFormat;
  output?: string;
  /** ignore findings recorded in this file */
  baseline?: string;
  /** record the current findings in this file */
  updateBaseline?: string;
  /** warnings (unverified-token-request) fail the run too */
  strict: boolean;
}

export function buildCheckOptions<T>(yargs: Argv<T>): Argv<T> {
  let built = addInputOptions(yargs);
  built = addOutputOptions(built, CHECK_FORMATS, 'report format (default text)');
  return built
    .options({
      baseline: { type: 'string', group: 'Policy:', requiresArg: true, describe: 'ignore findings recorded in FILE' },
      'update-baseline': {
        type: 'string',
        group: 'Policy:',
        requiresArg: true,
        describe: 'record the current findings in FILE',
      },
      strict: { type: 'boolean', group: 'Policy:', describe: 'warnings (unverified-token-request) fail the run too' },
    })
    .example('$0 check .', 'exit 1 when a password grant is present')
    .example('$0 check . --format sarif --output pg.sarif', 'for GitHub code scanning')
    .example('$0 check . --baseline baseline.json', 'block only new findings') as Argv<T>;
}

/**
 * HOOK for the baseline: filter out findings recorded in `options.baseline`, write
 * `options.updateBaseline`. Runs after the scan and before printing and the exit code.
 * Today it changes nothing.
 */
export async function applyCheckPolicy(report: CheckReport, options: CheckRunOptions): Promise<CheckReport> {
  void options;
  return report;
}

/** 1 when a finding fails the run (errors; warnings too with --strict), else 3 when files errored, else 0. */
export function getCheckExitCode(report: CheckReport, strict: boolean): ExitCodeValue {
  if (report.findings.some((finding) => finding.level === 'error' || strict)) return ExitCode.findings;
  return report.errors.length > 0 ? ExitCode.fileErrors : ExitCode.ok;
}

/** `check`: scan, apply the policy, print, and turn the result into the exit code. */
export async function runCheckCommand(args: CheckArgs, io: CliIo): Promise<number> {
  const options: CheckRunOptions = {
    cwd: io.cwd,
    format: (args.format ?? 'text') as CheckFormat,
    output: args.output,
    baseline: args.baseline,
    updateBaseline: args.updateBaseline,
    strict: args.strict === true,
  };
  const input = parseInputArgs(args, io.cwd);
  assertFileOption('--baseline', args.baseline, io.cwd);
  await assertOutputWritable(args.output, io.cwd);

  const progress = createProgressReporter(io, 'check');
  let scanned: CheckReport;
  try {
    scanned = await runCheckScan({
      cwd: io.cwd,
      paths: input.paths,
      ignore: input.ignore,
      workers: input.workers ?? getDefaultWorkerCount(),
      shard: input.shard,
      resolveFileOptions: createFileOptionsResolver({ config: args.config }, io.cwd),
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }

  const report = await applyCheckPolicy(scanned, options);
  await writeReport(renderCheckReport(report, options.format), options.output, io);
  return getCheckExitCode(report, options.strict);
}
