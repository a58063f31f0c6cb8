import { realpathSync } from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { isSameOrInside } from '../paths/inside';

/**
 * Files the run reads as settings (the configuration file, a baseline) may come from the
 * scanned repository, which is untrusted. A file that lies in the tree but is a link (or sits
 * in a linked folder) leading outside it is refused before a byte of it is read: a pull
 * request could otherwise make the tool read, and quote in an error, a file of the CI
 * machine. A file outside the tree that was not reached through the tree (one the user named
 * by its own path, or found above the repository) is the user's own and is read as usual.
 *
 * `trees` are the folders the repository occupies: the cwd and its git work tree.
 */
export function assertNotLinkedOutside(file: string, trees: readonly string[], label: string): void {
  const lexical = path.resolve(file);
  let real: string;
  try {
    real = realpathSync.native(lexical);
  } catch {
    return; // missing or unreadable: the reader reports that in its own words
  }
  if (real === lexical) return;
  const roots = trees.flatMap((tree) => [path.resolve(tree), realOrSelf(tree)]);
  const reachedThroughTree = roots.some((root) => isSameOrInside(lexical, root));
  if (!reachedThroughTree || roots.some((root) => isSameOrInside(real, root))) return;
  throw new UsageError(
    `${label}: it is a symbolic link (or lies in a linked folder) leading outside the repository; it was not read`,
    'nothing was written; replace the link with the file itself, or name the real file with its own path',
  );
}

function realOrSelf(folder: string): string {
  try {
    return realpathSync.native(folder);
  } catch {
    return path.resolve(folder);
  }
}

export { isSameOrInside };
