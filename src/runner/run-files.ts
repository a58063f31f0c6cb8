import * as path from 'path';
import { discoverFiles, type DiscoveredFile, type Discovery, type SkippedFile } from './discover';
import type { FormatSettings } from '../format/types';
import type { ListingReach } from './extensions';
import type { FileOptions, FileOptionsResolver } from './file-options';
import { OutcomeCollector } from './outcome-collector';
import { isInShard, type Shard } from './shard';
import type { BatchHandlerName, FileOutcome, FileTask } from './tasks';
import { createFileProcessor } from './file-processor';
import type { WorkerPool } from './worker-pool';

/** What both commands give the runner. */
export interface FileRunOptions {
  cwd: string;
  /** files and folders from the command line (default `.`) */
  paths: readonly string[];
  /** `--ignore` patterns */
  ignore: readonly string[];
  workers: number;
  shard?: Shard;
  /** `--changed-since REF`: only the files changed since the merge base of REF and HEAD */
  changedSince?: string;
  /** `check`: what discovery lists beyond source files (GATE_REACH, see discover.ts) */
  reach?: ListingReach;
  resolveFileOptions: FileOptionsResolver;
  /** progress: files done so far out of the total */
  onProgress?: (done: number, total: number) => void;
  /** aborted on Ctrl-C: stop starting work; outcomes then cover only the files done */
  signal?: AbortSignal;
  /** type-aware mode (--project): adds the type checker's facts to a file's task */
  prepareTask?: (task: FileTask) => FileTask;
  /** `migrate`: how the rewritten statements are formatted */
  format?: FormatSettings;
}

/**
 * Discovery, narrowed to the shard. The configuration is loaded first (a bad one stops the
 * run before any work), and its `ignore` patterns leave files out as `--ignore` does.
 */
export async function discoverShard(options: FileRunOptions): Promise<Discovery> {
  await options.resolveFileOptions.load();
  const found = await discoverFiles(options.paths, {
    cwd: options.cwd,
    ignore: options.ignore,
    changedSince: options.changedSince,
    reach: options.reach,
  });
  const kept = (entry: { file: string; absolutePath?: string }) =>
    !options.resolveFileOptions.isIgnored(entry.absolutePath ?? path.resolve(options.cwd, entry.file));
  const discovery = {
    ...found,
    files: found.files.filter(kept),
    skipped: found.skipped.filter(kept),
    configIgnored: found.files.filter((entry) => !kept(entry)),
  };
  const { shard } = options;
  if (!shard) return discovery;
  const inShard = (entry: { file: string }) => isInShard(entry.file, shard);
  return {
    ...discovery,
    files: discovery.files.filter(inShard),
    skipped: discovery.skipped.filter(inShard),
    configIgnored: discovery.configIgnored.filter(inShard),
  };
}

export interface FileRunResult<T> {
  /** one outcome per discovered file, sorted by path */
  outcomes: FileOutcome<T>[];
  /** skipped before reading (size, name); outcomes hold the ones skipped after */
  skipped: SkippedFile[];
  /** the settings each file was processed with, by report path */
  fileOptions: Map<string, FileOptions>;
}

/**
 * Runs `work` with a file processor (see file-processor.ts: the main thread, and a worker
 * pool started only when enough files pass the prefilter); its pool, if one was started, is
 * destroyed however `work` ends.
 */
export async function withWorkerPool<R>(workers: number, work: (pool: WorkerPool) => Promise<R>): Promise<R> {
  const pool = createFileProcessor(workers);
  try {
    return await work(pool);
  } finally {
    await pool.destroy();
  }
}

/** Runs one worker handler over the discovered files and collects the outcomes, sorted. */
export async function processDiscoveredFiles<T>(
  pool: WorkerPool,
  handler: BatchHandlerName,
  discovery: Discovery,
  options: FileRunOptions,
): Promise<FileRunResult<T>> {
  const fileOptions = new Map<string, FileOptions>();
  const tasks = discovery.files.map((entry) => {
    const resolved = options.resolveFileOptions.resolve(entry.absolutePath);
    fileOptions.set(entry.file, resolved);
    return createTask(entry, resolved, options);
  });
  const total = tasks.length;
  const collector = new OutcomeCollector<T>((done) => options.onProgress?.(done, total));
  await pool.run(handler, tasks, {
    onOutcomes: (outcomes) => collector.add(outcomes as FileOutcome<T>[]),
    signal: options.signal,
  });
  return { outcomes: collector.sorted(), skipped: discovery.skipped, fileOptions };
}

/** What a worker gets for one file: where to read it, what to call it, its settings. */
export function createTask(entry: DiscoveredFile, resolved: FileOptions, options: Pick<FileRunOptions, 'prepareTask' | 'format'>): FileTask {
  const task: FileTask = {
    file: entry.file,
    realPath: entry.realPath,
    options: resolved.options,
    ...(options.format ? { format: options.format } : {}),
    ...(entry.otherExtension ? { otherExtension: true } : {}),
  };
  return options.prepareTask ? options.prepareTask(task) : task;
}
