import * as path from 'path';
import { isSameOrInside } from '../paths/inside';
import type { FileRunOptions } from './run-files';

/**
 * Whether the run's scan read every file of the folder: no shard, no --changed-since, and a
 * given folder holds it. Then the run's own discovery lists the folder's files; otherwise
 * they must be listed anew.
 */
export function scanCoversFolder(folder: string, options: Pick<FileRunOptions, 'shard' | 'changedSince' | 'paths' | 'cwd'>): boolean {
  if (options.shard || options.changedSince !== undefined) return false;
  const givenPaths = options.paths.length > 0 ? options.paths : ['.'];
  return givenPaths.some((given) => isSameOrInside(folder, path.resolve(options.cwd, given)));
}
