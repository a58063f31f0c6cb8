import { promises as fs } from 'fs';
import type { ChangedFile, FileError, ManualEntry, MigrateReport, SecretEntry, SkippedEntry } from '../report/migrate/types';
import { countScanned } from './outcome-collector';
import { compareReportPaths } from './report-path';
import { discoverShard, processDiscoveredFiles, type FileRunOptions } from './run-files';
import type { MigrationValue } from './tasks';
import { assertNoUncommittedChanges } from './uncommitted-changes';
import { writeFileAtomic } from './write-atomic';

export interface MigrationRunOptions extends FileRunOptions {
  /** write nothing */
  dryRun: boolean;
  /** write even into a git work tree with uncommitted changes */
  force: boolean;
}

/**
 * A whole `migrate` run: discover, refuse a dirty work tree (before any work, so nothing is
 * written), transform on the pool, write the changed files, and return the report model.
 */
export async function runMigration(options: MigrationRunOptions): Promise<MigrateReport> {
  const discovery = await discoverShard(options);
  if (!options.dryRun && !options.force) await assertNoUncommittedChanges(discovery.gitWorkTrees, options.cwd);

  const run = await processDiscoveredFiles<MigrationValue>('migrateBatch', discovery, options);
  const realPaths = new Map(discovery.files.map((entry) => [entry.file, entry.realPath]));

  const changed: ChangedFile[] = [];
  const manual: ManualEntry[] = [];
  const secrets: SecretEntry[] = [];
  const errors: FileError[] = [];
  const skipped: SkippedEntry[] = [...run.skipped];
  const legacyEnvVars = new Set<string>();

  for (const outcome of run.outcomes) {
    if (outcome.status === 'skipped') {
      skipped.push({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    if (outcome.status === 'error') {
      errors.push({ file: outcome.file, message: outcome.message });
      continue;
    }
    const value = outcome.value;
    if (!value) continue;
    manual.push(...value.manual.map((site) => ({ file: outcome.file, line: site.line, column: site.column, reason: site.reason })));
    secrets.push(...value.secrets.map((secret) => ({ file: outcome.file, line: secret.line, kind: secret.kind })));
    if (!value.changed || value.before === undefined || value.after === undefined) continue;

    const writeError = options.dryRun ? null : await writeChange(realPaths.get(outcome.file) as string, value.before, value.after);
    if (writeError) {
      errors.push({ file: outcome.file, message: writeError });
      continue;
    }
    for (const name of value.legacyEnvVars) legacyEnvVars.add(name);
    changed.push({
      file: outcome.file,
      sites: value.sites.length,
      scopes: value.scopes,
      scopeSource: run.fileOptions.get(outcome.file)?.scopeSource ?? 'none',
      options: run.fileOptions.get(outcome.file)?.options ?? {},
      legacyEnvVars: value.legacyEnvVars,
      before: value.before,
      after: value.after,
      secretLines: [...new Set(value.secrets.map((secret) => secret.line))],
    });
  }

  skipped.sort((a, b) => compareReportPaths(a.file, b.file));
  const counts = countScanned(run.outcomes);
  return {
    dryRun: options.dryRun,
    changed,
    manual,
    secrets,
    errors,
    skipped,
    legacyEnvVars: [...legacyEnvVars].sort(),
    summary: {
      filesScanned: counts.filesScanned,
      filesParsed: counts.filesParsed,
      filesChanged: changed.length,
      sitesRewritten: changed.reduce((sum, entry) => sum + entry.sites, 0),
      manual: manual.length,
      errors: errors.length,
      skipped: skipped.length,
    },
  };
}

/**
 * Writes one rewritten file, unless it changed on disk since the worker read it (an editor
 * or a build saved it meanwhile): overwriting would lose that edit. Returns an error
 * message, or null when written.
 */
async function writeChange(realPath: string, before: string, after: string): Promise<string | null> {
  try {
    const current = await fs.readFile(realPath, 'utf8');
    if (current !== before) return 'the file changed on disk during the run; it was not written (run again)';
    await writeFileAtomic(realPath, after);
    return null;
  } catch (error) {
    return `cannot write the file: ${(error as Error).message}`;
  }
}
