import { setImmediate as nextTurn } from 'timers/promises';
import { analyseScreenedFile, modeOfHandler, screenFile, StackTooSmallError, type PassedScreen } from './process-file';
import type { BatchHandlerName, FileOutcome, FileTask } from './tasks';
import { startWorkerPool, type PoolRunOptions, type WorkerPool } from './worker-pool';

/**
 * Where the files of a run are processed. The main thread reads every file and runs the
 * prefilter itself (bytes only: a few microseconds a file); what passes, usually a handful
 * of files, is analysed on the main thread too, and a worker pool is started only once more
 * than IN_PROCESS_LIMIT files have passed. Measured on 2 cores: a pool started for every run
 * cost more than it saved (a V8 isolate, the worker module and, again in each worker, Babel
 * and the detector) and, with one thread per core next to the main thread, oversubscribed
 * the cores (see README, "Workers").
 *
 * The same interface as the pool, so the runners do not know which they got.
 */

/**
 * The most files analysed on the main thread. Measured (README, "Workers"): the analysis
 * of a typical file takes a few milliseconds, starting the pool and loading the analysers in
 * it about 150 ms on a quiet core; below this count the pool cannot win that back.
 */
export const IN_PROCESS_LIMIT = 16;
/** Files screened between two turns of the event loop, so that the pool's messages flow. */
const SCREEN_CHUNK = 128;

export function createFileProcessor(workers: number): WorkerPool {
  let pool: WorkerPool | undefined;
  const getPool = (): WorkerPool => (pool ??= startWorkerPool(workers));
  return {
    run: (handler, tasks, options) => runFiles(handler, tasks, options, getPool, () => pool !== undefined),
    destroy: async () => {
      await pool?.destroy();
    },
  };
}

async function runFiles(
  handler: BatchHandlerName,
  tasks: readonly FileTask[],
  options: PoolRunOptions,
  getPool: () => WorkerPool,
  poolStarted: () => boolean,
): Promise<void> {
  const mode = modeOfHandler(handler);
  const held: PassedScreen[] = [];
  const sent: Promise<void>[] = [];
  let settled: FileOutcome<unknown>[] = [];
  let toPool: FileTask[] = [];
  const send = () => {
    if (toPool.length === 0) return;
    sent.push(getPool().run(handler, toPool, options));
    toPool = [];
  };

  for (let index = 0; index < tasks.length; index++) {
    if (options.signal?.aborted) break;
    const screened = screenFile(tasks[index], mode);
    if ('outcome' in screened) settled.push(screened.outcome);
    else if (poolStarted()) toPool.push(screened.task);
    else {
      held.push(screened);
      // Past the limit: the pool starts, and takes the files held so far (their bytes are
      // dropped here; a worker reads them again, which for so few files is cheap).
      if (held.length > IN_PROCESS_LIMIT) toPool.push(...held.splice(0).map((entry) => entry.task));
    }
    if ((index + 1) % SCREEN_CHUNK === 0) {
      send();
      options.onOutcomes(settled);
      settled = [];
      await nextTurn();
    }
  }
  send();
  if (settled.length > 0) options.onOutcomes(settled);

  // Few files passed: analysed here, unless one needs the workers' larger stack.
  for (const screened of held) {
    if (options.signal?.aborted) break;
    try {
      options.onOutcomes([await analyseScreenedFile(handler, screened)]);
    } catch (error) {
      if (!(error instanceof StackTooSmallError)) throw error;
      sent.push(getPool().run(handler, [screened.task], options));
    }
  }
  await Promise.all(sent);
}
