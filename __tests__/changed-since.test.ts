import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UsageError } from '../src/errors';
import { assertUsableRef, isChangedFile, selectChangedFilesIn } from '../src/runner/changed-files';
import { assertBuilt, git, GRANT_JS, makeTempDir, parseJsonReport, PLAIN_JS, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

process.env.GIT_CEILING_DIRECTORIES = fs.realpathSync(os.tmpdir());
afterAll(removeTempDirs);

describe('selectChangedFilesIn (the file set of --changed-since)', () => {
  const root = makeTempDir();
  fs.mkdirSync(path.join(root, 'services', 'api', 'src'), { recursive: true });
  const changed = [
    'README.md',
    'services/api/src/a.ts',
    'services/api/src/b.mjs',
    'services/api/data.json',
    'services/api/node_modules/dep/index.js',
    'services/web/main.tsx',
    'top.cjs',
    '.git/hooks/x.js',
  ];

  it('keeps the source files under the folder given, by the same rules as a walk', () => {
    expect(selectChangedFilesIn(root, root, changed).map((file) => path.relative(root, file.absolutePath).split(path.sep).join('/'))).toEqual([
      'services/api/src/a.ts',
      'services/api/src/b.mjs',
      'services/web/main.tsx',
      'top.cjs',
    ]);
  });

  it("with otherExtensions (check), keeps the files of other extensions Node may run, marked, but never JSON", () => {
    const listed = selectChangedFilesIn(root, root, changed, { otherExtensions: true }).map((file) => ({ ...file, absolutePath: path.relative(root, file.absolutePath).split(path.sep).join('/') }));
    expect(listed).toEqual([
      { absolutePath: 'README.md', otherExtension: true },
      { absolutePath: 'services/api/src/a.ts' },
      { absolutePath: 'services/api/src/b.mjs' },
      { absolutePath: 'services/web/main.tsx' },
      { absolutePath: 'top.cjs' },
    ]);
  });

  it('intersects with a sub-folder, returning paths under the folder as given', () => {
    const folder = path.join(root, 'services', 'api');
    expect(selectChangedFilesIn(folder, root, changed).map((file) => file.absolutePath)).toEqual([path.join(folder, 'src', 'a.ts'), path.join(folder, 'src', 'b.mjs')]);
  });

  it('applies node_modules only below the folder given (a folder named inside one is searched, as a walk would)', () => {
    const folder = path.join(root, 'services', 'api', 'node_modules', 'dep');
    fs.mkdirSync(folder, { recursive: true });
    expect(selectChangedFilesIn(folder, root, changed).map((file) => file.absolutePath)).toEqual([path.join(folder, 'index.js')]);
  });

  it('with committedDependencies (check), keeps tracked node_modules files, never untracked ones or .git', () => {
    const untracked = new Set(['services/api/node_modules/dep/index.js']);
    const listed = (reach: { committedDependencies?: boolean }, notTracked: ReadonlySet<string>) =>
      selectChangedFilesIn(root, root, changed, reach, notTracked).map((file) => path.relative(root, file.absolutePath).split(path.sep).join('/'));
    expect(listed({ committedDependencies: true }, new Set())).toContain('services/api/node_modules/dep/index.js');
    expect(listed({ committedDependencies: true }, untracked)).not.toContain('services/api/node_modules/dep/index.js');
    expect(listed({}, new Set())).not.toContain('services/api/node_modules/dep/index.js');
    expect(listed({ committedDependencies: true }, new Set())).not.toContain('.git/hooks/x.js');
  });

  it('finds nothing for a folder outside the work tree', () => {
    expect(selectChangedFilesIn(os.tmpdir(), root, changed)).toEqual([]);
  });

  it('tells whether a file named on the command line changed', () => {
    const set = { paths: new Set(changed), untracked: new Set<string>() };
    expect(isChangedFile(path.join(root, 'top.cjs'), root, set)).toBe(true);
    expect(isChangedFile(path.join(root, 'services', 'api', 'src', 'a.ts'), root, set)).toBe(true);
    expect(isChangedFile(path.join(root, 'services', 'api', 'src', 'other.ts'), root, set)).toBe(false);
  });

  it.each(['-x', '--output=/tmp/x', '', 'a\nb'])('refuses the ref %p (git would read an option)', (ref) => {
    expect(() => assertUsableRef(ref)).toThrow(UsageError);
  });

  it.each(['origin/main', 'main', 'v1.2.3', 'HEAD~3', 'a1b2c3d'])('accepts the ref %p', (ref) => {
    expect(() => assertUsableRef(ref)).not.toThrow();
  });
});

const GRANT = (user: string) => GRANT_JS.replace('svc-user', user);

/**
 * A repository whose `main` holds a few files; the work tree then has one file of each kind
 * of change on branch `feature`: committed, staged, unstaged, untracked, ignored, deleted
 * and renamed. Every changed-and-kept file holds a grant, so the findings name them.
 */
function createChangedRepo(): string {
  const root = makeTempDir();
  writeFiles(root, {
    '.gitignore': 'ignored/\n',
    'src/untouched.js': GRANT('untouched'),
    'src/committed.js': PLAIN_JS,
    'src/staged.js': PLAIN_JS,
    'src/unstaged.js': PLAIN_JS,
    'src/deleted.js': GRANT('deleted'),
    'src/old-name.js': GRANT('renamed'),
    'lib/other.js': PLAIN_JS,
  });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  git(root, 'checkout', '-q', '-b', 'feature');
  writeFiles(root, { 'src/committed.js': GRANT('committed'), 'lib/other.js': GRANT('other') });
  git(root, 'commit', '-q', '-am', 'a commit on the branch');
  // main moves on too: the merge base, not main's tip, is what the branch is compared with
  git(root, 'checkout', '-q', 'main');
  writeFiles(root, { 'src/main-only.js': GRANT('main-only') });
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'main moves on');
  git(root, 'checkout', '-q', 'feature');
  writeFiles(root, { 'src/staged.js': GRANT('staged') });
  git(root, 'add', 'src/staged.js');
  writeFiles(root, { 'src/unstaged.js': GRANT('unstaged'), 'src/untracked.js': GRANT('untracked'), 'ignored/hidden.js': GRANT('ignored') });
  fs.rmSync(path.join(root, 'src', 'deleted.js'));
  git(root, 'mv', 'src/old-name.js', 'src/new-name.js');
  return root;
}

