import * as path from 'path';
import { UsageError } from '../errors';
import { classifyListedFile, isLeftOutOfGitListing, markListedFile, type ListingReach } from './extensions';
import { leavesFolder } from '../paths/inside';
import { existsSync, lstatSync } from 'fs';
import { findMergeBase, listFilesChangedSince, listGitFiles, type GitFileList } from '../io/git';
import { realPathOrSelf } from '../paths/real-path';

/**
 * `--changed-since REF`: the files a pull request touches, taken from git instead of a walk
 * of the tree, so that the cost follows the size of the change, not of the repository.
 */

/** Refuses a ref git would read as an option (`--output=x`): it comes from CI input. */
export function assertUsableRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) {
    throw new UsageError(`--changed-since ${JSON.stringify(ref)}: not a git revision`, 'name a branch, tag or commit, e.g. --changed-since origin/main');
  }
}

/**
 * The changed paths of one work tree (relative to its top, `/`), once per work tree and run.
 * A ref git cannot resolve is a usage error naming it.
 */
export function createChangedFileLister(ref: string, options: { submodules?: boolean } = {}): (workTree: string) => Promise<ChangedFiles> {
  assertUsableRef(ref);
  const byWorkTree = new Map<string, Promise<ChangedFiles>>();
  return (workTree) => {
    let listed = byWorkTree.get(workTree);
    if (!listed) {
      listed = listChanged(workTree, ref, options.submodules === true);
      byWorkTree.set(workTree, listed);
    }
    return listed;
  };
}

/** The changed paths of a work tree (relative to its top, `/`), and which are untracked. */
export interface ChangedFiles {
  paths: ReadonlySet<string>;
  untracked: ReadonlySet<string>;
}

async function listChanged(workTree: string, ref: string, submodules: boolean): Promise<ChangedFiles> {
  let base: string;
  try {
    base = await findMergeBase(workTree, ref);
  } catch {
    throw new UsageError(
      `--changed-since ${ref}: git cannot resolve ${ref}, or it shares no history with HEAD, in ${workTree}`,
      'check the name; in CI fetch the history first (actions/checkout with fetch-depth: 0)',
    );
  }
  const listed: GitFileList = await listFilesChangedSince(workTree, base);
  const paths = new Set(listed.files);
  if (submodules) for (const file of await listChangedSubmoduleFiles(workTree, listed.files.filter((entry) => !listed.untracked.has(entry)))) paths.add(file);
  return { paths, untracked: listed.untracked };
}

/**
 * git names a changed submodule by its folder only: every file of a checked-out one counts as
 * changed (a pull request that adds or moves one changes what runs). A folder not checked out
 * is left as it is, and discovery names it.
 */
async function listChangedSubmoduleFiles(workTree: string, changed: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of changed) {
    const folder = path.join(workTree, ...entry.split('/'));
    // Checked out, a submodule's folder holds its own `.git` (a file naming its git folder).
    if (!lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() || !existsSync(path.join(folder, '.git'))) continue;
    try {
      const inside = await listGitFiles(folder, { recurseSubmodules: true });
      for (const file of inside.files) if (!inside.untracked.has(file)) files.push(`${entry}/${file}`);
    } catch {
      // not a work tree of its own after all: nothing to add
    }
  }
  return files;
}



/** A changed file discovery keeps, marked as discover.ts's listing marks it. */
export interface ChangedFile {
  absolutePath: string;
  otherExtension?: true;
  /** a tracked entry: a folder here is a submodule not checked out */
  submoduleIfFolder?: true;
}

/**
 * The changed files under one command-line folder, as discovery would have listed them:
 * source extensions (and with `otherExtensions` the files Node may run, marked), nothing
 * under .git, nothing under node_modules unless `committedDependencies` and git tracks it
 * (relative to the folder, as the walk applies it). `changed` is relative to `workTree`; the folder is compared by its real
 * location (git reports the work tree's), and the files returned are under `folder` as given,
 * so that report paths read as the user named them. Pure, apart from resolving the folder.
 */
export function selectChangedFilesIn(
  folder: string,
  workTree: string,
  changed: Iterable<string>,
  reach: ListingReach = {},
  untracked: ReadonlySet<string> = new Set(),
): ChangedFile[] {
  const fromTop = path.relative(realPathOrSelf(workTree), realPathOrSelf(folder)).split(path.sep).join('/');
  if (leavesFolder(fromTop)) return [];
  const prefix = fromTop === '' ? '' : `${fromTop}/`;
  const selected: ChangedFile[] = [];
  for (const entry of changed) {
    if (!entry.startsWith(prefix)) continue;
    const relative = entry.slice(prefix.length);
    const absolute = path.join(folder, ...relative.split('/'));
    if (isLeftOutOfGitListing(relative, reach.committedDependencies === true && !untracked.has(entry))) continue;
    const kind = classifyListedFile(absolute, reach.otherExtensions === true);
    if (!kind) continue;
    selected.push({
      absolutePath: absolute,
      ...markListedFile(kind),
      ...(reach.submodules && !untracked.has(entry) ? { submoduleIfFolder: true } : {}),
    });
  }
  return selected.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
}

/** Whether a file named on the command line is among the changed ones. */
export function isChangedFile(file: string, workTree: string, changed: ChangedFiles): boolean {
  const real = path.join(realPathOrSelf(path.dirname(file)), path.basename(file));
  const relative = path.relative(realPathOrSelf(workTree), real).split(path.sep).join('/');
  return changed.paths.has(relative);
}

