import { execFileSync } from 'child_process';
import { existsSync, readFileSync, realpathSync } from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { isSameOrInside } from '../paths/inside';
import { realPathOrSelf } from '../paths/real-path';

/**
 * Finds the Prettier of the repository being migrated, the way editor integrations do:
 * `prettier` resolved from the file's own folder. Loading it runs its code, so it is used
 * only when it is an installed dependency: its real path inside the scanned folder, and
 * none of its files committed to git (a pull request can commit a "node_modules/prettier"
 * of its own; an installation cannot be told from one without asking git). In doubt, it
 * is not used, and the reason says why.
 */

export type PrettierLocation =
  | { kind: 'absent' }
  | { kind: 'refused'; reason: string }
  | { kind: 'found'; entry: string; packageDir: string; version: string };

const byFolder = new Map<string, PrettierLocation>();
const byPackage = new Map<string, PrettierLocation>();

export { isSameOrInside as isInside };

function describePath(target: string, root: string): string {
  return isSameOrInside(target, root) ? path.relative(root, target).split(path.sep).join('/') || '.' : target;
}

/** The folder of the package that holds `entry`: the nearest package.json named prettier. */
function findPackageDir(entry: string): { dir: string; version: string } | null {
  let dir = path.dirname(entry);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === 'prettier') return { dir, version: typeof parsed.version === 'string' ? parsed.version : 'unknown' };
      } catch {
        return null;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Kept under its old name for the formatter's callers. */
export const safeRealpath = realPathOrSelf;

function hasGitFolderAbove(dir: string): boolean {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return true;
    if (path.dirname(current) === current) return false;
  }
}

/** 'tracked', 'untracked', or 'unknown' when git cannot say (not installed, an error). */
function getGitTracking(dir: string): 'tracked' | 'untracked' | 'unknown' {
  if (!hasGitFolderAbove(dir)) return 'untracked';
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    return listed.length > 0 ? 'tracked' : 'untracked';
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    // A .git folder above that is not the repository of this folder (a ceiling, a bare copy).
    if (/not a git repository/i.test(stderr)) return 'untracked';
    return 'unknown';
  }
}

function checkPackage(entry: string, root: string, folder: string): PrettierLocation {
  const realRoot = realpathSync(root);
  let realEntry: string;
  try {
    realEntry = realpathSync(entry);
  } catch {
    return { kind: 'absent' };
  }
  const found = findPackageDir(realEntry);
  if (!found) return { kind: 'refused', reason: `Prettier resolved to ${describePath(realEntry, realRoot)}, which is not inside a prettier package; it was not loaded` };
  const cached = byPackage.get(found.dir);
  if (cached) return cached;
  let location: PrettierLocation;
  if (!isSameOrInside(found.dir, realRoot)) {
    // A global installation ($HOME/.node_modules) is no part of the project: as if absent.
    const projectFolder = path.dirname(path.dirname(found.dir));
    if (!isSameOrInside(safeRealpath(folder), projectFolder)) return { kind: 'absent' };
    location = {
      kind: 'refused',
      reason: `the Prettier found for this file (${found.dir}) is outside the scanned folder, so it was not loaded; run from the folder that holds it`,
    };
  } else {
    const tracking = getGitTracking(found.dir);
    const where = describePath(found.dir, realRoot);
    if (tracking === 'tracked') {
      location = { kind: 'refused', reason: `${where} is committed to git, not installed: its code was not run, so Prettier was not used` };
    } else if (tracking === 'unknown') {
      location = { kind: 'refused', reason: `could not ask git whether ${where} is committed (is git installed?), so Prettier was not loaded` };
    } else {
      location = { kind: 'found', entry: realEntry, packageDir: found.dir, version: found.version };
    }
  }
  byPackage.set(found.dir, location);
  return location;
}

/** The repository's Prettier for `absoluteFile`, checked as the header says. Nothing is executed. */
export function findProjectPrettier(absoluteFile: string, root: string): PrettierLocation {
  const folder = path.dirname(absoluteFile);
  const cached = byFolder.get(folder);
  if (cached) return cached;
  let entry: string | null = null;
  try {
    // Resolution reads package.json files only; `paths` keeps it to the file's own folders.
    entry = createRequire(path.join(folder, 'noop.js')).resolve('prettier', { paths: [folder] });
  } catch {
    entry = null;
  }
  const location = entry === null ? ({ kind: 'absent' } as const) : checkPackage(entry, root, folder);
  byFolder.set(folder, location);
  return location;
}
