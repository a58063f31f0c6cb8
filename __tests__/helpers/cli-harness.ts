import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Runs the real, built command line on temporary folders, as a user would. */

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(REPO_ROOT, 'bin', 'password-grant-codemod.js');

/** A password grant the transform rewrites into `client.init(...)` + `client.loginClientCredentials(...)`. */
export const GRANT_JS = [
  "const platformClient = require('@genesyscloud/genesyscloud');",
  'const client = new platformClient.ApiClient();',
  'async function login() {',
  "  await client.postOAuthApiToken({ credentials: { username: 'svc-user', password: 'hunter2-secret' } });",
  '}',
  'module.exports = { login };',
  '',
].join('\n');

/** A file that mentions the method (so it is parsed) but is not valid JavaScript. */
export const BROKEN_JS = 'const client = ;\nclient.postOAuthApiToken({});\n';

export const PLAIN_JS = 'export const answer = 42;\n';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const TEMP_ROOT = fs.realpathSync(os.tmpdir());

/** Environment for child processes: no colour or CI surprises from the outer shell, no outer git repo. */
function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1', GIT_CEILING_DIRECTORIES: TEMP_ROOT };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does) before these tests');
  }
}

export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: childEnv(env), encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** JSON report of a run; fails the test with the run's stderr when stdout is not JSON. */
export function parseJsonReport(run: CliRun): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}).\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

const createdDirs: string[] = [];

export function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(TEMP_ROOT, 'pgc-test-'));
  createdDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of createdDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `{ 'src/a.js': '...' }` under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export function readFile(root: string, relative: string): string {
  return fs.readFileSync(path.join(root, relative), 'utf8');
}

/** git with an identity given on the command line: CI machines often have none configured. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: childEnv({ GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' }),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A git repository with everything under `root` committed. */
export function initCommittedRepo(root: string): void {
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'initial', '--allow-empty');
}
