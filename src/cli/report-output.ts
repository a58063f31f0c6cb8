import { promises as fs } from 'fs';
import * as path from 'path';
import { CONFIG_SEARCH_PLACES } from '../config/load-config';
import { isLinkOutside, isSameOrInside } from '../config/inside-tree';
import { UsageError } from '../errors';
import { hasSourceExtension } from '../runner/extensions';
import { writeFileAtomic } from '../io/write-atomic';
import type { CliIo } from './io';
import { realPathOrSelf } from '../paths/real-path';

/**
 * The report goes to `--output FILE` when given, else to stdout. The file is written
 * atomically (a temp file in its folder, renamed over it): a full disk or a crash leaves the
 * previous report or none, never half of one. A symbolic link at that name (a repository can
 * commit one, e.g. `password-grant.sarif -> ../../some/file`) is replaced, never followed.
 */
export async function writeReport(text: string, output: string | undefined, io: CliIo): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, output);
  try {
    await writeFileAtomic(target, text, { replaceLink: true });
  } catch (error) {
    throw new UsageError(`cannot write the report to ${output}: ${(error as Error).message}`, 'the previous content of the file, if any, is unchanged');
  }
}

/** What the run reads, which the report must never land on. */
export interface OutputInputs {
  /** the paths given on the command line (default `.`) */
  paths: readonly string[];
  /** other files the run reads (--config, --baseline) */
  files?: readonly (string | undefined)[];
}

/**
 * Checked before any work, so that a typo in --output does not cost a whole run and a
 * refused target costs nothing: the folder must exist, and the target must be none of the
 * run's inputs (a source file in the scanned paths, a configuration or baseline file) and
 * not inside a `.git` folder (hooks and config there are code git runs).
 */
export async function assertOutputWritable(output: string | undefined, cwd: string, inputs?: OutputInputs): Promise<void> {
  if (output === undefined) return;
  const target = path.resolve(cwd, output);
  const folder = path.dirname(target);
  const stats = await fs.stat(folder).catch(() => null);
  if (!stats?.isDirectory()) throw new UsageError(`--output ${output}: the folder ${folder} does not exist`);
  const own = await fs.lstat(target).catch(() => null);
  if (own?.isDirectory()) throw new UsageError(`--output ${output}: is a folder`, 'name a file');
  // A device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) would be replaced by
  // the rename, or a write would block: refused, at its name or at the end of a link.
  const reached = own?.isSymbolicLink() ? await fs.stat(target).catch(() => null) : own;
  if (reached && !reached.isFile() && !reached.isDirectory()) {
    throw new UsageError(`--output ${output}: is not a regular file (a device, FIFO or socket); the report was not written`, 'name a regular file, or leave --output out to print the report');
  }
  if (isLinkOutside(target, [cwd, ...(inputs?.paths ?? []).map((given) => path.resolve(cwd, given))])) {
    throw new UsageError(`--output ${output}: is a symbolic link outside the working folder and the scanned paths; the report was not written`, 'name the file itself, or leave --output out to print the report');
  }
  // The file as it will be after the rename: in the folder's real location (a link at the
  // name itself is replaced, so where it points does not matter).
  const realTarget = path.join(realPathOrSelf(folder), path.basename(target));
  if ([target, realTarget].some(isInGitFolder)) {
    throw new UsageError(`--output ${output}: lies inside a .git folder; the report was not written`, 'write it elsewhere, e.g. --output report.json');
  }
  if (!inputs) return;
  const refuse = (what: string) =>
    new UsageError(`--output ${output}: is ${what}; the report was not written`, 'write it to a file that is not an input of the run');
  for (const file of inputs.files ?? []) {
    if (file !== undefined && samePlace(target, realTarget, path.resolve(cwd, file))) throw refuse('a file the run reads');
  }
  if (CONFIG_SEARCH_PLACES.includes(path.basename(target))) throw refuse('a configuration file name');
  if (!hasSourceExtension(target)) return;
  for (const given of inputs.paths.length > 0 ? inputs.paths : ['.']) {
    const scanned = path.resolve(cwd, given);
    const realScanned = realPathOrSelf(scanned);
    if ([target, realTarget].some((candidate) => isSameOrInside(candidate, scanned) || isSameOrInside(candidate, realScanned))) {
      throw refuse('a source file in the scanned paths');
    }
  }
}

function samePlace(target: string, realTarget: string, other: string): boolean {
  return target === other || realTarget === realPathOrSelf(other) || realTarget === other;
}

function isInGitFolder(file: string): boolean {
  return path.dirname(file).split(path.sep).includes('.git');
}

