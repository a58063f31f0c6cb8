import { isSameOrInside } from '../paths/inside';
import { compareReportPaths } from '../paths/report-path';
import type { ServiceFileFacts, ServiceFilesReader } from '../scopes/collect-service-calls';
import { discoverFiles, type DiscoveredFile, type Discovery } from './discover';
import { createTask, type FileRunOptions } from './run-files';
import { scanCoversFolder } from './scan-covers-folder';
import type { ServiceFactsOutcome } from './tasks';
import type { WorkerPool } from './worker-pool';

/**
 * How `migrate` reads a service's files for scope inference and the after-switch analysis:
 * from the run's own discovery when the run covered the service folder (no second walk of the
 * tree), else by discovering that folder with the run's ignores; then on the run's threads,
 * behind a text test, like any other pass (the main thread screens, the pool parses). Files
 * the configuration or --ignore leaves out are left out here too.
 */
export function createServiceFilesReader(pool: WorkerPool, discovery: Discovery, options: FileRunOptions): ServiceFilesReader {
  return async (serviceFolder, ownFile) => {
    const entries = scanCoversFolder(serviceFolder, options)
      ? discovery.files.filter((entry) => isSameOrInside(entry.absolutePath, serviceFolder))
      : await discoverFolder(serviceFolder, options);
    const tasks = entries.filter((entry) => ownFile(entry.absolutePath)).map((entry) => createTask(entry, options.resolveFileOptions.resolve(entry.absolutePath), {}));
    const outcomes: ServiceFactsOutcome[] = [];
    // No abort signal: a service's facts are read whole or not asked for (the callers stop
    // asking once the run is interrupted); half of them would drop calls without a word.
    await pool.run('serviceFactsBatch', tasks, { onOutcomes: (settled) => outcomes.push(...(settled as ServiceFactsOutcome[])) });
    return toServiceFileFacts(outcomes);
  };
}

async function discoverFolder(folder: string, options: FileRunOptions): Promise<DiscoveredFile[]> {
  const { files } = await discoverFiles([folder], { cwd: options.cwd, ignore: options.ignore });
  return files.filter((entry) => !options.resolveFileOptions.isIgnored(entry.absolutePath));
}

/** The facts in file order; a file that could not be read or parsed is named, its calls missing. */
export function toServiceFileFacts(outcomes: readonly ServiceFactsOutcome[]): ServiceFileFacts {
  const sorted = [...outcomes].sort((a, b) => compareReportPaths(a.file, b.file));
  const facts: ServiceFileFacts = { files: [], unreadFiles: [] };
  for (const outcome of sorted) {
    if (outcome.status === 'error') facts.unreadFiles.push(outcome.file);
    else if (outcome.status === 'done' && outcome.value) facts.files.push({ file: outcome.file, ...outcome.value });
  }
  return facts;
}