const findingFiles = (report: { findings: { file: string }[] }) => [...new Set(report.findings.map((finding) => finding.file))].sort();

describe('check --changed-since (end to end)', () => {
  beforeAll(assertBuilt);
  const repo = createChangedRepo();

  it('checks the committed, staged, unstaged, untracked and renamed files, not the ignored, deleted or untouched ones', () => {
    const run = runCli(['check', '--changed-since', 'main', '--format', 'json'], repo);
    expect(run.code).toBe(1);
    const report = parseJsonReport(run);
    expect(findingFiles(report)).toEqual(['lib/other.js', 'src/committed.js', 'src/new-name.js', 'src/staged.js', 'src/unstaged.js', 'src/untracked.js']);
    expect(report.summary.filesScanned).toBe(6);
  });

  it('intersects with the paths given, files and folders', () => {
    const folder = parseJsonReport(runCli(['check', 'src', '--changed-since', 'main', '--format', 'json'], repo));
    expect(findingFiles(folder)).toEqual(['src/committed.js', 'src/new-name.js', 'src/staged.js', 'src/unstaged.js', 'src/untracked.js']);
    const named = parseJsonReport(runCli(['check', 'lib/other.js', 'src/untouched.js', '--changed-since', 'main', '--format', 'json'], repo));
    expect(findingFiles(named)).toEqual(['lib/other.js']);
  });

  it('still applies --ignore and the shard', () => {
    const ignored = parseJsonReport(runCli(['check', '--changed-since', 'main', '--ignore', 'lib/', '--ignore', '*staged.js', '--format', 'json'], repo));
    expect(findingFiles(ignored)).toEqual(['src/committed.js', 'src/new-name.js', 'src/untracked.js']);
    const shards = [1, 2, 3].map((index) => findingFiles(parseJsonReport(runCli(['check', '--changed-since', 'main', '--shard', `${index}/3`, '--format', 'json'], repo))));
    expect(shards.flat().sort()).toEqual(findingFiles(parseJsonReport(runCli(['check', '--changed-since', 'main', '--format', 'json'], repo))));
  });

  it('is the same for migrate', () => {
    const run = runCli(['migrate', '--changed-since', 'main', '--dry-run', '--scopes', 'a:b', '--format', 'json'], repo);
    expect(run.code).toBe(0);
    expect(parseJsonReport(run).changed.map((entry: { file: string }) => entry.file)).toEqual([
      'lib/other.js',
      'src/committed.js',
      'src/new-name.js',
      'src/staged.js',
      'src/unstaged.js',
      'src/untracked.js',
    ]);
  });

  it('exits 2 naming a ref git cannot resolve', () => {
    const run = runCli(['check', '--changed-since', 'no-such-branch'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--changed-since no-such-branch');
  });

  it('exits 2 on a ref that git would read as an option, before running git', () => {
    const marker = path.join(repo, 'written-by-git');
    const run = runCli(['check', `--changed-since=--output=${marker}`], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a git revision');
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('exits 2 naming the ref outside a git work tree', () => {
    const plain = makeTempDir();
    writeFiles(plain, { 'a.js': GRANT('plain') });
    const run = runCli(['check', '--changed-since', 'origin/main'], plain);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--changed-since origin/main');
    expect(run.stderr).toContain('not in a git work tree');
  });
});
