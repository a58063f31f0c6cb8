import * as path from 'path';
import { isSameOrInside, leavesFolder } from '../src/paths/inside';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

describe('leavesFolder / isSameOrInside', () => {
  it.each([
    ['..', true],
    [`..${path.sep}x`, true],
    ['/abs', true],
    ['', false],
    ['a', false],
    ['..evil', false],
    [`..evil${path.sep}a.js`, false],
    ['...', false],
    [`a${path.sep}..b`, false],
  ])('%j leaves: %s', (relative, expected) => {
    expect(leavesFolder(relative)).toBe(expected);
  });

  it('a folder named ..evil lies inside its parent', () => {
    expect(isSameOrInside('/r/..evil/a.js', '/r')).toBe(true);
    expect(isSameOrInside('/r', '/r')).toBe(true);
    expect(isSameOrInside('/other', '/r')).toBe(false);
    expect(isSameOrInside('/r2/a.js', '/r')).toBe(false);
  });
});

describe('a folder or file whose name begins with two dots [CLI]', () => {
  beforeAll(assertBuilt);

  // Attack: such a name was taken for "outside the tree" (a link leading out), so the file was
  // skipped and a password grant in it passed `check` with exit 0.
  it('check scans it and fails the run', () => {
    const root = makeTempDir();
    writeFiles(root, { '..evil/login.js': GRANT_JS, '..x.js': GRANT_JS });
    const run = runCli(['check', '.', '--format', 'json'], root);
    const report = parseJsonReport(run);
    expect(report.skipped).toEqual([]);
    expect(report.findings.map((finding: { file: string }) => finding.file).sort()).toEqual(['..evil/login.js', '..x.js']);
    expect(run.code).toBe(1);
  });

  it('migrate rewrites it like any other file, and --ignore patterns still apply to it', () => {
    const root = makeTempDir();
    writeFiles(root, { '..evil/login.js': GRANT_JS, '..kept/login.js': GRANT_JS });
    const run = runCli(['migrate', '.', '--scopes', 'users', '--ignore', '..kept/**', '--format', 'json'], root);
    expect(run.code).toBe(0);
    expect(parseJsonReport(run).changed.map((entry: { file: string }) => entry.file)).toEqual(['..evil/login.js']);
    expect(readFile(root, '..evil/login.js')).toContain('loginClientCredentials');
    expect(readFile(root, '..kept/login.js')).toBe(GRANT_JS);
  });
});
