import { existsSync, statSync } from 'fs';
import * as path from 'path';
import { isSameOrInside } from '../paths/inside';

/**
 * A service is the folder of the nearest `package.json`: what gets one OAuth client, and so
 * one list of scopes. A file with no `package.json` above it belongs to the deepest folder
 * given on the command line that holds it (`runPaths`, relative to the cwd); else to the cwd
 * (`fallbackRoot`) when it lies inside it; else to the top of its git work tree, else to its
 * own folder. The given folder comes before the cwd because a service's files are read whole
 * for scope inference: `migrate svc` run from a home folder made the home folder the service
 * and read every file under it; the folder given is what the user named.
 * Answers are cached per folder, since many files share each folder.
 */
export function createServiceLocator(fallbackRoot: string, runPaths: readonly string[] = []): (absoluteFile: string) => string {
  const root = path.resolve(fallbackRoot);
  // Deepest first, so a file under two given folders belongs to the nearer one.
  const runFolders = runPaths.map((given) => folderOf(path.resolve(root, given))).sort((a, b) => b.length - a.length);
  const packageFolders = new Map<string, string | null>();
  const workTreeTops = new Map<string, string | null>();
  const nearestUp = (cache: Map<string, string | null>, marker: string, folder: string): string | null => {
    const cached = cache.get(folder);
    if (cached !== undefined) return cached;
    const parent = path.dirname(folder);
    const found = existsSync(path.join(folder, marker)) ? folder : parent === folder ? null : nearestUp(cache, marker, parent);
    cache.set(folder, found);
    return found;
  };
  return (absoluteFile) => {
    const folder = path.dirname(absoluteFile);
    const packageFolder = nearestUp(packageFolders, 'package.json', folder);
    if (packageFolder !== null) return packageFolder;
    const runFolder = runFolders.find((candidate) => isSameOrInside(folder, candidate));
    if (runFolder !== undefined) return runFolder;
    if (isSameOrInside(folder, root)) return root;
    return nearestUp(workTreeTops, '.git', folder) ?? folder;
  };
}

/** A given path's folder: itself when it is one, else the folder that holds the file. */
function folderOf(given: string): string {
  return statSync(given, { throwIfNoEntry: false })?.isDirectory() ? given : path.dirname(given);
}
