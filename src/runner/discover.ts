import ignore from 'ignore';
import { lstatSync, promises as fs, realpathSync, statSync, type Stats } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { UsageError } from '../errors';
import { classifyListedFile, isLeftOutOfGitListing, isSourceFile, markListedFile, type ListingReach } from './extensions';
import { createChangedFileLister, isChangedFile, selectChangedFilesIn } from './changed-files';
import { findGitWorkTree, listGitFiles, type GitFileList } from '../io/git';
import { compareReportPaths, toReportPath } from '../paths/report-path';
import { walkSourceFiles, type WalkedFile } from './walk-source-files';
import { isSameOrInside, leavesFolder } from '../paths/inside';

/** A file to process. */
export interface DiscoveredFile {
  /** absolute path as reached from the command line (possibly through a symbolic link) */
  absolutePath: string;
  /** the file's real location: reads, writes and de-duplication use this */
  realPath: string;
  /** report path: relative to the cwd, `/` separators */
  file: string;
  /**
   * Listed only because `reach.otherExtensions` asked for it: a file of another extension, which
   * Node runs as JavaScript when code requires it (see mayRunAsJavaScript in extensions.ts).
   */
  otherExtension?: true;
}

/** A file found but left alone, and why (listed in every report). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Discovery {
  /** sorted by report path, each real file once; sizes are tested when a file is read */
  files: DiscoveredFile[];
  /** unreachable (a broken link, a link leading outside the paths given) */
  skipped: SkippedFile[];
  /** top folders of the git work trees the paths are in (for the uncommitted-changes check) */
  gitWorkTrees: string[];
  /** files found but left out by the configuration file's `ignore` (set by discoverShard, in the shard) */
  configIgnored?: DiscoveredFile[];
}

export interface DiscoveryOptions {
  cwd: string;
  /** extra gitignore-style patterns (`--ignore`), matched against paths relative to the cwd */
  ignore?: readonly string[];
  /**
   * `--changed-since REF`: only files changed since the merge base of REF and HEAD (see
   * changed-files.ts), taken from git's lists instead of a walk; every other rule still applies.
   */
  changedSince?: string;
  /**
   * `check`: what else to list (GATE_REACH in extensions.ts). Files of other extensions are
   * marked `otherExtension`. A committed `lib/node_modules/creds/index.js` is code the
   * repository ships, which Node loads for `require('creds')` in lib/ (an installed dependency
   * is untracked); a checked-out submodule's files run like the repository's own.
   */
  reach?: ListingReach;
}

interface Candidate {
  absolutePath: string;
  /** the folder named on the command line (or the named file's folder) */
  root: string;
  /** named on the command line itself: kept even where a folder walk would not look */
  explicit: boolean;
  /** the real location, when the walk knows it (a regular file reached through real folders) */
  realPath?: string;
  otherExtension?: true;
  submoduleIfFolder?: true;
}

/**
 * Turns the command line's paths into the list of files to process. Inside a git work tree
 * git's own list is used (tracked plus untracked-not-ignored); elsewhere the folder is walked
 * with every .gitignore honoured. A path that does not exist is a usage error naming it.
 */
export async function discoverFiles(paths: readonly string[], options: DiscoveryOptions): Promise<Discovery> {
  const { cwd } = options;
  const reach: ListingReach = options.reach ?? {};
  const otherExtensions = reach.otherExtensions === true;
  const isIgnoredByOption = createIgnoreOptionMatcher(options.ignore ?? []);
  const candidates: Candidate[] = [];
  const skipped: SkippedFile[] = [];
  const gitWorkTrees = new Set<string>();
  const listChanged = options.changedSince === undefined ? null : createChangedFileLister(options.changedSince, { submodules: reach.submodules === true });
  // Files named one by one (lint-staged passes dozens) mostly share folders: one git per folder.
  const workTreeOf = memoize(findGitWorkTree);
  const changedWorkTree = async (folder: string, given: string): Promise<string> => {
    const workTree = await workTreeOf(folder);
    if (workTree === null) {
      throw new UsageError(`--changed-since ${options.changedSince}: ${given} is not in a git work tree`, 'run it inside a git checkout, or leave the option out');
    }
    return workTree;
  };

  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    const stats = await statGivenPath(given, absolute);
    if (stats.isDirectory()) {
      if (listChanged) {
        const workTree = await changedWorkTree(absolute, given);
        gitWorkTrees.add(workTree);
        const changed = await listChanged(workTree);
        for (const file of selectChangedFilesIn(absolute, workTree, changed.paths, reach, changed.untracked)) {
          candidates.push({ ...file, root: absolute, explicit: false });
        }
        continue;
      }
      const workTree = await workTreeOf(absolute);
      if (workTree) gitWorkTrees.add(workTree);
      for (const file of await listFolder(absolute, workTree !== null, cwd, reach)) {
        candidates.push({ ...file, root: absolute, explicit: false });
      }
    } else if (classifyListedFile(absolute, otherExtensions) !== null) {
      if (listChanged) {
        const workTree = await changedWorkTree(path.dirname(absolute), given);
        gitWorkTrees.add(workTree);
        if (!isChangedFile(absolute, workTree, await listChanged(workTree))) continue;
      }
      const workTree = await workTreeOf(path.dirname(absolute));
      if (workTree) gitWorkTrees.add(workTree);
      candidates.push({ absolutePath: absolute, root: path.dirname(absolute), explicit: true, ...markListedFile(isSourceFile(absolute) ? 'source' : 'other') });
    } else {
      skipped.push({ file: toReportPath(absolute, cwd), reason: 'not a JavaScript or TypeScript file' });
    }
  }

  // Without --ignore patterns there is nothing to test, and no path to compute per file.
  const kept =
    (options.ignore ?? []).length === 0
      ? candidates
      : candidates.filter((candidate) => !isIgnoredByOption(relativeForIgnoreOption(candidate, cwd)));
  const realFolders = new Map<string, string>();
  const located = kept.map((candidate) => keepInsideRoot(candidate, locate(candidate, cwd, realFolders), realFolders));
  const realCwd = await fs.realpath(cwd).catch(() => cwd);
  const files: DiscoveredFile[] = [];
  for (const entry of located) {
    if (entry !== null && 'skipReason' in entry) skipped.push({ file: entry.file, reason: entry.skipReason });
  }
  // Name rules (a `.min.js` bundle) are applied per file by the worker, which knows the mode:
  // `check` still scans such a file when it may hold a grant.
  files.push(...pickOnePathPerRealFile(located, realCwd));
  files.sort((a, b) => compareReportPaths(a.file, b.file));
  skipped.sort((a, b) => compareReportPaths(a.file, b.file));
  return { files, skipped, gitWorkTrees: [...gitWorkTrees].sort() };
}

