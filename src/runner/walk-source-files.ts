import fg from 'fast-glob';
import { promises as fs } from 'fs';
import * as path from 'path';
import { hasSourceExtension, isInNeverSearchedFolder, NEVER_SEARCHED_FOLDERS } from './extensions';
import { GitignoreRules } from './gitignore-rules';

/**
 * Source files under a folder that is not in a git work tree, honouring every .gitignore
 * on the way down (and those in the folders between `ignoreFilesFrom` and the root).
 *
 * Symbolic links are not followed by the glob itself, because a link to a parent folder
 * would make it loop; instead each linked folder is walked once, and only when its real
 * location is neither inside nor above a folder already walked.
 */
export async function walkSourceFiles(root: string, ignoreFilesFrom: string = root): Promise<string[]> {
  const rules = new GitignoreRules();
  await addAncestorIgnoreFiles(rules, ignoreFilesFrom, root);

  const walkedRealFolders = [await fs.realpath(root)];
  const queue = [root];
  const files: string[] = [];
  while (queue.length > 0) {
    const base = queue.shift() as string;
    const entries = await fg('**', {
      cwd: base,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      suppressErrors: true,
      ignore: NEVER_SEARCHED_FOLDERS.flatMap((name) => [`**/${name}`, `**/${name}/**`]),
    });

    // All ignore files of this walk first: a parent's patterns must be known before its files.
    for (const entry of entries) {
      if (entry.name === '.gitignore' && entry.dirent.isFile()) {
        const ignoreFile = path.join(base, entry.path);
        rules.addIgnoreFile(path.dirname(ignoreFile), await readText(ignoreFile));
      }
    }

    for (const entry of entries) {
      if (isInNeverSearchedFolder(entry.path)) continue;
      const absolute = path.join(base, entry.path);
      if (entry.dirent.isFile()) {
        if (hasSourceExtension(entry.name) && !rules.isIgnored(absolute, false, root)) files.push(absolute);
        continue;
      }
      if (!entry.dirent.isSymbolicLink()) continue;
      const target = await fs.stat(absolute).catch(() => null);
      // A source-named link that leads nowhere (dangling, or a loop) is kept: discovery
      // lists it as skipped with the reason, rather than dropping it without a word.
      if (target?.isFile() || (target === null && hasSourceExtension(entry.name))) {
        if (hasSourceExtension(entry.name) && !rules.isIgnored(absolute, false, root)) files.push(absolute);
      } else if (target?.isDirectory() && !rules.isIgnored(absolute, true, root)) {
        const real = await fs.realpath(absolute);
        if (!walkedRealFolders.some((walked) => isSameOrInside(real, walked) || isSameOrInside(walked, real))) {
          walkedRealFolders.push(real);
          queue.push(absolute);
        }
      }
    }
  }
  return files;
}

async function readText(file: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch(() => '');
}

/** Loads the .gitignore files of the folders from `from` down to (not including) `root`. */
async function addAncestorIgnoreFiles(rules: GitignoreRules, from: string, root: string): Promise<void> {
  const relative = path.relative(from, root);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return;
  let folder = from;
  for (const segment of ['', ...relative.split(path.sep).slice(0, -1)]) {
    folder = path.join(folder, segment);
    const content = await readText(path.join(folder, '.gitignore'));
    if (content !== '') rules.addIgnoreFile(folder, content);
  }
}

function isSameOrInside(candidate: string, folder: string): boolean {
  return candidate === folder || candidate.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}
