/**
 * Where the CLI reads its environment and writes its output. `main` takes one, so that the
 * whole CLI can run in-process (tests, other tools) without touching the real process.
 */

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: OutputStream;
  stderr: OutputStream;
}

export function createProcessIo(): CliIo {
  // `migrate --dry-run | head` closes the pipe early; that is the reader's choice, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') === 0) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
  }
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/**
 * ANSI colour for a stream: only on a terminal, and never when NO_COLOR is set to anything
 * (https://no-color.org). FORCE_COLOR (not `0`) turns it on where a terminal is not detected.
 */
export function shouldUseColor(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true;
}
