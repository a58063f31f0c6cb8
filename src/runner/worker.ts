import type { CheckFileResult } from '../check/check-source';
import { checkFile, migrateFile, serviceFactsFile } from './process-file';
import type { FileOutcome, FileTask, MigrationValue, ServiceFactsOutcome } from './tasks';

/**
 * The worker-thread entry points, loaded by piscina from dist/. Each handles one batch of
 * files in order and returns plain data; workers never print, the main thread reports.
 * The names are the `BatchHandlerName`s the pool asks for.
 */

export async function migrateBatch(files: FileTask[]): Promise<FileOutcome<MigrationValue>[]> {
  const outcomes: FileOutcome<MigrationValue>[] = [];
  for (const task of files) outcomes.push(await migrateFile(task));
  return outcomes;
}

export async function checkBatch(files: FileTask[]): Promise<FileOutcome<CheckFileResult>[]> {
  const outcomes: FileOutcome<CheckFileResult>[] = [];
  for (const task of files) outcomes.push(await checkFile(task));
  return outcomes;
}

export async function serviceFactsBatch(files: FileTask[]): Promise<ServiceFactsOutcome[]> {
  const outcomes: ServiceFactsOutcome[] = [];
  for (const task of files) outcomes.push(await serviceFactsFile(task));
  return outcomes;
}
