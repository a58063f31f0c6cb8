import { setMaxListeners } from 'events';
import { existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Piscina } from 'piscina';
import type { BatchHandlerName, FileOutcome, FileTask } from './tasks';

export interface PoolRunOptions {
  /** called on the main thread as each batch finishes: the one consumer of results */
  onOutcomes: (outcomes: FileOutcome<unknown>[]) => void;
  /** once aborted (Ctrl-C), batches not yet finished are dropped: they yield no outcomes */
  signal?: AbortSignal;
  /** the tasks are already one batch (the file processor sizes its own): one message, not split */
  asOneBatch?: boolean;
}

const MAX_BATCH = 64;
/** The workers' stack (see startWorkerPool). */
export const WORKER_STACK_MB = 64;
/**
 * The workers' young generation. Measured on 2 cores, three runs each (README, "Workers"):
 * 32 MB is as fast as 128 MB on the real and the synthetic corpus and keeps 75–100 MB less
 * resident; 16 MB collects more often for the same memory as 32.
 */
export const WORKER_YOUNG_GENERATION_MB = 32;
/** Batches per thread: enough that a slow batch does not leave the other threads idle. */
const BATCHES_PER_THREAD = 4;

/**
 * The default pool size: one thread per core but one, which the main thread keeps (it
 * reads and prefilters every file, see file-processor.ts). One per core, as before, made
 * the pool and the main thread oversubscribe a 2-core machine (README, "Workers").
 */
export function getDefaultWorkerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
  return Math.max(1, cores - 1);
}

/** Splits tasks into batches: one message per batch instead of one per file. */
export function splitIntoBatches<T>(tasks: readonly T[], workers: number): T[][] {
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks.length / (workers * BATCHES_PER_THREAD))));
  const batches: T[][] = [];
  for (let start = 0; start < tasks.length; start += size) batches.push(tasks.slice(start, start + size));
  return batches;
}

/** The compiled worker; when running from sources (ts-jest) the built copy in dist/ is used. */
function getWorkerFile(): string {
  const sibling = path.join(__dirname, 'worker.js');
  if (existsSync(sibling)) return sibling;
  return path.resolve(__dirname, '..', '..', 'dist', 'src', 'runner', 'worker.js');
}

/** A worker_threads pool for one run; `destroy` it when the run ends, however it ends. */
export interface WorkerPool {
  /**
   * Runs `handler` of worker.ts over every task. Outcomes reach `onOutcomes` in completion
   * order; callers sort. A batch whose worker dies turns into error outcomes for its files,
   * so one crash never stops the run.
   */
  run(handler: BatchHandlerName, tasks: readonly FileTask[], options: PoolRunOptions): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * Starts the pool's first thread at once (the file processor calls this only when files
 * are waiting for it); the others start, up to `workers`, when batches queue.
 */
export function startWorkerPool(workers: number): WorkerPool {
  const maxThreads = Math.max(1, Math.floor(workers));
  const pool = new Piscina({
    filename: getWorkerFile(),
    minThreads: 1,
    maxThreads,
    idleTimeout: 100,
    // Babel's traversal recurses per nesting level: with the default 4 MB a 5,000-deep member
    // chain, which Node runs, overflowed and hid the file's grant. 64 MB holds 50,000 levels
    // (measured); the stack is reserved, not used, until a file needs it.
    resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  return {
    run: (handler, tasks, options) => runBatches(pool, maxThreads, handler, tasks, options),
    destroy: () => pool.destroy(),
  };
}

/** The listener limit set on each signal so far (Node 20 cannot read it back from an AbortSignal). */
const listenerBudgets = new WeakMap<AbortSignal, number>();

async function runBatches(
  pool: Piscina,
  threads: number,
  handler: BatchHandlerName,
  tasks: readonly FileTask[],
  options: PoolRunOptions,
): Promise<void> {
  if (tasks.length === 0) return;
  const batches = options.asOneBatch ? [[...tasks]] : splitIntoBatches(tasks, threads);
  // Every queued batch listens on the one interrupt signal; without this Node warns on stderr
  // past ten listeners, which is noise in a report that tools parse.
  // Several runs may share the signal at once (the file processor sends files as they pass
  // the prefilter), so the limit only grows.
  if (options.signal) {
    const budget = (listenerBudgets.get(options.signal) ?? 10) + batches.length;
    listenerBudgets.set(options.signal, budget);
    setMaxListeners(budget, options.signal);
  }
  await Promise.all(
    batches.map(async (batch) => {
      let outcomes: FileOutcome<unknown>[];
      try {
        outcomes = (await pool.run(batch, { name: handler, ...(options.signal ? { signal: options.signal } : {}) })) as FileOutcome<unknown>[];
      } catch (error) {
        // Workers only read, so dropping an interrupted batch loses nothing but time.
        if (options.signal?.aborted) return;
        const message = `internal error: the worker processing this file failed: ${(error as Error)?.message ?? error}`;
        outcomes = batch.map((task) => ({ status: 'error', file: task.file, message, scanned: false, parsed: false }));
      }
      options.onOutcomes(outcomes);
    }),
  );
}
