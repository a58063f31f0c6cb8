import { setMaxListeners } from 'events';

/**
 * Ctrl-C during a writing run. The first SIGINT (or SIGTERM) does not kill the process: it
 * aborts the signal, the runner stops starting new work, finishes the write in hand (writes
 * are atomic anyway) and the CLI prints the report of what was done, then exits 130. The
 * handler is removed at that point, so a second Ctrl-C kills at once, as people expect.
 */
export interface InterruptListener {
  /** aborted on the first interrupt */
  signal: AbortSignal;
  /** the signal's name once interrupted, else null */
  readonly received: NodeJS.Signals | null;
  /** removes the handlers (call when the run is over) */
  dispose(): void;
}

const HANDLED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export function listenForInterrupt(onInterrupt?: (signal: NodeJS.Signals) => void): InterruptListener {
  const controller = new AbortController();
  // Every queued batch listens to the signal (piscina adds one listener per task).
  setMaxListeners(0, controller.signal);
  let received: NodeJS.Signals | null = null;
  const handler = (signal: NodeJS.Signals) => {
    received = signal;
    dispose();
    onInterrupt?.(signal);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  function dispose(): void {
    for (const name of HANDLED_SIGNALS) process.removeListener(name, handler);
  }
  for (const name of HANDLED_SIGNALS) process.on(name, handler);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose,
  };
}