/** One call per distinct argument, however often it is asked. */
function memoize<T>(compute: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const known = new Map<string, Promise<T>>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

async function statGivenPath(given: string, absolute: string): Promise<Stats> {
  try {
    return await fs.stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UsageError(`path not found: ${given}`, 'check the spelling, or run from the repository root');
    }
    throw new UsageError(`cannot read ${given}: ${(error as Error).message}`);
  }
}

/** The source files in a folder (and what `reach` adds), by git's list or by walking it. */
async function listFolder(folder: string, inGitWorkTree: boolean, cwd: string, reach: ListingReach): Promise<WalkedFile[]> {
  const otherExtensions = reach.otherExtensions === true;
  // .gitignore files between the cwd and the folder apply too, as git would apply them. A
  // walk cannot tell a committed dependency from an installed one: node_modules stays out.
  const walk = () => walkSourceFiles(folder, isSameOrInside(folder, cwd) ? cwd : folder, otherExtensions);
  if (!inGitWorkTree) return walk();
  let listed: GitFileList;
  try {
    listed = await listGitFiles(folder, { recurseSubmodules: reach.submodules === true });
  } catch {
    // git found the work tree but cannot list it (a broken index, say): walk it instead.
    return walk();
  }
  const kept: WalkedFile[] = [];
  for (const relative of listed.files) {
    if (isLeftOutOfGitListing(relative, reach.committedDependencies === true && !listed.untracked.has(relative))) continue;
    const absolutePath = path.join(folder, ...relative.split('/'));
    const kind = classifyListedFile(absolutePath, otherExtensions);
    if (kind) kept.push({ absolutePath, ...markListedFile(kind), ...(reach.submodules && !listed.untracked.has(relative) ? { submoduleIfFolder: true } : {}) });
  }
  return kept;
}

/**
 * `--ignore` patterns in gitignore syntax (`dist/`, `*.test.ts`, `!keep.js`), which people
 * know from .gitignore, and also as globs (`src/{a,b}/**`), which the option's name promises.
 */
function createIgnoreOptionMatcher(patterns: readonly string[]): (relative: string) => boolean {
  if (patterns.length === 0) return () => false;
  const gitignoreStyle = ignore().add([...patterns]);
  const globs = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => picomatch(pattern, { dot: true }));
  return (relative) =>
    relative !== '' && !leavesFolder(relative) && (gitignoreStyle.ignores(relative) || globs.some((glob) => glob(relative)));
}

/** `--ignore` patterns are relative to the cwd; for files outside it, to the named folder. */
function relativeForIgnoreOption(candidate: Candidate, cwd: string): string {
  const base = isSameOrInside(candidate.absolutePath, cwd) ? cwd : candidate.root;
  return path.relative(base, candidate.absolutePath).split(path.sep).join('/');
}

/** A listed path that cannot be processed, and why (reported as skipped). */
interface UnreachableFile {
  file: string;
  skipReason: string;
}

/**
 * Follows links to the real file. Folders and submodules drop out; a link that loops or
 * leads nowhere, or a file gone since it was listed, becomes a skipped entry with the reason.
 *
 * A file the walk already placed costs nothing here. Otherwise (git's list, a named file)
 * one `lstat`: a file that is not itself a link lives in its folder's real location, which
 * is resolved once per folder (`realFolders`). Synchronous: measured on thousands of files,
 * the promise API's stat + realpath per file cost more than the walk.
 */
