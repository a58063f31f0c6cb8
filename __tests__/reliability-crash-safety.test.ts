import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createCliFileOptionsResolver } from '../src/runner/file-options';
import { runMigration } from '../src/runner/run-migration';
import { assertBuilt, BIN, GRANT_JS, makeTempDir, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/**
 * A writing `migrate` killed at any moment leaves every file wholly old or wholly new, and
 * the next run removes the temp files the kill left behind. Ctrl-C (SIGINT) stops it
 * gracefully: the file in hand is finished, the report lists exactly what was written, and
 * the exit code is 130.
 */

const FOLDERS = 15;
const FILES_PER_FOLDER = 100;
const TEMP_FILE = /\.pgc-\d+-[0-9a-f]{8}\.tmp$/;

/** `d00/f000.js` ...: names that sort in the order the runner writes them. */
function relativePaths(): string[] {
  const paths: string[] = [];
  for (let folder = 0; folder < FOLDERS; folder++) {
    for (let file = 0; file < FILES_PER_FOLDER; file++) {
      paths.push(`d${String(folder).padStart(2, '0')}/f${String(file).padStart(3, '0')}.js`);
    }
  }
  return paths;
}

/** The rewritten text of GRANT_JS, from a run on a single file. */
function expectedRewrite(): string {
  const root = makeTempDir();
  writeFiles(root, { 'one.js': GRANT_JS });
  const run = runCli(['migrate', '--scopes', 'analytics:readonly', '--format', 'json'], root);
  expect(run.code).toBe(0);
  const rewritten = fs.readFileSync(path.join(root, 'one.js'), 'utf8');
  expect(rewritten).not.toBe(GRANT_JS);
  return rewritten;
}

function createManyFiles(): { root: string; files: string[] } {
  const root = makeTempDir();
  const files = relativePaths();
  writeFiles(root, Object.fromEntries(files.map((file) => [file, GRANT_JS])));
  return { root, files };
}

function startMigrate(root: string): { child: ChildProcess; output: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const child = spawn(process.execPath, [BIN, 'migrate', '--scopes', 'analytics:readonly', '--format', 'json', '--force', '--workers', '2'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const output = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, output };
}

/** Resolves once the first file (in write order) holds its new text: the run is writing. */
async function waitUntilWriting(root: string, firstFile: string, rewritten: string, child: ChildProcess): Promise<void> {
  const target = path.join(root, firstFile);
  while (child.exitCode === null) {
    if (fs.readFileSync(target, 'utf8') === rewritten) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('migrate finished before it was seen writing');
}

function classify(root: string, files: string[], rewritten: string): { oldFiles: string[]; newFiles: string[]; torn: string[] } {
  const oldFiles: string[] = [];
  const newFiles: string[] = [];
  const torn: string[] = [];
  for (const file of files) {
    const content = fs.readFileSync(path.join(root, file), 'utf8');
    if (content === GRANT_JS) oldFiles.push(file);
    else if (content === rewritten) newFiles.push(file);
    else torn.push(file);
  }
  return { oldFiles, newFiles, torn };
}

function listTempFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((entry) => TEMP_FILE.test(entry))
    .sort();
}

/** A pid no process has: the owner of a planted leftover is certainly gone. */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
}

beforeAll(assertBuilt);
afterAll(removeTempDirs);

describe('crash safety of a writing migrate', () => {
  let rewritten: string;
  beforeAll(() => {
    rewritten = expectedRewrite();
  });

  it('SIGKILL mid-write leaves every file wholly old or wholly new; the next run cleans up and finishes', async () => {
    const { root, files } = createManyFiles();
    const { child, output } = startMigrate(root);
    await waitUntilWriting(root, files[0], rewritten, child);
    child.kill('SIGKILL');
    const killed = await output;
    expect(killed.signal).toBe('SIGKILL');

    const afterKill = classify(root, files, rewritten);
    expect(afterKill.torn).toEqual([]);
    expect(afterKill.newFiles.length).toBeGreaterThan(0);

    // Whatever the kill left (possibly nothing), plus leftovers planted by a dead process,
    // including one holding half a file: the next run must remove them all.
    const pid = deadPid();
    const planted = [`d00/.f001.js.pgc-${pid}-0badf00d.tmp`, `d05/.f050.js.pgc-${pid}-deadbeef.tmp`];
    writeFiles(root, { [planted[0]]: rewritten.slice(0, 40), [planted[1]]: rewritten });
    expect(listTempFiles(root).length).toBeGreaterThanOrEqual(planted.length);

    // The report goes to a file: thousands of entries overflow spawnSync's stdout buffer.
    const reportFile = path.join(makeTempDir(), 'report.json');
    const rerun = runCli(['migrate', '--scopes', 'analytics:readonly', '--format', 'json', '--force', '--output', reportFile], root);
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
    expect(report.errors).toEqual([]);
    // The temp files were never taken for sources.
    expect(report.changed.map((entry: { file: string }) => entry.file).filter((file: string) => TEMP_FILE.test(file))).toEqual([]);
    expect(report.changed).toHaveLength(afterKill.oldFiles.length);
    expect(listTempFiles(root)).toEqual([]);
    expect(classify(root, files, rewritten).newFiles).toHaveLength(files.length);
  });

  it('a temp file of a process still running is left alone', () => {
    const root = makeTempDir();
    const leftover = `.a.js.pgc-${process.pid}-0badf00d.tmp`;
    writeFiles(root, { 'a.js': GRANT_JS, [leftover]: 'in use' });
    const run = runCli(['migrate', '--scopes', 'analytics:readonly', '--format', 'json'], root);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(root, leftover), 'utf8')).toBe('in use');
  });

  it('a dry run removes nothing, not even leftovers', () => {
    const root = makeTempDir();
    const leftover = `.a.js.pgc-${deadPid()}-0badf00d.tmp`;
    writeFiles(root, { 'a.js': GRANT_JS, [leftover]: 'old' });
    const run = runCli(['migrate', '--scopes', 'analytics:readonly', '--dry-run'], root);
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(root, leftover))).toBe(true);
  });

  it('SIGINT finishes the file in hand, reports exactly what was written, and exits 130', async () => {
    const { root, files } = createManyFiles();
    const { child, output } = startMigrate(root);
    await waitUntilWriting(root, files[0], rewritten, child);
    child.kill('SIGINT');
    const run = await output;

    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/interrupted/);
    expect(run.stderr).toMatch(/run again to finish/);
    const report = JSON.parse(run.stdout);
    const state = classify(root, files, rewritten);
    expect(state.torn).toEqual([]);
    // The report lists exactly the files now new on disk: nothing more, nothing less.
    expect(report.changed.map((entry: { file: string }) => entry.file).sort()).toEqual(state.newFiles);
    expect(state.oldFiles.length).toBeGreaterThan(0);
    expect(listTempFiles(root)).toEqual([]);
  });
});

