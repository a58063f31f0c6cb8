import * as path from 'path';

/**
 * The path a report shows for a file: relative to the cwd, with `/` separators on every
 * platform, so that reports from different machines (and shards) compare and merge.
 */
export function toReportPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath) || path.basename(absolutePath);
  return relative.split(path.sep).join('/');
}

/** Orders report paths by code unit, so the order does not depend on the machine's locale. */
export function compareReportPaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
