import type { ServiceFilesReader } from '../scopes/collect-service-calls';
import type { Discovery } from './discover';
import { createTask, type FileRunOptions, type FileRunResult } from './run-files';
import type { FileOutcome, FileTask, MigrationValue } from './tasks';
import type { WorkerPool } from './worker-pool';

/**
 * `migrate`'s second pass. The first runs every file with the scopes the command line and
 * the configuration name; where they name none, the transform holds fixable sites back for
 * want of scopes. Only those files (a handful in a repository) have scopes inferred for
 * their service and run again with them. Inferring up front instead meant reading every
 * file on the main thread before the workers read it again.
 *
 * Updates `run` in place: the files' new outcomes and settings (with the inference that
 * explains them). A file whose service yields no scope keeps its first outcome.
 */
export async function rerunWithInferredScopes(
  pool: WorkerPool,
  run: FileRunResult<MigrationValue>,
  discovery: Discovery,
  options: FileRunOptions,
  readServiceFiles: ServiceFilesReader,
): Promise<void> {
  const waiting = run.outcomes.filter((outcome) => outcome.status === 'done' && (outcome.value?.waitingForScopes ?? 0) > 0);
  if (waiting.length === 0 || options.signal?.aborted) return;
  const entries = new Map(discovery.files.map((entry) => [entry.file, entry]));

  const tasks: FileTask[] = [];
  for (const { file } of waiting) {
    const entry = entries.get(file);
    const inferred = entry ? await options.resolveFileOptions.inferScopes(entry.absolutePath, readServiceFiles) : null;
    if (!entry || !inferred) continue;
    run.fileOptions.set(file, inferred);
    if ((inferred.options.scopes ?? []).length > 0) tasks.push(createTask(entry, inferred, options));
  }

  const rerun = new Map<string, FileOutcome<MigrationValue>>();
  await pool.run('migrateBatch', tasks, {
    onOutcomes: (outcomes) => {
      for (const outcome of outcomes as FileOutcome<MigrationValue>[]) rerun.set(outcome.file, outcome);
    },
    signal: options.signal,
  });
  run.outcomes = run.outcomes.map((outcome) => rerun.get(outcome.file) ?? outcome);
}
