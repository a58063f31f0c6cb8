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
 * the cores (see README, "Workers"). Once the pool runs, the main thread, its screening
 * done, takes files from the same queue: the pool has CPUs - 1 threads, so that every core
 * parses and none is shared by two threads.
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
    run: (handler, tasks, options) => runFiles(handler, tasks, options, { getPool, poolStarted: () => pool !== undefined, workers }),
    destroy: async () => {
      await pool?.destroy();
    },
  };
}

interface PoolAccess {
  getPool: () => WorkerPool;
  poolStarted: () => boolean;
  workers: number;
}

/** A file that passed the prefilter and waits for a thread; its bytes are not kept. */
interface QueuedFile {
  task: FileTask;
  bytes: number;
}

/**
 * A batch for the pool: a few files, or fewer when they are large. Large files (a vendored
 * 4 MB bundle takes half a second to parse) must not travel together, or one thread gets
 * all of them while the others wait.
 */
const BATCH_FILES = 32;
const BATCH_BYTES = 256 * 1024;
/** Batches handed to each pool thread at once: one running, one waiting, so it never idles on a busy main thread. */
const BATCHES_PER_WORKER = 2;

function takeBatch(queue: QueuedFile[]): FileTask[] {
  const batch: FileTask[] = [];
  let bytes = 0;
  while (queue.length > 0 && batch.length < BATCH_FILES && (batch.length === 0 || bytes + queue[0].bytes <= BATCH_BYTES)) {
    const next = queue.shift() as QueuedFile;
    batch.push(next.task);
    bytes += next.bytes;
  }
  return batch;
}

async function runFiles(handler: BatchHandlerName, tasks: readonly FileTask[], options: PoolRunOptions, access: PoolAccess): Promise<void> {
  const mode = modeOfHandler(handler);
  const held: PassedScreen[] = [];
  const queue: QueuedFile[] = [];
  const running = new Set<Promise<void>>();
  let settled: FileOutcome<unknown>[] = [];
  const runOnPool = (batch: FileTask[]) => {
    const job: Promise<void> = access
      .getPool()
      .run(handler, batch, { ...options, asOneBatch: true })
      .finally(() => {
        running.delete(job);
        pump();
      });
    running.add(job);
  };
  // Keeps each pool thread supplied, from the front of the queue.
  const pump = () => {
    while (access.poolStarted() && queue.length > 0 && running.size < access.workers * BATCHES_PER_WORKER && !options.signal?.aborted) {
      runOnPool(takeBatch(queue));
    }
  };

  for (let index = 0; index < tasks.length; index++) {
    if (options.signal?.aborted) break;
    const screened = screenFile(tasks[index], mode);
    if ('outcome' in screened) settled.push(screened.outcome);
    else if (access.poolStarted()) queue.push({ task: screened.task, bytes: screened.bytes.length });
    else {
      held.push(screened);
      // Past the limit: the pool starts, and takes the files held so far (their bytes are
      // dropped here; a worker reads them again, which for so few files is cheap).
      if (held.length > IN_PROCESS_LIMIT) {
        queue.push(...held.splice(0).map((entry) => ({ task: entry.task, bytes: entry.bytes.length })));
        access.getPool();
      }
    }
    if ((index + 1) % SCREEN_CHUNK === 0) {
      pump();
      options.onOutcomes(settled);
      settled = [];
      await nextTurn();
    }
  }
  pump();
  if (settled.length > 0) options.onOutcomes(settled);

  // Screening done, the main thread analyses too: the files held when few passed, else
  // files from the back of the pool's queue (the pool takes from the front), so that on a
  // 2-core machine both cores parse.
  for (;;) {
    if (options.signal?.aborted) break;
    let screened: PassedScreen | undefined = held.shift();
    if (!screened) {
      const next = queue.pop();
      if (!next) break;
      const again = screenFile(next.task, mode);
      if ('outcome' in again) {
        options.onOutcomes([again.outcome]);
        continue;
      }
      screened = again;
    }
    try {
      options.onOutcomes([await analyseScreenedFile(handler, screened)]);
    } catch (error) {
      if (!(error instanceof StackTooSmallError)) throw error;
      runOnPool([screened.task]);
    }
    // Lets finished batches come back and the next ones go out.
    await nextTurn();
  }
  while (running.size > 0) await Promise.all([...running]);
}
