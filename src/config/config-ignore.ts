import * as path from 'path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import type { LoadedConfig } from './load-config';
import { leavesFolder } from '../paths/inside';

/**
 * The configuration's `ignore` patterns, relative to the configuration file's folder, read
 * as `--ignore` reads its own (relative to the cwd): gitignore syntax (`dist/`, `!keep.js`)
 * and globs (`src/{a,b}/**`). Files outside that folder are never ignored by it.
 */
export function createConfigIgnoreMatcher(config: LoadedConfig | null): (absolutePath: string) => boolean {
  const patterns = config?.config.ignore ?? [];
  if (!config || patterns.length === 0) return () => false;
  const gitignoreStyle = ignore().add(patterns);
  const globs = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => picomatch(pattern, { dot: true }));
  return (absolutePath) => {
    const relative = path.relative(config.folder, absolutePath).split(path.sep).join('/');
    if (relative === '' || leavesFolder(relative)) return false;
    return gitignoreStyle.ignores(relative) || globs.some((glob) => glob(relative));
  };
}
