import * as fsWalk from '@nodelib/fs.walk';
import { readFileSync, realpathSync, statSync } from 'fs';
import * as path from 'path';
import { classifyListedFile, hasSourceExtension, markListedFile, mayRunAsJavaScript, NEVER_SEARCHED_FOLDERS } from './extensions';
import { GitignoreRules } from './gitignore-rules';
import { isSameOrInside, leavesFolder } from '../paths/inside';

/** A source file found by walking a folder. */
export interface WalkedFile {
  /** the path as reached by the walk */
  absolutePath: string;
  /**
   * The file's real location, when the walk knows it without asking the file system: a
   * regular file reached through real folders. Undefined for a symbolic link.
   */
  realPath?: string;
  /** listed because `otherExtensions` asked for files Node may run (see discover.ts) */
  otherExtension?: true;
  /** listed by git with submodules asked for: a folder here is a submodule not checked out */
  submoduleIfFolder?: true;
}

const NEVER_SEARCHED = new Set(NEVER_SEARCHED_FOLDERS);

/**
 * Source files under a folder that is not in a git work tree, honouring every .gitignore
 * on the way down (and those in the folders between `ignoreFilesFrom` and the root).
 *
 * Synchronous, on @nodelib/fs.walk's directory entries: the entry types say which names
 * are files, folders and links, so a regular file costs no system call of its own (measured
 * on the 6,500 files of node_modules: a quarter of fast-glob's time, which also had to be
 * followed by an lstat per file). Ignored folders are never read.
 *
 * Symbolic links are not followed by the walk, because a link to a parent folder would make
 * it loop; instead each linked folder is walked once, and only when its real location is
 * neither inside nor above a folder already walked.
 */
export function walkSourceFiles(root: string, ignoreFilesFrom: string = root, otherExtensions = false): WalkedFile[] {
  const rules = new GitignoreRules();
  addAncestorIgnoreFiles(rules, ignoreFilesFrom, root);
  addIgnoreFile(rules, root);

  const realRoot = realpathSync.native(root);
  const walkedRealFolders = [realRoot];
  const queue = [{ folder: root, realFolder: realRoot }];
  const files: WalkedFile[] = [];
  while (queue.length > 0) {
    const { folder, realFolder } = queue.shift() as (typeof queue)[number];
    const entries = fsWalk.walkSync(folder, {
      // Called for each sub-folder before it is read: an ignored one is never read, and a
      // kept one's .gitignore is known before its own entries are tested.
      deepFilter: (entry) => {
        if (NEVER_SEARCHED.has(entry.name) || rules.isIgnored(entry.path, true, root)) return false;
        addIgnoreFile(rules, entry.path);
        return true;
      },
      entryFilter: (entry) => !entry.dirent.isDirectory(),
      // An unreadable folder is left out, as git would; the walk goes on.
      errorFilter: () => true,
    });

    for (const entry of entries) {
      const absolute = entry.path;
      if (entry.dirent.isFile()) {
        const kind = classifyListedFile(absolute, otherExtensions);
        if (kind && !rules.isIgnored(absolute, false, root)) {
          files.push({ absolutePath: absolute, realPath: realFolder + absolute.slice(folder.length), ...markListedFile(kind) });
        }
        continue;
      }
      if (!entry.dirent.isSymbolicLink() || NEVER_SEARCHED.has(entry.name)) continue;
      const target = statOrNull(absolute);
      // A source-named link that leads nowhere (dangling, or a loop) is kept: discovery
      // lists it as skipped with the reason, rather than dropping it without a word.
      if (target?.isFile() || (target === null && hasSourceExtension(entry.name))) {
        if (rules.isIgnored(absolute, false, root)) continue;
        if (hasSourceExtension(entry.name)) files.push({ absolutePath: absolute });
        else if (target !== null && otherExtensions && mayRunAsJavaScript(entry.name)) files.push({ absolutePath: absolute, otherExtension: true });
      } else if (target?.isDirectory() && !rules.isIgnored(absolute, true, root)) {
        const real = realpathSync.native(absolute);
        if (!walkedRealFolders.some((walked) => isSameOrInside(real, walked) || isSameOrInside(walked, real))) {
          walkedRealFolders.push(real);
          addIgnoreFile(rules, absolute);
          queue.push({ folder: absolute, realFolder: real });
        }
      }
    }
  }
  return files;
}

function statOrNull(file: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Adds `folder`'s .gitignore, if it has one. */
function addIgnoreFile(rules: GitignoreRules, folder: string): void {
  const file = path.join(folder, '.gitignore');
  // Most folders have none: asked without an exception, whose stack trace cost more than the
  // system call (measured: a fifth of the walk).
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    return; // not readable: no rules, as git would have none
  }
  if (content !== '') rules.addIgnoreFile(folder, content);
}

/** Loads the .gitignore files of the folders from `from` down to (not including) `root`. */
function addAncestorIgnoreFiles(rules: GitignoreRules, from: string, root: string): void {
  const relative = path.relative(from, root);
  if (relative === '' || leavesFolder(relative)) return;
  let folder = from;
  for (const segment of ['', ...relative.split(path.sep).slice(0, -1)]) {
    folder = path.join(folder, segment);
    addIgnoreFile(rules, folder);
  }
}