function locate(candidate: Candidate, cwd: string, realFolders: Map<string, string>): DiscoveredFile | UnreachableFile | null {
  const { absolutePath } = candidate;
  const file = toReportPath(absolutePath, cwd);
  const mark = candidate.otherExtension ? { otherExtension: true as const } : {};
  if (candidate.realPath !== undefined) return { absolutePath, realPath: candidate.realPath, file, ...mark };
  try {
    const own = lstatSync(absolutePath);
    if (own.isFile()) {
      const folder = path.dirname(absolutePath);
      let realFolder = realFolders.get(folder);
      if (realFolder === undefined) {
        realFolder = realpathSync.native(folder);
        realFolders.set(folder, realFolder);
      }
      return { absolutePath, realPath: path.join(realFolder, path.basename(absolutePath)), file, ...mark };
    }
    if (own.isDirectory() && candidate.submoduleIfFolder) return { file, skipReason: SUBMODULE_NOT_CHECKED_OUT_REASON };
    if (!own.isSymbolicLink()) return null;
    if (!statSync(absolutePath).isFile()) return null;
    return { absolutePath, realPath: realpathSync.native(absolutePath), file, ...mark };
  } catch (error) {
    let isLink = false;
    try {
      isLink = lstatSync(absolutePath).isSymbolicLink();
    } catch {
      // gone altogether
    }
    return { file, skipReason: describeUnreachable(error as NodeJS.ErrnoException, isLink) };
  }
}

/**
 * Why `check` names a submodule it could not read: git lists it, but its files are not
 * checked out here (`actions/checkout` with `submodules: true`, or `git submodule update
 * --init`), so code the service may run was not checked.
 */
export const SUBMODULE_NOT_CHECKED_OUT_REASON = 'a git submodule that is not checked out: its files were not checked';

/** Why a file reached through a link that leads outside the folders given is left alone. */
export const OUTSIDE_ROOT_REASON = 'symbolic link leading outside the paths given; not read or written (only files inside them are processed)';

/**
 * A file whose real location is outside the folder it was found under (a committed
 * `link.js -> ../outside/victim.js`, or a linked folder) is skipped: a repository must not
 * make the tool read or rewrite files outside itself. Inside, the real path is what is read
 * and written, so a link is never written through.
 */
function keepInsideRoot(
  candidate: Candidate,
  entry: DiscoveredFile | UnreachableFile | null,
  realFolders: Map<string, string>,
): DiscoveredFile | UnreachableFile | null {
  if (entry === null || 'skipReason' in entry) return entry;
  let realRoot = realFolders.get(candidate.root);
  if (realRoot === undefined) {
    try {
      realRoot = realpathSync.native(candidate.root);
    } catch {
      realRoot = candidate.root;
    }
    realFolders.set(candidate.root, realRoot);
  }
  return isSameOrInside(entry.realPath, realRoot) ? entry : { file: entry.file, skipReason: OUTSIDE_ROOT_REASON };
}

function describeUnreachable(error: NodeJS.ErrnoException, isLink: boolean): string {
  switch (error.code) {
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOENT':
    case 'ENOTDIR':
      return isLink ? 'broken symbolic link (its target does not exist)' : 'no longer exists (deleted since it was listed)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be reached: permission denied';
    default:
      return `cannot be reached: ${error.message}`;
  }
}

/**
 * One entry per real file, so a folder reached twice (a symbolic link to it, or two command-
 * line paths that overlap) is processed once. The path kept is the file's own location when
 * it was reached that way, otherwise the first in path order: the choice never depends on timing.
 * A file reached under a source name too (`login.js` linking to `login.txt`) is source: a
 * parse error in it is an error, not a sign that it is no JavaScript.
 */
function pickOnePathPerRealFile(located: (DiscoveredFile | UnreachableFile | null)[], realCwd: string): DiscoveredFile[] {
  const byRealPath = new Map<string, DiscoveredFile>();
  const reachedAsSource = new Set<string>();
  for (const entry of located) {
    if (!entry || 'skipReason' in entry) continue;
    if (!entry.otherExtension) reachedAsSource.add(entry.realPath);
    const current = byRealPath.get(entry.realPath);
    if (!current || isBetterPath(entry, current, realCwd)) byRealPath.set(entry.realPath, entry);
  }
  return [...byRealPath.values()].map((entry) => {
    if (!entry.otherExtension || !reachedAsSource.has(entry.realPath)) return entry;
    const { otherExtension: _dropped, ...source } = entry;
    return source;
  });
}

function isBetterPath(candidate: DiscoveredFile, current: DiscoveredFile, realCwd: string): boolean {
  const canonical = toReportPath(candidate.realPath, realCwd);
  const candidateIsCanonical = candidate.file === canonical;
  const currentIsCanonical = current.file === canonical;
  if (candidateIsCanonical !== currentIsCanonical) return candidateIsCanonical;
  return compareReportPaths(candidate.file, current.file) < 0;
}

