import * as path from 'path';
import type { CheckFileResult } from '../check/check-source';
import { judgeServiceFindings, type PendingFile } from '../check/judge-services';
import type { Finding } from '../check/types';
import type { CheckReport } from '../report/check';
import { createServiceLocator } from '../service/find-service';
import { collectUnscannedServiceFacts } from './complete-service-facts';
import { GATE_REACH } from './extensions';
import { findHiddenCandidates } from './hidden-candidates';
import { countScanned } from './outcome-collector';
import { compareReportPaths } from '../paths/report-path';
import { discoverShard, processDiscoveredFiles, withWorkerPool, type FileRunOptions } from './run-files';

/** The scan's report, and what the command adds to its `configuration` part. */
export interface CheckScan extends CheckReport {
  /** files the configuration's `ignore` hides although they name what the rules look for (see hidden-candidates.ts) */
  hiddenByConfig: string[];
}

export interface CheckScanOptions extends FileRunOptions {
  /** `--strict`: rules judged per service count their weaker candidates too */
  strict?: boolean;
}

/**
 * The scanning half of `check`: discover, run `checkSource` on the pool, let the rules that
 * are judged per service decide on what the files sent back, and gather every finding
 * sorted by path, line and column. Policy (baseline, --strict's exit code) is the command's
 * business, not the runner's.
 */
export async function runCheckScan(options: CheckScanOptions): Promise<CheckScan> {
  // The gate reads what Node may run: files of every extension (require() runs any of them as
  // JavaScript, see extensions.ts) and dependencies committed to the repository.
  const scanOptions = { ...options, reach: GATE_REACH };
  const discovery = await discoverShard(scanOptions);
  const run = await withWorkerPool(options.workers, async (pool) => processDiscoveredFiles<CheckFileResult>(pool, 'checkBatch', discovery, scanOptions));
  const hiddenByConfig = findHiddenCandidates(
    discovery.configIgnored ?? [],
    (entry) => options.resolveFileOptions.resolve(entry.absolutePath).options.tokenMethods ?? [],
  );

  const findings: Finding[] = [];
  const pending: PendingFile[] = [];
  const findService = createServiceLocator(options.cwd, options.paths);
  const errors: CheckReport['errors'] = [];
  const skipped: CheckReport['skipped'] = [...run.skipped];
  for (const outcome of run.outcomes) {
    if (outcome.status === 'skipped') skipped.push({ file: outcome.file, reason: outcome.reason });
    else if (outcome.status === 'error') errors.push({ file: outcome.file, message: outcome.message });
    else if (outcome.status === 'done' && outcome.value) {
      findings.push(...outcome.value.findings);
      if (outcome.value.pending.length > 0) {
        pending.push({ file: outcome.file, service: findService(path.resolve(options.cwd, outcome.file)), pending: outcome.value.pending });
      }
    }
  }
  const scanned = new Set(run.outcomes.map((outcome) => path.resolve(options.cwd, outcome.file)));
  pending.push(...(await collectUnscannedServiceFacts(pending, { options, findService, scanned })));
  findings.push(...judgeServiceFindings(pending, { strict: options.strict === true }));
  findings.sort(compareFindings);
  skipped.sort((a, b) => compareReportPaths(a.file, b.file));
  const counts = countScanned(run.outcomes);
  return {
    findings,
    errors,
    skipped,
    summary: { ...counts, findings: findings.length, errors: errors.length },
    hiddenByConfig,
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
