import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { assertBuilt, makeTempDir, parseJsonReport, readFile, removeTempDirs, REPO_ROOT, runCli } from './helpers/cli-harness';

/**
 * `--project` and `--typecheck` through the built command line, on a copy of the fixture
 * TypeScript project (never on __testfixtures__ itself).
 */

const FIXTURE = path.join(REPO_ROOT, '__testfixtures__', 'ts-project');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SCOPES = ['--scopes', 'analytics:readonly'];

beforeAll(() => assertBuilt());
afterEach(() => removeTempDirs());

function copyFixture(): string {
  const dir = makeTempDir();
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Every file of the copy, to show that a dry run writes nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
  }
  return files;
}

function tscNoEmit(dir: string) {
  return spawnSync(process.execPath, [TSC, '--noEmit', '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
}

interface Entry {
  file: string;
  mode?: string;
  reason?: string;
}

const files = (entries: Entry[]) => entries.map((entry) => entry.file);

test('the fixture project compiles before migration', () => {
  const result = tscNoEmit(copyFixture());
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('per-file mode lists the cross-module sites for manual review and has no mode field', () => {
  const dir = copyFixture();
  const run = runCli(['migrate', '.', ...SCOPES, '--dry-run', '--format', 'json'], dir);
  expect(run.code).toBe(0);
  const report = parseJsonReport(run);
  const manual = report.manual as Entry[];
  expect(files(manual)).toEqual(['src/legacy-login.ts', 'src/login-service.ts']);
  expect(manual[1].reason).toMatch(/`serviceAccount` is imported from '\.\/credentials'/);
  // per file, the test double cannot be told from the SDK
  expect(files(report.changed)).toContain('src/fake-login.ts');
  expect(report.changed[0]).not.toHaveProperty('mode');
});

test('--project --dry-run: cross-module sites become fixable, the fake client is left alone, each file says its mode, nothing is written', () => {
  const dir = copyFixture();
  const before = snapshot(dir);
  const run = runCli(['migrate', '.', ...SCOPES, '--dry-run', '--format', 'json', '--project', 'tsconfig.json'], dir);
  expect(run.code).toBe(0);
  const report = parseJsonReport(run);
  expect(report.changed.map((entry: Entry) => [entry.file, entry.mode])).toEqual([
    ['scripts/outside.js', 'file'],
    ['src/legacy-job.js', 'project'],
    ['src/legacy-login.ts', 'project'],
    ['src/login-service.ts', 'project'],
    ['src/report-service.ts', 'project'],
    ['src/token-consumer.ts', 'project'],
  ]);
  expect(report.manual).toEqual([]);
  expect(run.stderr).toMatch(/type-aware mode: loaded \d+ file\(s\) of .*tsconfig\.json in \d+ ms \(ts-morph \d+ ms, Project and type checker \d+ ms; once for the run\)/);
  expect(snapshot(dir)).toEqual(before);
});

test('the text report marks each file with the analysis it got', () => {
  const dir = copyFixture();
  const run = runCli(['migrate', '.', ...SCOPES, '--dry-run', '--format', 'text', '--project', 'tsconfig.json'], dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/would change\s+src\/login-service\.ts\s+1 site.*\[type-aware\]/);
  expect(run.stdout).toMatch(/would change\s+scripts\/outside\.js\s+1 site.*\[per file: outside the tsconfig\]/);
});

test('--project rewrites the cross-module site, removes the import it leaves unused, and leaves the exporting module alone', () => {
  const dir = copyFixture();
  const credentials = readFile(dir, 'src/credentials.ts');
  const run = runCli(['migrate', '.', ...SCOPES, '--format', 'json', '--project', 'tsconfig.json'], dir);
  expect(run.code).toBe(0);
  const loginService = readFile(dir, 'src/login-service.ts');
  expect(loginService).not.toContain('serviceAccount');
  expect(loginService).not.toContain('postOAuthApiToken');
  expect(loginService).toContain('await gc.loginClientCredentials(');
  expect(loginService.startsWith("import { createClient } from './client-factory';\n\nconst gc = createClient();")).toBe(true);
  expect(readFile(dir, 'src/credentials.ts')).toBe(credentials);
  expect(readFile(dir, 'src/fake-login.ts')).toBe(fs.readFileSync(path.join(FIXTURE, 'src/fake-login.ts'), 'utf8'));
});

test('--typecheck refuses the rewrite that breaks compilation, lists it with the diagnostic, writes the rest; the project then compiles', () => {
  const dir = copyFixture();
  const consumer = readFile(dir, 'src/token-consumer.ts');
  const run = runCli(['migrate', '.', ...SCOPES, '--format', 'json', '--project', 'tsconfig.json', '--typecheck'], dir);
  expect(run.code).toBe(0);
  const report = parseJsonReport(run);
  expect(files(report.changed)).toEqual([
    'scripts/outside.js',
    'src/legacy-job.js',
    'src/legacy-login.ts',
    'src/login-service.ts',
    'src/report-service.ts',
  ]);
  expect(report.manual).toEqual([
    {
      file: 'src/token-consumer.ts',
      line: 7,
      column: 23,
      reason: expect.stringMatching(
        /^the rewrite adds type errors, so it was not written.*src\/token-consumer\.ts\(\d+,\d+\): error TS2551: Property 'access_token' does not exist on type 'AuthData'/,
      ),
      mode: 'project',
    },
  ]);
  // a refused rewrite removes no secret, so none is listed for that file
  expect(report.secrets.map((secret: Entry) => secret.file)).not.toContain('src/token-consumer.ts');
  expect(readFile(dir, 'src/token-consumer.ts')).toBe(consumer);

  const compiled = tscNoEmit(dir);
  expect(compiled.stdout + compiled.stderr).toBe('');
  expect(compiled.status).toBe(0);

  // a second run has nothing left to do but the refused site
  const again = parseJsonReport(runCli(['migrate', '.', ...SCOPES, '--format', 'json', '--project', 'tsconfig.json', '--typecheck'], dir));
  expect(again.changed).toEqual([]);
  expect(files(again.manual)).toEqual(['src/token-consumer.ts']);
});

test('without --typecheck the breaking rewrite is written and tsc fails: the fixture really breaks', () => {
  const dir = copyFixture();
  expect(runCli(['migrate', '.', ...SCOPES, '--format', 'json', '--project', 'tsconfig.json'], dir).code).toBe(0);
  const compiled = tscNoEmit(dir);
  expect(compiled.status).not.toBe(0);
  expect(compiled.stdout).toMatch(/src\/token-consumer\.ts\(\d+,\d+\): error TS2551/);
});

test('--typecheck works with --dry-run: the refusal is reported and nothing is written', () => {
  const dir = copyFixture();
  const before = snapshot(dir);
  const run = runCli(['migrate', '.', ...SCOPES, '--dry-run', '--format', 'json', '--project', 'tsconfig.json', '--typecheck'], dir);
  expect(run.code).toBe(0);
  const report = parseJsonReport(run);
  expect(files(report.manual)).toEqual(['src/token-consumer.ts']);
  expect(files(report.changed)).not.toContain('src/token-consumer.ts');
  expect(snapshot(dir)).toEqual(before);
});

test('--typecheck without --project is a usage error (exit 2)', () => {
  const dir = copyFixture();
  const run = runCli(['migrate', '.', ...SCOPES, '--typecheck'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/project/);
});

test('a --project that does not exist is a usage error (exit 2)', () => {
  const dir = copyFixture();
  const run = runCli(['migrate', '.', ...SCOPES, '--project', 'missing/tsconfig.json'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--project missing\/tsconfig\.json/);
});

test('check --project: the same facts confirm the cross-module grants and drop the fake client', () => {
  const dir = copyFixture();
  const perFile = parseJsonReport(runCli(['check', '.', '--format', 'json'], dir));
  const typed = parseJsonReport(runCli(['check', '.', '--format', 'json', '--project', 'tsconfig.json'], dir));
  const byFile = (report: { findings: { file: string; rule: string; fixable: boolean }[] }) =>
    Object.fromEntries(report.findings.map((finding) => [finding.file, `${finding.rule}${finding.fixable ? ' (fixable)' : ''}`]));
  expect(byFile(perFile)).toMatchObject({
    'src/fake-login.ts': 'sdk-password-grant (fixable)',
    'src/login-service.ts': 'unverified-token-request',
    'src/legacy-login.ts': 'unverified-token-request',
  });
  const typedFindings = byFile(typed);
  expect(typedFindings).not.toHaveProperty('src/fake-login.ts');
  expect(typedFindings).toMatchObject({
    'src/login-service.ts': 'sdk-password-grant (fixable)',
    'src/legacy-login.ts': 'sdk-password-grant (fixable)',
  });
});
