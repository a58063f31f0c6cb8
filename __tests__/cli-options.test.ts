import * as fs from 'fs';
import * as path from 'path';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, removeTempDirs, REPO_ROOT, runCli, writeFiles } from './helpers/cli-harness';

beforeAll(assertBuilt);
afterAll(removeTempDirs);

let cwd: string;
beforeEach(() => {
  cwd = makeTempDir();
  writeFiles(cwd, { 'src/a.js': 'export const a = 1;\n' });
});

describe('--version and --help', () => {
  it('prints the version from package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('lists the commands', () => {
    const run = runCli(['--help'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/migrate \[paths\.\.\]/);
    expect(run.stdout).toMatch(/check \[paths\.\.\]/);
    expect(run.stdout).toMatch(/Exit codes/);
  });

  it("documents every option of migrate's contract, with examples", () => {
    const run = runCli(['migrate', '--help'], cwd);
    expect(run.code).toBe(0);
    for (const option of [
      '--scopes', '--client-id-env', '--client-secret-env', '--base-path', '--dry-run', '--format', '--output',
      '--workers', '--ignore', '--config', '--force', '--project', '--typecheck', '--target', '--region',
      '--newrelic', '--shard', '--no-format', '--trust-project-config',
    ]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toMatch(/Examples:/);
  });

  it("documents every option of check's contract", () => {
    const run = runCli(['check', '--help'], cwd);
    expect(run.code).toBe(0);
    for (const option of ['--format', '--baseline', '--update-baseline', '--strict', '--project', '--shard', '--ignore', '--workers', '--config', '--output']) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('sarif');
    expect(run.stdout).not.toContain('--scopes');
  });
});

describe('usage errors exit 2 with a message and write nothing', () => {
  function expectUsageError(args: string[], message: RegExp) {
    const before = fs.readFileSync(path.join(cwd, 'src/a.js'), 'utf8');
    const run = runCli(args, cwd);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(message) });
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(path.join(cwd, 'src/a.js'), 'utf8')).toBe(before);
  }

  it.each([
    [['migrate', '--scopez', 'a'], /scopez/],
    [['migrate', '--dryrun'], /dryrun/],
    [['check', '--scopes', 'a'], /scopes/],
    [['migrat'], /migrate/],
    [[], /command/],
    [['migrate', 'no/such/path'], /path not found: no\/such\/path/],
    [['check', 'missing.js'], /path not found: missing\.js/],
    [['migrate', '--format', 'yaml'], /format/],
    [['check', '--format', 'diff'], /format/],
    [['migrate', '--target', 'v3'], /target/],
    [['migrate', '--workers', '0'], /--workers/],
    [['migrate', '--workers', 'many'], /--workers/],
    [['migrate', '--shard', '0/3'], /--shard/],
    [['migrate', '--shard', '4/3'], /--shard/],
    [['migrate', '--shard', 'half'], /--shard/],
    [['check', '--shard', '1/0'], /--shard/],
    [['migrate', '--typecheck'], /project/],
    [['migrate', '--region', 'us-east-1', '--base-path', 'https://api.mypurecloud.com'], /mutually exclusive|region/],
    [['migrate', '--region', 'atlantis'], /unknown region/],
    [['migrate', '--client-id-env', 'ID; rm -rf /'], /--client-id-env/],
    [['migrate', '--base-path', 'not a url'], /--base-path/],
    [['migrate', '--config', 'missing.json'], /--config missing\.json/],
    [['migrate', '--project', 'tsconfig.missing.json'], /--project/],
    [['migrate', '--output', 'no/such/dir/report.json'], /--output/],
    [['migrate', '--scopes'], /scopes/],
  ])('%j', (args, message) => {
    expectUsageError(args as string[], message as RegExp);
  });
});

describe('option values', () => {
  it('accepts --shard 1/1 and processes everything', () => {
    const run = runCli(['migrate', '--dry-run', '--format', 'json', '--shard', '1/1'], cwd);
    expect(run.code).toBe(0);
    expect(parseJsonReport(run).summary.filesScanned).toBe(1);
  });

  it('does not let --scopes or --ignore swallow the paths that follow', () => {
    writeFiles(cwd, { 'other/b.js': 'x' });
    const run = runCli(['migrate', '--dry-run', '--format', 'json', '--scopes', 'a', '--ignore', 'nothing', 'other'], cwd);
    expect(run.code).toBe(0);
    expect(parseJsonReport(run).summary.filesScanned).toBe(1);
  });

  it('takes repeated and comma-separated --scopes [needs the transform]', () => {
    writeFiles(cwd, { 'src/grant.js': GRANT_JS });
    const run = runCli(['migrate', '--dry-run', '--format', 'json', '--scopes', 'a,b', '--scopes', 'c'], cwd);
    expect(parseJsonReport(run).changed).toEqual([{ file: 'src/grant.js', sites: 1, scopes: ['a', 'b', 'c'], scopeSource: 'cli', format: 'builtin', notes: [] }]);
  });
});
