import { spawn } from 'child_process';
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { readProcessTreeRss } from './process-tree-rss';

/** One timed run of a command: wall time from spawn to exit, and the tree's peak RSS. */
export interface TimedRun {
  wallMs: number;
  peakRssBytes: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface TimedCommand {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** where stdout and stderr go (files, so a pipe never slows the tool down) */
  stdoutFile: string;
  stderrFile: string;
}

/** How often the process tree's memory is sampled. */
export const RSS_SAMPLE_MS = 50;

export async function runTimed(command: TimedCommand): Promise<TimedRun> {
  const stdoutFd = fs.openSync(command.stdoutFile, 'w');
  const stderrFd = fs.openSync(command.stderrFile, 'w');
  const started = performance.now();
  const child = spawn(command.command, command.args, {
    cwd: command.cwd,
    env: command.env ?? process.env,
    stdio: ['ignore', stdoutFd, stderrFd],
  });
  let peakRssBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, readProcessTreeRss(child.pid));
  };
  const sampler = setInterval(sample, RSS_SAMPLE_MS);
  sample();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  }).finally(() => {
    clearInterval(sampler);
    fs.closeSync(stdoutFd);
    fs.closeSync(stderrFd);
  });
  const wallMs = performance.now() - started;
  return {
    wallMs,
    peakRssBytes,
    exitCode,
    stdout: fs.readFileSync(command.stdoutFile, 'utf8'),
    stderr: fs.readFileSync(command.stderrFile, 'utf8'),
  };
}
