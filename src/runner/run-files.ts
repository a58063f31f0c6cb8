import { discoverFiles, type Discovery, type SkippedFile } from './discover';
import type { FileOptions, FileOptionsResolver } from './file-options';
import { OutcomeCollector } from './outcome-collector';
import { isInShard, type Shard } from './shard';
import type { BatchHandlerName, FileOutcome, FileTask } from './tasks';
import { runOnWorkerPool } from './worker-pool';

/** What both commands give the runner. */
export interface FileRunOptions {
  cwd: string;
  /** files and folders from the command line (default `.`) */
  paths: readonly string[];
  /** `--ignore` patterns */
  ignore: readonly string[];
  workers: number;
  shard?: Shard;
  resolveFileOptions: FileOptionsResolver;
  /** progress: files done so far out of the total */
  onProgress?: (done: number, total: number) => void;
}

/** Discovery, narrowed to the shard. */
export async function discoverShard(options: FileRunOptions): Promise<Discovery> {
  const discovery = await discoverFiles(options.paths, { cwd: options.cwd, ignore: options.ignore });
  const { shard } = options;
  if (!shard) return discovery;
  const inShard = (entry: { file: string }) => isInShard(entry.file, shard);
  return { ...discovery, files: discovery.files.filter(inShard), skipped: discovery.skipped.filter(inShard) };
}

export interface FileRunResult<T> {
  /** one outcome per discovered file, sorted by path */
  outcomes: FileOutcome<T>[];
  /** skipped before reading (size, name); outcomes hold the ones skipped after */
  skipped: SkippedFile[];
  /** the settings each file was processed with, by report path */
  fileOptions: Map<string, FileOptions>;
}

/** Runs one worker handler over the discovered files and collects the outcomes, sorted. */
export async function processDiscoveredFiles<T>(
  handler: BatchHandlerName,
  discovery: Discovery,
  options: FileRunOptions,
): Promise<FileRunResult<T>> {
  const fileOptions = new Map<string, FileOptions>();
  const tasks: FileTask[] = discovery.files.map((entry) => {
    const resolved = options.resolveFileOptions(entry.absolutePath);
    fileOptions.set(entry.file, resolved);
    return { file: entry.file, realPath: entry.realPath, options: resolved.options };
  });
  const total = tasks.length;
  const collector = new OutcomeCollector<T>((done) => options.onProgress?.(done, total));
  await runOnWorkerPool(handler, tasks, {
    workers: options.workers,
    onOutcomes: (outcomes) => collector.add(outcomes as FileOutcome<T>[]),
  });
  return { outcomes: collector.sorted(), skipped: discovery.skipped, fileOptions };
}
