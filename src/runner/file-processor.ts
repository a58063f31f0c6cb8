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
/**
 * The most bytes held for the main thread while it is still screening. Past them the pool
 * starts at once, so that a large file (a vendored bundle: half a second of parsing a
 * megabyte) is parsed while the main thread reads the rest of the tree instead of after it;
 * a pool's start-up (about 150 ms) is less than a third of one such file.
 */
export const IN_PROCESS_BYTES = 512 * 1024;
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
export interface QueuedFile {
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

/**
 * Puts a file in the queue, largest first. Both threads take from the front, so the big files
 * (vendored bundles, seconds each) start early and the run ends on small ones: in discovery
 * order a 4 MB bundle found last kept one core busy for a second while the other idled.
 */
export function enqueue(queue: QueuedFile[], file: QueuedFile): void {
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (queue[middle].bytes >= file.bytes) low = middle + 1;
    else high = middle;
  }
  queue.splice(low, 0, file);
}

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
  let heldBytes = 0;
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
    else if (access.poolStarted()) enqueue(queue, { task: screened.task, bytes: screened.bytes.length });
    else {
      held.push(screened);
      heldBytes += screened.bytes.length;
      // Past a limit: the pool starts, and takes the files held so far (their bytes are
      // dropped here; a worker reads them again, which for so few files is cheap).
      if (held.length > IN_PROCESS_LIMIT || heldBytes > IN_PROCESS_BYTES) {
        for (const entry of held.splice(0)) enqueue(queue, { task: entry.task, bytes: entry.bytes.length });
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

  // Screening done, the main thread analyses too: the files held when few passed, else the
  // largest file left in the pool's queue, so that on a 2-core machine both cores parse and
  // neither is left alone with a bundle at the end.
  for (;;) {
    if (options.signal?.aborted) break;
    let screened: PassedScreen | undefined = held.shift();
    if (!screened) {
      const next = queue.shift();
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
