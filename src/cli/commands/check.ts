import type { Argv } from 'yargs';
import type { Baseline } from '../../check/baseline';
import { ExitCode, type ExitCodeValue } from '../../errors';
import { CHECK_FORMATS, renderCheckReport, type CheckFormat, type CheckReport } from '../../report/check';
import { runCheckScan, type CheckScan } from '../../runner/run-check-scan';
import { describeProjectCost, startTypeAwareMode } from '../../typeaware';
import { getDefaultWorkerCount } from '../../runner/worker-pool';
import { configReportPath, findGateWeakenings } from '../../check/gate-weakening';
import { createFileOptionsResolver } from '../file-options-from-args';
import { shouldUseColor, type CliIo } from '../io';
import {
  addInputOptions,
  addOutputOptions,
  parseInputArgs,
  type InputArgs,
  type OutputArgs,
} from '../option-groups';
import { createProgressReporter } from '../progress';
import { assertOutputWritable, writeReport } from '../report-output';

export { CHECK_FORMATS, type CheckFormat };

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
      strict: { type: 'boolean', group: 'Policy:', describe: 'warnings (unverified-token-request, user-context-api) fail the run too; low-confidence user-context calls are reported' },
    })
    .example('$0 check .', 'exit 1 when a password grant is present')
    .example('$0 check . --format sarif --output pg.sarif', 'for GitHub code scanning')
    .example('$0 check . --baseline baseline.json', 'block only new findings') as Argv<T>;
}

/** The baseline code (and zod with it) loads only when a baseline flag is given: most runs need neither. */
const loadBaselineModule = () => import('../../check/baseline');

/**
 * The policy between the scan and the printers: with `--update-baseline`, record every
 * current finding and keep them in the report; with `--baseline`, drop the findings the
 * baseline records. `baseline` is the `--baseline` file, read and checked before the scan.
 */
export async function applyCheckPolicy(report: CheckReport, options: CheckRunOptions, baseline?: Baseline): Promise<CheckReport> {
  if (options.updateBaseline !== undefined) {
    const { createBaseline, writeBaselineFile } = await loadBaselineModule();
    await writeBaselineFile(createBaseline(report.findings), options.updateBaseline, options.cwd);
    return { ...report, baselineUpdated: { file: options.updateBaseline, recorded: report.findings.length } };
  }
  if (baseline === undefined || options.baseline === undefined) return report;
  const { applyBaseline } = await loadBaselineModule();
  const match = applyBaseline(report.findings, baseline);
  return {
    ...report,
    findings: match.remaining,
    summary: { ...report.summary, findings: match.remaining.length },
    baseline: { file: options.baseline, matched: match.matched, stale: match.stale },
  };
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
  await assertOutputWritable(args.output, io.cwd, { paths: input.paths, files: [args.config, args.baseline, args.updateBaseline] });
  if (options.updateBaseline !== undefined) await (await loadBaselineModule()).assertBaselineWritable(options.updateBaseline, io.cwd);
  // Read before the scan: a bad baseline is a usage error (exit 2) that should not cost a run.
  const baseline = options.baseline === undefined ? undefined : await (await loadBaselineModule()).readBaselineFile(options.baseline, io.cwd);

  // --project: type facts for the same detector (typeaware task); built once, before the scan.
  const typeAware = await startTypeAwareMode({ tsconfig: input.project, cwd: io.cwd, typecheck: false });
  if (typeAware) io.stderr.write(describeProjectCost(typeAware));
  const progress = createProgressReporter(io, 'check');
  const resolveFileOptions = createFileOptionsResolver({ config: args.config, tokenMethod: args.tokenMethod, paths: input.paths }, io.cwd);
  let scan: CheckScan;
  try {
    scan = await runCheckScan({
      cwd: io.cwd,
      paths: input.paths,
      ignore: input.ignore,
      workers: input.workers ?? getDefaultWorkerCount(),
      shard: input.shard,
      changedSince: input.changedSince,
      resolveFileOptions,
      onProgress: (done, total) => progress.update(done, total),
      prepareTask: typeAware ? (task) => typeAware.prepareTask(task) : undefined,
      strict: options.strict,
    });
  } finally {
    progress.stop();
  }

  const config = resolveFileOptions.loadedConfig?.() ?? null;
  const weakened = findGateWeakenings(config);
  const { hiddenByConfig, ...scanReport } = scan;
  let scanned: CheckReport = scanReport;
  if (config && (weakened.length > 0 || hiddenByConfig.length > 0)) {
    const ignored = hiddenByConfig.length > 0 ? { ignored: hiddenByConfig } : {};
    scanned = { ...scanned, configuration: { file: configReportPath(config, io.cwd), weakened, ...ignored } };
  }
  const report = await applyCheckPolicy(scanned, options, baseline);
  const color = options.output === undefined && shouldUseColor(io.stdout, io.env);
  await writeReport(renderCheckReport(report, options.format, { color }), options.output, io);
  if (report.baselineUpdated) {
    io.stderr.write(`password-grant-codemod: recorded ${report.baselineUpdated.recorded} finding(s) in ${report.baselineUpdated.file}\n`);
    // Recording is the run's purpose, so findings do not fail it; unreadable files still do,
    // because their findings are missing from the baseline.
    return report.errors.length > 0 ? ExitCode.fileErrors : ExitCode.ok;
  }
  return getCheckExitCode(report, options.strict);
}
