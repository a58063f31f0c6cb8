import type { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/**
 * A progress bar on stderr for long runs. It appears only on a terminal, never in CI (the
 * `CI` variable) or when stderr is piped, and only once a run has lasted half a second,
 * so short runs print nothing but their report.
 */
export interface ProgressReporter {
  update(done: number, total: number): void;
  stop(): void;
}

const SHOW_AFTER_MS = 500;

const SILENT: ProgressReporter = { update() {}, stop() {} };

export function createProgressReporter(io: CliIo, label: string): ProgressReporter {
  if (io.stderr.isTTY !== true || (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false')) return SILENT;

  let bar: SingleBar | null = null;
  let latest = { done: 0, total: 0 };
  const timer = setTimeout(() => {
    if (latest.total === 0 || latest.done >= latest.total) return;
    // Loaded only when a bar is drawn: most runs are in CI or piped, or short.
    const { SingleBar: Bar } = require('cli-progress') as typeof import('cli-progress');
    bar = new Bar({
      stream: io.stderr as NodeJS.WritableStream,
      format: `${label} [{bar}] {value}/{total} files | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    });
    bar.start(latest.total, latest.done);
  }, SHOW_AFTER_MS);
  timer.unref();

  return {
    update(done, total) {
      latest = { done, total };
      bar?.setTotal(total);
      bar?.update(done);
    },
    stop() {
      clearTimeout(timer);
      bar?.stop();
      bar = null;
    },
  };
}
