import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN, REPO_ROOT, type CliRun } from './cli-harness';

/**
 * Running the CLI as an unprivileged user (root reads and writes through permission bits, so
 * permission tests need someone they apply to). That user must be able to reach the tool: a
 * checkout under a 0700 folder (`mktemp -d`, `/root/...`) is out of its reach, so the tool is
 * staged once into a world-readable temp folder (`bin`, `dist`, `data`, `package.json`, and
 * `node_modules` hard-linked, or copied across file systems). When even that is impossible,
 * `unprivilegedSkipReason` says why, and the tests print it and skip.
 */

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOBODY = 65534;
const HAS_SETPRIV = IS_ROOT && spawnSync('setpriv', ['--version']).status === 0;

function runAsNobody(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...args], {
    cwd,
    env: { ...process.env, CI: '1', ...env },
    encoding: 'utf8',
  });
}

let stagedBin: string | null | undefined;
let skipReason: string | null = null;

/** The bin the unprivileged user can run: the checkout's own, or a staged copy. */
function reachableBin(): string | null {
  if (stagedBin !== undefined) return stagedBin;
  if (!IS_ROOT) return (stagedBin = BIN);
  if (!HAS_SETPRIV) {
    skipReason = 'running as root without setpriv: no unprivileged user to run the CLI as';
    return (stagedBin = null);
  }
  if (runAsNobody([process.execPath, '-e', `require(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))})`], os.tmpdir()).status === 0) {
    return (stagedBin = BIN);
  }
  try {
    const stage = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-stage-'));
    fs.chmodSync(stage, 0o755);
    for (const entry of ['bin', 'dist', 'data', 'package.json']) {
      if (fs.existsSync(path.join(REPO_ROOT, entry))) fs.cpSync(path.join(REPO_ROOT, entry), path.join(stage, entry), { recursive: true });
    }
    try {
      execFileSync('cp', ['-al', path.join(REPO_ROOT, 'node_modules'), path.join(stage, 'node_modules')], { stdio: 'ignore' });
    } catch {
      fs.cpSync(path.join(REPO_ROOT, 'node_modules'), path.join(stage, 'node_modules'), { recursive: true, dereference: false });
    }
    execFileSync('chmod', ['-R', 'a+rX', stage], { stdio: 'ignore' });
    process.on('exit', () => fs.rmSync(stage, { recursive: true, force: true }));
    const bin = path.join(stage, 'bin', path.basename(BIN));
    if (runAsNobody([process.execPath, bin, '--version'], os.tmpdir()).status !== 0) {
      skipReason = `the unprivileged user cannot run even a staged copy of the tool (${stage})`;
      return (stagedBin = null);
    }
    return (stagedBin = bin);
  } catch (error) {
    skipReason = `cannot stage a copy of the tool for the unprivileged user: ${(error as Error).message}`;
    return (stagedBin = null);
  }
}

/** Null when the unprivileged tests can run; else why not (printed by the tests that skip). */
export function unprivilegedSkipReason(): string | null {
  reachableBin();
  return skipReason;
}

export function runUnprivileged(args: string[], root: string): CliRun {
  const bin = reachableBin();
  if (bin === null) throw new Error(skipReason ?? 'no unprivileged user');
  if (!IS_ROOT) {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, CI: '1' }, encoding: 'utf8' });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }
  const result = runAsNobody([process.execPath, bin, ...args], root, { HOME: root });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Hands a folder (and everything in it) to the unprivileged user; its parents must be enterable. */
export function giveToUnprivilegedUser(root: string): void {
  if (!IS_ROOT) return;
  fs.chmodSync(root, 0o755);
  for (const entry of ['', ...fs.readdirSync(root, { recursive: true, encoding: 'utf8' })]) {
    fs.lchownSync(path.join(root, entry), NOBODY, NOBODY);
  }
}
