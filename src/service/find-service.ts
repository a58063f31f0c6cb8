import { existsSync } from 'fs';
import * as path from 'path';

/**
 * A service is the folder of the nearest `package.json`: what gets one OAuth client, and so
 * one list of scopes. Answers are cached per folder, since many files share each folder.
 */
export function createServiceLocator(fallbackRoot: string): (absoluteFile: string) => string {
  const byFolder = new Map<string, string | null>();
  const findFrom = (folder: string): string | null => {
    const cached = byFolder.get(folder);
    if (cached !== undefined) return cached;
    const parent = path.dirname(folder);
    const found = existsSync(path.join(folder, 'package.json')) ? folder : parent === folder ? null : findFrom(parent);
    byFolder.set(folder, found);
    return found;
  };
  return (absoluteFile) => findFrom(path.dirname(absoluteFile)) ?? fallbackRoot;
}
