import * as path from 'path';

/**
 * The path a report shows for a file: relative to the cwd, with `/` separators on every
 * platform, so that reports from different machines (and shards) compare and merge.
 */
export function toReportPath(absolutePath: string, cwd: string): string {
  const relative = relativeBelow(absolutePath, cwd) ?? (path.relative(cwd, absolutePath) || path.basename(absolutePath));
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/** A `.` or `..` segment, or an empty one: a path that needs normalising. */
const UNNORMAL_SEGMENT = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/]{2}/;

/**
 * The common case, a file below the cwd, without path.relative's normalising of both paths
 * (measured: a tenth of discovery on thousands of files). The paths the runner builds are
 * already normal; anything else (null) takes the general route.
 */
function relativeBelow(absolutePath: string, cwd: string): string | null {
  if (absolutePath.length <= cwd.length + 1 || absolutePath[cwd.length] !== path.sep || !absolutePath.startsWith(cwd)) return null;
  if (UNNORMAL_SEGMENT.test(absolutePath) || !path.isAbsolute(cwd)) return null;
  return absolutePath.slice(cwd.length + 1);
}

/** Orders report paths by code unit, so the order does not depend on the machine's locale. */
export function compareReportPaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
