import type { Finding } from '../check/types';
import type { CheckReport } from '../report/check';
import { countScanned } from './outcome-collector';
import { compareReportPaths } from './report-path';
import { discoverShard, processDiscoveredFiles, withWorkerPool, type FileRunOptions } from './run-files';

/**
 * The scanning half of `check`: discover, run `checkSource` on the pool, and gather every
 * finding sorted by path, line and column. Policy (baseline, --strict, exit code) is the
 * command's business, not the runner's.
 */
export async function runCheckScan(options: FileRunOptions): Promise<CheckReport> {
  const run = await withWorkerPool(options.workers, async (pool) =>
    processDiscoveredFiles<Finding[]>(pool, 'checkBatch', await discoverShard(options), options),
  );

  const findings: Finding[] = [];
  const errors: CheckReport['errors'] = [];
  const skipped: CheckReport['skipped'] = [...run.skipped];
  for (const outcome of run.outcomes) {
    if (outcome.status === 'skipped') skipped.push({ file: outcome.file, reason: outcome.reason });
    else if (outcome.status === 'error') errors.push({ file: outcome.file, message: outcome.message });
    else if (outcome.value) findings.push(...outcome.value);
  }
  findings.sort(compareFindings);
  skipped.sort((a, b) => compareReportPaths(a.file, b.file));
  const counts = countScanned(run.outcomes);
  return {
    findings,
    errors,
    skipped,
    summary: { ...counts, findings: findings.length, errors: errors.length },
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareReportPaths(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareReportPaths(a.rule, b.rule) ||
    compareReportPaths(a.fingerprint, b.fingerprint)
  );
}
