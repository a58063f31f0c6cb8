import { promises as fs, statSync } from 'fs';
import * as path from 'path';
import { buildMigrationChecklist } from '../checklist/checklist-for-migration';
import type { ChangedFile, FileError, ManualEntry, MigrateReport, SecretEntry, SkippedEntry } from '../report/migrate/types';
import type { ServiceFilesReader } from '../scopes/collect-service-calls';
import type { ServiceAfterSwitch } from '../service/after-switch';
import type { PendingRewrite, TypeAwareHooks } from '../typeaware/types';
import { countScanned } from './outcome-collector';
import { compareReportPaths } from '../paths/report-path';
import { rerunWithInferredScopes } from './rerun-with-inferred-scopes';
import type { Discovery } from './discover';
import { createServiceFilesReader } from './read-service-files';
import { discoverShard, processDiscoveredFiles, withWorkerPool, type FileRunOptions } from './run-files';
import type { FileOutcome, MigrationValue } from './tasks';
import { isTrackedByGit } from '../io/git';
import { acquireRunLock, type RunLock } from './run-lock';
import { assertNoUncommittedChanges } from './uncommitted-changes';
import { removeLeftoverTempFiles, writeFileAtomic } from '../io/write-atomic';
import { realPathOrSelf } from '../paths/real-path';

export interface MigrationRunOptions extends FileRunOptions {
  /** write nothing */
  dryRun: boolean;
  /** write even into a git work tree with uncommitted changes */
  force: boolean;
  /** aborted on Ctrl-C: no new work or write starts; the write in hand completes */
  signal?: AbortSignal;
  /** type-aware mode (--project): each file's mode for the report; --typecheck's review */
  typeAware?: Pick<TypeAwareHooks, 'modeOf' | 'reviewRewrites'>;
}

/**
 * A whole `migrate` run: discover, refuse a dirty work tree (before any work, so nothing is
 * written), transform on the pool, write the changed files, and return the report model.
 */
export async function runMigration(options: MigrationRunOptions): Promise<MigrateReport> {
  let lock: RunLock | undefined;
  try {
    return await runLockedMigration(options, (acquired) => (lock = acquired));
  } finally {
    lock?.release();
  }
}

async function runLockedMigration(options: MigrationRunOptions, onLock: (lock: RunLock) => void): Promise<MigrateReport> {
  const { discovery, run, serviceOf } = await withWorkerPool(options.workers, async (pool) => {
    const discovered = await discoverShard(options);
    // A second writing run over the same files is refused before it touches anything.
    if (!options.dryRun) onLock(await acquireRunLock({ gitWorkTrees: discovered.gitWorkTrees, plainRoots: plainRootsOf(options, discovered.gitWorkTrees) }));
    // Temp files of a run that was killed mid-write: whole copies, never the only one; tidy them
    // before the work-tree check, so that they are not taken for the user's changes. A file
    // git tracks is never one of ours, whatever its name.
    if (!options.dryRun) await removeLeftoverTempFiles(discovered.files.map((entry) => entry.realPath), isTrackedByGit);
    if (!options.dryRun && !options.force) await assertNoUncommittedChanges(discovered.gitWorkTrees, options.cwd);
    const firstPass = await processDiscoveredFiles<MigrationValue>(pool, 'migrateBatch', discovered, options);
    const readServiceFiles = createServiceFilesReader(pool, discovered, options);
    await rerunWithInferredScopes(pool, firstPass, discovered, options, readServiceFiles);
    // While the threads are there: the services of the files with a rewrite (a file that
    // --typecheck refuses below simply does not ask for its service's entry).
    const serviceOf = await analyseServices(rewrittenFiles(firstPass.outcomes), discovered, options, readServiceFiles);
    return { discovery: discovered, run: firstPass, serviceOf };
  });
  const realPaths = new Map(discovery.files.map((entry) => [entry.file, entry.realPath]));
  // --typecheck, before anything is written: a rewrite that adds type errors goes to a person.
  const typeErrors = options.typeAware?.reviewRewrites?.(pendingRewrites(run.outcomes, realPaths)) ?? new Map<string, string[]>();

  const changed: ChangedFile[] = [];
  const manual: ManualEntry[] = [];
  const secrets: SecretEntry[] = [];
  const errors: FileError[] = [];
  const skipped: SkippedEntry[] = [...run.skipped];
  const legacyEnvVars = new Set<string>();
  let changesNotWritten = 0;

  for (const outcome of run.outcomes) {
    if (outcome.status === 'skipped') {
      skipped.push({ file: outcome.file, reason: outcome.reason });
      continue;
    }
    if (outcome.status === 'error') {
      errors.push({ file: outcome.file, message: outcome.message });
      continue;
    }
    if (outcome.status === 'not-javascript') continue; // check's alone: migrate lists source files only
    const value = outcome.value;
    if (!value) continue;
    const mode = options.typeAware ? { mode: options.typeAware.modeOf(realPaths.get(outcome.file) as string) } : {};
    const refused = typeErrors.get(outcome.file);
    const fileManual = refused ? withTypeErrorSites(value, refused) : value.manual;
    manual.push(...fileManual.map((site) => ({ file: outcome.file, line: site.line, column: site.column, reason: site.reason, ...mode })));
    // A refused rewrite removes no literal, like any other site left to a person.
    if (!refused) secrets.push(...value.secrets.map((secret) => ({ file: outcome.file, line: secret.line, kind: secret.kind })));
    if (refused || !value.changed || value.before === undefined || value.after === undefined) continue;
    if (options.signal?.aborted && !options.dryRun) {
      changesNotWritten++;
      continue;
    }

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
      scopeInference: run.fileOptions.get(outcome.file)?.scopeInference,
      options: run.fileOptions.get(outcome.file)?.options ?? {},
      legacyEnvVars: value.legacyEnvVars,
      before: value.before,
      after: value.after,
      secretLines: [...new Set(value.secrets.map((secret) => secret.line))],
      format: value.format ?? 'none',
      notes: value.notes ?? [],
      ...mode,
    });
  }

  skipped.sort((a, b) => compareReportPaths(a.file, b.file));
  const counts = countScanned(run.outcomes);
  const services = servicesOfChanged(changed, serviceOf);
  return {
    dryRun: options.dryRun,
    changed,
    manual,
    secrets,
    errors,
    skipped,
    legacyEnvVars: [...legacyEnvVars].sort(),
    checklist: buildMigrationChecklist(changed, secrets, options.cwd, services, options.paths),
    services,
    userContext: services
      .flatMap((service) => service.userContext)
      .sort((a, b) => compareReportPaths(a.file, b.file) || a.line - b.line || a.column - b.column),
    summary: {
      filesScanned: counts.filesScanned,
      filesParsed: counts.filesParsed,
      filesChanged: changed.length,
      sitesRewritten: changed.reduce((sum, entry) => sum + entry.sites, 0),
      manual: manual.length,
      errors: errors.length,
      skipped: skipped.length,
    },
    ...(options.signal?.aborted
      ? { interrupted: { filesNotProcessed: discovery.files.length - run.outcomes.length, changesNotWritten } }
      : {}),
  };
}

