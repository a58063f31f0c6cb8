import type { PendingFile } from '../check/judge-services';
import { discoverFiles } from './discover';
import { checkFile } from './process-file';
import { createTask, type FileRunOptions } from './run-files';
import { scanCoversFolder } from './scan-covers-folder';

export interface ServiceFactsContext {
  options: FileRunOptions;
  /** the service folder of a file (the same locator the scan's pending files were grouped with) */
  findService: (absoluteFile: string) => string;
  /** absolute paths of the files the scan itself read */
  scanned: ReadonlySet<string>;
}

/**
 * Rules judged per service (`user-context-api`: does the service log in without a user?)
 * need facts from every file of a service, but a run that scans only part of it (`--shard`,
 * files named one by one, a path below the service folder, `--changed-since`) sees only part: a `getUsersMe`
 * in a scanned file and the password grant in another would be judged on half the facts.
 * For each service where a scanned file holds a candidate and the scan did not cover the
 * whole folder, the service's other files are read for their facts alone (their own
 * candidates belong to the runs that scan them). This runs on the main thread, file by file
 * behind the same prefilter as the scan; such services are few.
 */
export async function collectUnscannedServiceFacts(pending: readonly PendingFile[], context: ServiceFactsContext): Promise<PendingFile[]> {
  const services = new Set(pending.filter((file) => file.pending.some((entry) => entry.candidates.length > 0)).map((file) => file.service));
  const facts: PendingFile[] = [];
  for (const service of [...services].sort()) {
    if (scanCoversFolder(service, context.options)) continue;
    const { files } = await discoverFiles([service], { cwd: context.options.cwd, ignore: context.options.ignore });
    for (const entry of files) {
      if (context.scanned.has(entry.absolutePath) || context.findService(entry.absolutePath) !== service) continue;
      if (context.options.resolveFileOptions.isIgnored(entry.absolutePath)) continue;
      const outcome = await checkFile(createTask(entry, context.options.resolveFileOptions.resolve(entry.absolutePath), {}));
      // A file the scan did not cover that cannot be read or parsed only lacks facts here;
      // it is reported by the run that scans it.
      if (outcome.status !== 'done' || !outcome.value) continue;
      const withFacts = outcome.value.pending.map((entry) => ({ ...entry, candidates: [] }));
      if (withFacts.length > 0) facts.push({ file: entry.file, service, pending: withFacts });
    }
  }
  return facts;
}

