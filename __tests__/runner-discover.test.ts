import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { UsageError } from '../src/errors';
import { discoverFiles } from '../src/runner/discover';
import { git, initCommittedRepo, makeTempDir, removeTempDirs, writeFiles } from './helpers/cli-harness';

// Keep git from finding a repository above the temporary folders.
process.env.GIT_CEILING_DIRECTORIES = fs.realpathSync(os.tmpdir());
afterAll(removeTempDirs);

async function discoveredPaths(cwd: string, paths: string[] = ['.'], ignore: string[] = []) {
  const discovery = await discoverFiles(paths, { cwd, ignore });
  return { files: discovery.files.map((entry) => entry.file), skipped: discovery.skipped, gitWorkTrees: discovery.gitWorkTrees };
}

/** The same layout, used with and without git. */
function writeLayout(root: string): void {
  writeFiles(root, {
    '.gitignore': 'build/\n*.generated.js\n',
    'src/a.js': 'a',
    'src/b.ts': 'b',
    'src/c.tsx': 'c',
    'src/d.mjs': 'd',
    'src/e.cjs': 'e',
    'src/f.mts': 'f',
    'src/g.cts': 'g',
    'src/h.jsx': 'h',
    'src/readme.md': 'not source',
    'src/data.json': '{}',
    'src/x.generated.js': 'ignored by the root .gitignore',
    'build/out.js': 'ignored folder',
    'node_modules/pkg/index.js': 'never',
    'src/nested/.gitignore': '*.js\n!keep.js\n',
    'src/nested/drop.js': 'ignored by the nested .gitignore',
    'src/nested/keep.js': 're-included by a ! rule',
    'src/nested/deeper/also-dropped.js': 'nested rules apply below their folder',
    'src/nested/types.ts': 'the nested rule only names .js',
  });
}

const EXPECTED_LAYOUT = [
  'src/a.js',
  'src/b.ts',
  'src/c.tsx',
  'src/d.mjs',
  'src/e.cjs',
  'src/f.mts',
  'src/g.cts',
  'src/h.jsx',
  'src/nested/keep.js',
  'src/nested/types.ts',
];

