import { execFile } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';

/**
 * The few git questions the runner asks. Every call runs `git -C <dir>` so that the answer
 * is about the folder being processed, not about the process's cwd. When git is missing or
 * the folder is not in a work tree, the answers say so instead of throwing.
 */

const MAX_GIT_OUTPUT = 512 * 1024 * 1024;

/** A failed git call, with what git said on stderr (for the message a person reads). */
export class GitCommandError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

function runGit(dir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // execFile with an argument array: no shell ever sees a path or a ref.
    execFile('git', ['-C', dir, ...args], { maxBuffer: MAX_GIT_OUTPUT, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new GitCommandError(error.message, String(stderr ?? '')));
      else resolve(stdout);
    });
  });
}

/**
 * Whether git could see `dir` as part of a work tree: a `.git` entry in it or above it, or
 * GIT_DIR / GIT_WORK_TREE set. When not, asking git is pointless, and spawning it was a
 * measurable share of a small run's start-up.
 */
function mightBeInGitWorkTree(dir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return true;
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return true;
    if (path.dirname(folder) === folder) return false;
  }
}

/** The top folder of the git work tree holding `dir`, or null outside one (or without git). */
export async function findGitWorkTree(dir: string): Promise<string | null> {
  if (!mightBeInGitWorkTree(dir)) return null;
  try {
    const top = (await runGit(dir, ['rev-parse', '--show-toplevel'])).trim();
    return top === '' ? null : top;
  } catch {
    return null;
  }
}

/** The files of a work tree under a folder, and which of them git does not track. */
export interface GitFileList {
  /** tracked plus untracked-not-ignored, each once; relative to the folder, `/` separators */
  files: string[];
  /** the untracked ones among them */
  untracked: ReadonlySet<string>;
}

/**
 * Files git would consider part of the project under `dir`: tracked plus untracked files
 * that no ignore rule excludes (git applies every .gitignore, .git/info/exclude and the
 * global excludes file itself). Paths are relative to `dir`, with `/` separators. Two git
 * processes, side by side: `check` must tell a committed `node_modules` file (code the
 * repository ships) from an installed one.
 */
export async function listGitFiles(dir: string, options: { recurseSubmodules?: boolean } = {}): Promise<GitFileList> {
  const [tracked, others] = await Promise.all([
    // With submodules: a checked-out one's files instead of its folder (one not checked out
    // stays a folder entry).
    runGit(dir, ['ls-files', '--cached', ...(options.recurseSubmodules ? ['--recurse-submodules'] : []), '-z']),
    runGit(dir, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const untracked = new Set(splitNul(others));
  // A file both tracked and modified is listed once; untracked and tracked lists do not overlap.
  return { files: [...new Set([...splitNul(tracked), ...untracked])], untracked };
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((entry) => entry !== '');
}

/**
 * The commit where HEAD's history and `ref`'s meet (`git merge-base REF HEAD`), as a hash:
 * what a pull request's changes are measured from. Rejects when git cannot resolve `ref`
 * (or HEAD has no commit); the caller says which. `ref` must not start with `-` (the caller
 * refuses that: git would read it as an option).
 */
export async function findMergeBase(workTree: string, ref: string): Promise<string> {
  const base = (await runGit(workTree, ['merge-base', ref, 'HEAD'])).trim();
  if (!/^[0-9a-f]{7,64}$/.test(base)) throw new GitCommandError(`git merge-base printed no commit for ${ref}`, '');
  return base;
}

/**
 * Files that differ between commit `base` and the work tree (committed since, staged or
 * not), plus untracked files no ignore rule excludes. Deleted files are left out (nothing to
 * read); a rename counts as its new path only. Paths relative to the work tree's top, `/`.
 * Two git processes, run side by side; neither walks into ignored folders.
 */
export async function listFilesChangedSince(workTree: string, base: string): Promise<GitFileList> {
  const [changed, others] = await Promise.all([
    runGit(workTree, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', '--no-ext-diff', base, '--']),
    runGit(workTree, ['ls-files', '-z', '--others', '--exclude-standard']),
  ]);
  const untracked = new Set(splitNul(others));
  return { files: [...new Set([...splitNul(changed), ...untracked])], untracked };
}

/** Paths (relative to the work tree) with uncommitted changes, untracked files included. */
export async function listUncommittedChanges(workTree: string): Promise<string[]> {
  const output = await runGit(workTree, ['status', '--porcelain', '-z', '--untracked-files=normal']);
  const paths: string[] = [];
  const entries = output.split('\0');
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    // A rename or copy is followed by its source path as a separate entry.
    if (entry[0] === 'R' || entry[0] === 'C') index++;
  }
  return paths;
}

/** The git folder of a work tree (`.git`, or the worktree's folder under the main one), or null. */
export async function findGitDir(workTree: string): Promise<string | null> {
  try {
    const dir = (await runGit(workTree, ['rev-parse', '--absolute-git-dir'])).trim();
    return dir === '' ? null : dir;
  } catch {
    return null;
  }
}

/** Whether git tracks this file (its index holds it); false outside a work tree. */
export async function isTrackedByGit(file: string): Promise<boolean> {
  if (!mightBeInGitWorkTree(path.dirname(file))) return false;
  try {
    await runGit(path.dirname(file), ['ls-files', '--error-unmatch', '--', path.basename(file)]);
    return true;
  } catch {
    return false;
  }
}