describe('an interrupted run, in process', () => {
  const files = { 'a.js': GRANT_JS, 'b.js': GRANT_JS, 'c.js': GRANT_JS };
  const run = (root: string, signal: AbortSignal, onProgress?: (done: number, total: number) => void) =>
    runMigration({
      cwd: root,
      paths: ['.'],
      ignore: [],
      workers: 1,
      resolveFileOptions: createCliFileOptionsResolver({ scopes: ['analytics:readonly'] }),
      dryRun: false,
      force: true,
      signal,
      onProgress,
    });

  it('interrupted before any work: nothing processed, nothing written', async () => {
    const root = makeTempDir();
    writeFiles(root, files);
    const controller = new AbortController();
    controller.abort();
    const report = await run(root, controller.signal);
    expect(report.interrupted).toEqual({ filesNotProcessed: 3, changesNotWritten: 0 });
    expect(report.changed).toEqual([]);
    for (const file of Object.keys(files)) expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(GRANT_JS);
  });

  it('interrupted after the transforms, before the writes: no write starts, each rewrite is counted', async () => {
    const root = makeTempDir();
    writeFiles(root, files);
    const controller = new AbortController();
    const report = await run(root, controller.signal, (done, total) => {
      if (done === total) controller.abort();
    });
    expect(report.interrupted).toEqual({ filesNotProcessed: 0, changesNotWritten: 3 });
    expect(report.changed).toEqual([]);
    for (const file of Object.keys(files)) expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(GRANT_JS);
  });

  it('a run that is not interrupted says nothing about interruption', async () => {
    const root = makeTempDir();
    writeFiles(root, files);
    const report = await run(root, new AbortController().signal);
    expect(report.interrupted).toBeUndefined();
    expect(report.changed).toHaveLength(3);
  });
});