describe('discovery outside git', () => {
  it('walks folders honouring every .gitignore, nested ones and ! rules, and the source extensions only', async () => {
    const root = makeTempDir();
    writeLayout(root);
    const result = await discoveredPaths(root);
    expect(result.files).toEqual(EXPECTED_LAYOUT);
    expect(result.gitWorkTrees).toEqual([]);
  });

  it('applies .gitignore files between the cwd and a named sub-folder', async () => {
    const root = makeTempDir();
    writeLayout(root);
    writeFiles(root, { 'src/generated.generated.js': 'x' });
    expect((await discoveredPaths(root, ['src'])).files).toEqual(EXPECTED_LAYOUT);
  });

  it('honours --ignore patterns relative to the cwd', async () => {
    const root = makeTempDir();
    writeLayout(root);
    const result = await discoveredPaths(root, ['.'], ['src/nested/', '*.tsx', 'src/{a,b}.*']);
    expect(result.files).toEqual(['src/d.mjs', 'src/e.cjs', 'src/f.mts', 'src/g.cts', 'src/h.jsx']);
  });

  it('processes a symlinked folder once, and survives a link cycle', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'lib/a.js': 'a', 'lib/inner/b.js': 'b' });
    fs.symlinkSync(path.join(root, 'lib'), path.join(root, 'lib-link'), 'dir');
    fs.symlinkSync('..', path.join(root, 'lib', 'inner', 'loop'), 'dir');
    const result = await discoveredPaths(root);
    expect(result.files).toEqual(['lib/a.js', 'lib/inner/b.js']);
  });

  it('never walks a link named node_modules, and reads a linked folder\'s .gitignore and real paths', async () => {
    const outside = makeTempDir();
    writeFiles(outside, { 'dep/index.js': 'd', 'pkg/kept.js': 'k', 'pkg/gen/out.js': 'g', 'pkg/.gitignore': 'gen/\n' });
    const root = makeTempDir();
    writeFiles(root, { 'a.js': 'a' });
    fs.symlinkSync(path.join(outside, 'dep'), path.join(root, 'node_modules'), 'dir');
    fs.symlinkSync(path.join(outside, 'pkg'), path.join(root, 'pkg-link'), 'dir');
    const discovery = await discoverFiles(['.'], { cwd: root });
    // A linked folder whose real path is outside the given roots is not entered (nothing is
    // ever written through it); the link named node_modules is never walked either.
    expect(discovery.files.map((entry) => entry.file)).toEqual(['a.js']);
  });

  it('keeps a file once when two command-line paths overlap', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': 'a' });
    expect((await discoveredPaths(root, ['src', '.', 'src/a.js'])).files).toEqual(['src/a.js']);
  });

  it('follows a symlinked folder pointing outside the tree once', async () => {
    const outside = makeTempDir();
    writeFiles(outside, { 'shared.js': 's' });
    const root = makeTempDir();
    writeFiles(root, { 'a.js': 'a' });
    fs.symlinkSync(outside, path.join(root, 'vendor-link'), 'dir');
    fs.symlinkSync(outside, path.join(root, 'second-link'), 'dir');
    const result = await discoveredPaths(root);
    // Both links lead outside the tree: neither is followed.
    expect(result.files).toEqual(['a.js']);
  });

  it('lists minified bundles by name as skipped, with the reason; sizes wait for the read', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'big.js': Buffer.alloc(2 * 1024 * 1024 + 1, 0x20), 'vendor/lib.min.js': 'x', 'ok.js': 'ok' });
    const result = await discoveredPaths(root);
    // No system call per file in discovery: the worker reads the size from the open file
    // and skips a huge one without reading it (end to end in cli-migrate.test.ts).
    // The name alone no longer skips a file: check scans a .min.js that may hold a grant, so
    // the name rule runs per file, after the prefilter (migrate still skips it there).
    expect(result.files).toEqual(['big.js', 'ok.js', 'vendor/lib.min.js']);
  });

  it('takes a file named on the command line even where a walk would not look', async () => {
    const root = makeTempDir();
    writeLayout(root);
    expect((await discoveredPaths(root, ['build/out.js'])).files).toEqual(['build/out.js']);
  });

  it('lists a named file that is not source code as skipped', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'notes.txt': 'x' });
    expect((await discoveredPaths(root, ['notes.txt'])).skipped).toEqual([{ file: 'notes.txt', reason: 'not a JavaScript or TypeScript file' }]);
  });

  it('makes a path that does not exist a usage error naming it', async () => {
    const root = makeTempDir();
    await expect(discoverFiles(['no/such/folder'], { cwd: root })).rejects.toThrow(UsageError);
    await expect(discoverFiles(['no/such/folder'], { cwd: root })).rejects.toThrow(/no\/such\/folder/);
  });

  it('reports paths relative to the cwd, also for files outside it', async () => {
    const outside = makeTempDir();
    writeFiles(outside, { 'x.js': 'x' });
    const cwd = makeTempDir();
    const result = await discoveredPaths(cwd, [outside]);
    expect(result.files).toEqual([`../${path.basename(outside)}/x.js`]);
  });
});

describe('discovery inside a git work tree', () => {
  it("uses git's list: tracked plus untracked files that are not ignored", async () => {
    const root = makeTempDir();
    writeLayout(root);
    initCommittedRepo(root);
    writeFiles(root, { 'src/new-untracked.js': 'n', 'build/still-ignored.js': 'i' });
    const result = await discoveredPaths(root);
    expect(result.files).toEqual([...EXPECTED_LAYOUT.slice(0, 8), 'src/nested/keep.js', 'src/nested/types.ts', 'src/new-untracked.js'].sort());
    expect(result.gitWorkTrees).toEqual([root]);
  });

  it('keeps a tracked file that an ignore rule would exclude (git tracks it)', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'tracked.js': 't' });
    initCommittedRepo(root);
    writeFiles(root, { '.gitignore': 'tracked.js\n' });
    expect((await discoveredPaths(root)).files).toEqual(['tracked.js']);
  });

  it('never lists node_modules even when tracked, and honours --ignore', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'node_modules/dep/index.js': 'd', 'src/a.js': 'a', 'src/b.js': 'b' });
    initCommittedRepo(root);
    expect((await discoveredPaths(root, ['.'], ['src/b.js'])).files).toEqual(['src/a.js']);
  });

  it('lists only the named sub-folder', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': 'a', 'test/b.js': 'b' });
    initCommittedRepo(root);
    expect((await discoveredPaths(root, ['src'])).files).toEqual(['src/a.js']);
  });

  it('does not follow a committed symlink to a folder (git does not), so nothing is listed twice', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'lib/a.js': 'a' });
    fs.symlinkSync('lib', path.join(root, 'lib-link'), 'dir');
    initCommittedRepo(root);
    expect(git(root, 'ls-files')).toContain('lib-link');
    expect((await discoveredPaths(root)).files).toEqual(['lib/a.js']);
  });
});
