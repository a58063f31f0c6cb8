import { existsSync } from 'fs';
import * as path from 'path';

/**
 * A "service" is the folder of the nearest package.json above a file: the unit that owns
 * one OAuth client, one set of scopes and one deployment configuration. The search stops at
 * `stopAt` (the cwd, normally) so that a file never joins a service outside the tree being
 * run; a file with no package.json up to there belongs to `stopAt` itself (or, outside it,
 * to its own folder).
 */
export function createServiceRootFinder(stopAt: string): (absoluteFile: string) => string {
  const boundary = path.resolve(stopAt);
  const cache = new Map<string, string>();

  return (absoluteFile) => {
    const start = path.dirname(path.resolve(absoluteFile));
    const visited: string[] = [];
    let folder = start;
    let root: string | undefined;
    for (;;) {
      root = cache.get(folder);
      if (root !== undefined) break;
      visited.push(folder);
      if (existsSync(path.join(folder, 'package.json'))) {
        root = folder;
        break;
      }
      const parent = path.dirname(folder);
      if (folder === boundary) {
        root = boundary;
        break;
      }
      // Outside the boundary with no package.json up to the file system root: the file's own
      // folder, not cached, since it says nothing about the folders above.
      if (parent === folder) return start;
      folder = parent;
    }
    for (const seen of visited) cache.set(seen, root);
    return root;
  };
}
