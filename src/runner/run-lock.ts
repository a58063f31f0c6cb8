import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { findGitDir } from '../io/git';

/**
 * One writing `migrate` at a time over the same files. Two runs racing over one tree would
 * both read the old text and both report (and write) the same files. The lock is a file
 * created atomically (O_EXCL): inside the git folder of each work tree the run writes in
 * (invisible to `git status`), else in each folder given on the command line. A folder
 * given while a run holds a lock in one of its parent folders is refused too. A lock whose
 * process is gone (killed) is stale and taken over. Locks are removed when the run ends,
 * however it ends.
 */

export const LOCK_FILE_NAME = '.password-grant-codemod.lock';
const GIT_LOCK_FILE_NAME = 'password-grant-codemod.lock';

export interface RunLock {
  release(): void;
}

export async function acquireRunLock(options: { gitWorkTrees: readonly string[]; plainRoots: readonly string[] }): Promise<RunLock> {
  const lockFiles: string[] = [];
  for (const workTree of options.gitWorkTrees) {
    const gitDir = await findGitDir(workTree);
    lockFiles.push(gitDir ? path.join(gitDir, GIT_LOCK_FILE_NAME) : path.join(workTree, LOCK_FILE_NAME));
  }
  for (const root of options.plainRoots) {
    for (let folder = path.dirname(root); path.dirname(folder) !== folder; folder = path.dirname(folder)) {
      const holder = readLiveHolder(path.join(folder, LOCK_FILE_NAME));
      if (holder !== null) throw lockedError(holder, folder);
    }
    lockFiles.push(path.join(root, LOCK_FILE_NAME));
  }
  const held: string[] = [];
  const release = () => {
    for (const file of held.splice(0)) {
      try {
        unlinkSync(file);
      } catch {
        // gone already
      }
    }
    process.removeListener('exit', release);
  };
  process.on('exit', release);
  try {
    for (const file of [...new Set(lockFiles)].sort()) {
      take(file);
      held.push(file);
    }
  } catch (error) {
    release();
    throw error;
  }
  return { release };
}

function take(file: string): void {
  // Root creates files in any folder; a folder with no write bit was made read-only on
  // purpose and is left alone as for any user (as writeFileAtomic does for the files).
  const folderMode = statSync(path.dirname(file), { throwIfNoEntry: false })?.mode;
  if (folderMode !== undefined && (folderMode & 0o222) === 0) {
    throw new UsageError(`cannot create the run lock ${file}: its folder is not writable (no write permission); nothing was written`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot create the run lock ${file}: ${(error as Error).message}`);
    }
    const holder = readLiveHolder(file);
    if (holder !== null) throw lockedError(holder, path.dirname(file));
    // Stale (its process is gone): removed, then taken once more (another run may win that race).
    try {
      unlinkSync(file);
    } catch {
      // someone else removed it
    }
  }
  throw lockedError(null, path.dirname(file));
}

/** The pid in a lock file when that process still runs, else null. */
function readLiveHolder(file: string): number | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (pid === process.pid) return pid;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

function lockedError(pid: number | null, where: string): UsageError {
  return new UsageError(
    `another writing password-grant-codemod migrate${pid === null ? '' : ` (process ${pid})`} is running over these files (lock in ${where}); nothing was written`,
    'wait for it to finish and run again; a dry run (--dry-run) can run meanwhile',
  );
}
