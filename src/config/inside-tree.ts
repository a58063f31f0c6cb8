import { lstatSync, realpathSync, statSync } from 'fs';
import * as path from 'path';
import { UsageError } from '../errors';
import { isSameOrInside } from '../paths/inside';
import { realPathOrSelf } from '../paths/real-path';

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
  const roots = trees.flatMap((tree) => [path.resolve(tree), realPathOrSelf(path.resolve(tree))]);
  const reachedThroughTree = roots.some((root) => isSameOrInside(lexical, root));
  if (!reachedThroughTree || roots.some((root) => isSameOrInside(real, root))) return;
  throw new UsageError(
    `${label}: it is a symbolic link (or lies in a linked folder) leading outside the repository; it was not read`,
    'nothing was written; replace the link with the file itself, or name the real file with its own path',
  );
}

/** Far above any real configuration or baseline (a baseline entry is about 150 bytes). */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024 * 1024;

/**
 * `assertNotLinkedOutside`, and the file must be a regular file of a sane size: a device, a
 * FIFO or a socket (`/dev/zero`, a named pipe) would make the read endless or block the run,
 * and a huge file would exhaust memory. Checked before anything reads it.
 */
export function assertReadableSettingsFile(file: string, trees: readonly string[], label: string): void {
  assertNotLinkedOutside(file, trees, label);
  const stats = statSync(path.resolve(file), { throwIfNoEntry: false });
  if (!stats) return; // missing: the reader reports that in its own words
  if (!stats.isFile()) throw new UsageError(`${label}: is not a regular file (a folder, device, FIFO or socket); it was not read`, 'nothing was written; name a regular file');
  if (stats.size > MAX_SETTINGS_FILE_BYTES) {
    throw new UsageError(`${label}: is ${stats.size} bytes, more than the ${MAX_SETTINGS_FILE_BYTES} bytes a settings file may have; it was not read`, 'nothing was written');
  }
}

/**
 * A symbolic link at an output's name (`--output`, `--update-baseline`) is replaced, not
 * followed, where a repository could have planted it: inside `roots` (the cwd, the scanned
 * paths). A link elsewhere is the machine's own (`/dev/stdout`, a user's link in a home
 * folder): replacing it would break it, and following it can land anywhere, so such an
 * output is refused. True for such a link.
 */
export function isLinkOutside(file: string, roots: readonly string[]): boolean {
  const lexical = path.resolve(file);
  let isLink: boolean;
  try {
    isLink = lstatSync(lexical).isSymbolicLink();
  } catch {
    return false;
  }
  if (!isLink) return false;
  const located = path.join(realPathOrSelf(path.dirname(lexical)), path.basename(lexical));
  return !roots.some((root) => [path.resolve(root), realPathOrSelf(root)].some((folder) => isSameOrInside(lexical, folder) || isSameOrInside(located, folder)));
}


export { isSameOrInside };
