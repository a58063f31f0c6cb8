import * as path from 'path';

/**
 * Whether a `path.relative` result leaves its base folder. Only `..` as a whole first
 * segment does: a folder named `..evil` is inside. Testing `startsWith('..')` instead let a
 * pull request hide a password grant in `..evil/login.js`, which discovery then took for a
 * link leading outside the tree and skipped (`check` passed).
 */
export function leavesFolder(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || (path.sep !== '/' && relative.startsWith('../')) || path.isAbsolute(relative);
}

/** Whether `candidate` is `folder` or lies below it (lexically: links are the caller's business). */
export function isSameOrInside(candidate: string, folder: string): boolean {
  return !leavesFolder(path.relative(folder, candidate));
}
