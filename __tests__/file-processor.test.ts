import { enqueue, type QueuedFile } from '../src/runner/file-processor';
import type { FileTask } from '../src/runner/tasks';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, PLAIN_JS, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/**
 * The file processor's sharing of work (src/runner/file-processor.ts): past 16 passing files
 * (or 512 KB of them) a pool starts; the queue is kept largest file first, and the pool and
 * the main thread (its screening done) both take from the front. Whatever the split, every passing file is analysed
 * exactly once and every other file is accounted for.
 */

afterAll(removeTempDirs);
beforeAll(assertBuilt);

/**
 * A repository with `grants` grant files and plain files around them; when `padded`, every
 * seventh grant file is large enough to travel alone (and two of them pass the bytes the main
 * thread holds before the pool starts).
 */
function repository(grants: number, padded = true): string {
  const root = makeTempDir();
  const files: Record<string, string> = {};
  for (let index = 0; index < grants; index++) {
    const padding = padded && index % 7 === 0 ? '// a line of filler, so that the file is over the batch size\n'.repeat(6000) : '';
    files[`src/svc-${String(index).padStart(3, '0')}/login.js`] = `${padding}${GRANT_JS}`;
    files[`src/svc-${String(index).padStart(3, '0')}/util.js`] = PLAIN_JS;
  }
  writeFiles(root, files);
  return root;
}

describe.each([
  ['few small files, all analysed on the main thread', 10, false],
  ['few files past the in-process bytes, so the pool starts while the main thread screens', 10, true],
  ['more files than the in-process limit, so the pool and the main thread share the queue', 60, true],
])('check over %s', (_name, grants, padded) => {
  it.each([['1'], ['2']])('analyses every passing file once with --workers %s', (workers) => {
    const root = repository(grants, padded);
    const run = runCli(['check', '.', '--format', 'json', '--workers', workers], root);
    expect(run.code).toBe(1);
    const report = parseJsonReport(run);
    const files = report.findings.filter((finding: { rule: string }) => finding.rule === 'sdk-password-grant').map((finding: { file: string }) => finding.file);
    expect(files).toEqual(Array.from({ length: grants }, (_, index) => `src/svc-${String(index).padStart(3, '0')}/login.js`));
    expect(report.summary).toMatchObject({ filesScanned: grants * 2, filesParsed: grants, errors: 0 });
  });
});

describe('migrate past the in-process limit', () => {
  it('rewrites every grant file once', () => {
    const root = repository(40);
    const report = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--scopes', 'analytics:readonly', '--format', 'json', '--workers', '1'], root));
    expect(report.changed.map((entry: { file: string }) => entry.file)).toEqual(
      Array.from({ length: 40 }, (_, index) => `src/svc-${String(index).padStart(3, '0')}/login.js`),
    );
    expect(report.summary).toMatchObject({ filesScanned: 80, filesParsed: 40, filesChanged: 40, errors: 0 });
  });
});

describe('the queue of files waiting for a thread', () => {
  const file = (name: string, bytes: number): QueuedFile => ({ task: { file: name } as FileTask, bytes });

  it('keeps the largest first, and files of one size in the order they came', () => {
    const queue: QueuedFile[] = [];
    for (const [name, bytes] of [['a', 10], ['bundle', 4_000_000], ['b', 10], ['types', 2_600_000], ['c', 300], ['d', 10]] as const) {
      enqueue(queue, file(name, bytes));
    }
    expect(queue.map((entry) => entry.task.file)).toEqual(['bundle', 'types', 'c', 'a', 'b', 'd']);
  });
});