/** The files whose first-pass outcome is a rewrite. */
function rewrittenFiles(outcomes: readonly FileOutcome<MigrationValue>[]): string[] {
  return outcomes.filter((outcome) => outcome.status === 'done' && outcome.value?.changed === true).map((outcome) => outcome.file);
}

/**
 * What each service with a rewritten file needs after the switch, by file (the inference
 * reads a service's files once, however many of them changed).
 */
async function analyseServices(
  files: readonly string[],
  discovery: Discovery,
  options: MigrationRunOptions,
  read: ServiceFilesReader,
): Promise<Map<string, ServiceAfterSwitch>> {
  const analyse = options.resolveFileOptions.analyseService;
  const byFile = new Map<string, ServiceAfterSwitch>();
  if (!analyse || options.signal?.aborted) return byFile;
  const absolutePaths = new Map(discovery.files.map((entry) => [entry.file, entry.absolutePath]));
  for (const file of files) {
    const absolutePath = absolutePaths.get(file);
    const analysis = absolutePath === undefined ? null : await analyse.call(options.resolveFileOptions, absolutePath, read);
    if (analysis) byFile.set(file, analysis);
  }
  return byFile;
}

/** One entry per service of the changed files, sorted by service. */
function servicesOfChanged(changed: readonly ChangedFile[], serviceOf: ReadonlyMap<string, ServiceAfterSwitch>): ServiceAfterSwitch[] {
  const byService = new Map<string, ServiceAfterSwitch>();
  for (const entry of changed) {
    const analysis = serviceOf.get(entry.file);
    if (analysis && !byService.has(analysis.service)) byService.set(analysis.service, analysis);
  }
  return [...byService.values()].sort((a, b) => compareReportPaths(a.service, b.service));
}

/** The folders given on the command line that are in no git work tree (their lock lives in them). */
function plainRootsOf(options: MigrationRunOptions, gitWorkTrees: readonly string[]): string[] {
  const realTrees = gitWorkTrees.map((tree) => realPathOrSelf(tree));
  const roots = new Set<string>();
  for (const given of options.paths.length > 0 ? options.paths : ['.']) {
    const absolute = realPathOrSelf(path.resolve(options.cwd, given));
    const folder = statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ? absolute : path.dirname(absolute);
    if (!realTrees.some((tree) => folder === tree || folder.startsWith(tree + path.sep))) roots.add(folder);
  }
  return [...roots];
}


/** The rewrites computed by the workers, for --typecheck. */
function pendingRewrites(outcomes: readonly FileOutcome<MigrationValue>[], realPaths: Map<string, string>): PendingRewrite[] {
  const rewrites: PendingRewrite[] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== 'done' || !outcome.value?.changed || outcome.value.after === undefined) continue;
    rewrites.push({ file: outcome.file, realPath: realPaths.get(outcome.file) as string, after: outcome.value.after });
  }
  return rewrites;
}

/** A file whose rewrite --typecheck refused: its rewritten sites join its manual ones, with the diagnostics. */
function withTypeErrorSites(value: MigrationValue, diagnostics: readonly string[]): MigrationValue['manual'] {
  // The compiler quotes literal types (`Type '"S3cret"' is not assignable`): values stay out of reasons.
  const masked = diagnostics.map((diagnostic) => diagnostic.replace(/"(?:[^"\\]|\\.)*"/g, '"…"'));
  const reason = `the rewrite adds type errors, so it was not written; migrate by hand: ${masked.join('; ')}`;
  const refused = value.sites.map((site) => ({ line: site.line, column: site.column, reason }));
  return [...value.manual, ...refused].sort((a, b) => a.line - b.line || a.column - b.column);
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
