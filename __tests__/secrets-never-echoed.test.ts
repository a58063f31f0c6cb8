import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';
import { assertBuilt, makeTempDir, removeTempDirs, runCli, writeFiles, type CliRun } from './helpers/cli-harness';

/**
 * Distinctive password values planted in every shape the tool meets (rewritten, left for
 * manual review, raw HTTP, unparsable, unwritable) must appear in no report, log line,
 * progress output or error message. The one exception is the `diff` format, which has to
 * carry removed lines to stay applicable: there they may appear, on removed (`-`) lines only.
 */

const SECRETS = {
  inline: 'Zq7-SECRET-hunter-991',
  declared: 'Zq7-SECRET-declared-442',
  body: 'Zq7-SECRET-body-118',
  grantType: 'Zq7-SECRET-granttype-230',
  manual: 'Zq7-SECRET-manual-555',
  http: 'Zq7-SECRET-http-303',
  broken: 'Zq7-SECRET-broken-777',
  readonly: 'Zq7-SECRET-readonly-612',
};
const ALL_SECRETS = Object.values(SECRETS);
const SECRET_PATTERN = /Zq7-SECRET-[a-z]+-\d+/g;

const HEADER = "const platformClient = require('@genesyscloud/genesyscloud');\nconst client = new platformClient.ApiClient();\n";

const FILES: Record<string, string> = {
  'src/inline.js': `${HEADER}async function login() {\n  await client.postOAuthApiToken({ credentials: { username: 'svc', password: '${SECRETS.inline}' } });\n}\n`,
  'src/declared.ts': `${HEADER}const username = "svc";\nconst password = "${SECRETS.declared}";\nexport const login = () => client.postOAuthApiToken({ credentials: { username, password } });\n`,
  'src/body.mjs': `${HEADER}const body = { credentials: { username: 'svc', password: \`${SECRETS.body}\` } };\nexport function login() {\n  return client.postOAuthApiToken(body);\n}\n`,
  'src/grant-type.cjs': `${HEADER}module.exports = () => client.postOAuthApiToken({ grant_type: 'password', username: 'svc', password: '${SECRETS.grantType}' });\n`,
  'src/manual.js': `${HEADER}const creds = buildCredentials('svc', '${SECRETS.manual}');\nmodule.exports = () => client.postOAuthApiToken(creds);\n`,
  'src/http.js': `const axios = require('axios');\nmodule.exports = () => axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=password&username=svc&password=${SECRETS.http}');\n`,
  'src/broken.js': `${HEADER}client.postOAuthApiToken({ credentials: { username: 'svc', password: '${SECRETS.broken}' } ;\n`,
  'src/readonly.js': `${HEADER}client.postOAuthApiToken({ credentials: { username: 'svc', password: '${SECRETS.readonly}' } });\n`,
};

function createProject(): string {
  const root = makeTempDir();
  writeFiles(root, FILES);
  fs.chmodSync(path.join(root, 'src', 'readonly.js'), 0o444);
  return root;
}

function secretsIn(text: string): string[] {
  return [...new Set(text.match(SECRET_PATTERN) ?? [])];
}

/** Everything a run printed or wrote besides the source files. */
function outputsOf(run: CliRun, extraFiles: string[] = []): string {
  return [run.stdout, run.stderr, ...extraFiles.filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file, 'utf8'))].join('\n');
}

/** The planted files really are the shapes meant: each one reaches a report. */
function expectEveryShapeReported(report: any, dryRun: boolean): void {
  const files = [...report.changed.map((entry: { file: string }) => entry.file), ...report.manual.map((entry: { file: string }) => entry.file)];
  expect(files).toEqual(expect.arrayContaining(['src/inline.js', 'src/declared.ts', 'src/body.mjs', 'src/grant-type.cjs', 'src/manual.js']));
  // A dry run writes nothing, so only a writing run meets the read-only file.
  const failing = dryRun ? ['src/broken.js'] : ['src/broken.js', 'src/readonly.js'];
  expect(report.errors.map((entry: { file: string }) => entry.file)).toEqual(expect.arrayContaining(failing));
}

beforeAll(assertBuilt);
afterAll(removeTempDirs);

describe('secrets are never echoed', () => {
  const MIGRATE = ['migrate', '--scopes', 'analytics:readonly'];

  it.each(['text', 'json', 'markdown'])('migrate --dry-run --format %s', (format) => {
    const root = createProject();
    const run = runCli([...MIGRATE, '--dry-run', '--format', format], root);
    expect(run.code).toBe(3);
    expect(run.stdout.length).toBeGreaterThan(0);
    if (format === 'json') expectEveryShapeReported(JSON.parse(run.stdout), true);
    expect(secretsIn(outputsOf(run))).toEqual([]);
  });

  it.each(['text', 'json', 'markdown', 'diff'])('a writing migrate --format %s, report also saved with --output', (format) => {
    const root = createProject();
    const reportFile = path.join(makeTempDir(), `report.${format}`);
    const run = runCli([...MIGRATE, '--format', format, '--output', reportFile], root);
    expect(run.code).toBe(3);
    const saved = fs.readFileSync(reportFile, 'utf8');
    expect(saved.length).toBeGreaterThan(0);
    if (format === 'json') expectEveryShapeReported(JSON.parse(saved), false);
    if (format === 'diff') {
      expect(secretsIn(run.stdout + run.stderr)).toEqual([]);
      expectOnlyOnRemovedLines(saved, [SECRETS.readonly]);
    } else {
      expect(secretsIn(outputsOf(run, [reportFile]))).toEqual([]);
    }
    // The rewritten files no longer hold their secrets (the shapes were really rewritten).
    for (const file of ['src/inline.js', 'src/declared.ts', 'src/body.mjs', 'src/grant-type.cjs', 'src/http.js']) {
      expect(secretsIn(fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
    }
  });

  it('the diff (dry-run default) carries removed secrets on removed lines only, and stays applicable', () => {
    const root = createProject();
    const run = runCli([...MIGRATE, '--dry-run'], root);
    expect(run.code).toBe(3);
    const shown = expectOnlyOnRemovedLines(run.stdout, []);
    expect(shown).toEqual(expect.arrayContaining([SECRETS.inline, SECRETS.declared, SECRETS.body, SECRETS.grantType, SECRETS.readonly]));
    const patch = path.join(makeTempDir(), 'migration.patch');
    fs.writeFileSync(patch, run.stdout);
    expect(spawnSync('git', ['apply', '--check', patch], { cwd: root, encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
    // The follow-up note on stderr lists errors and secrets, never their values.
    expect(secretsIn(run.stderr)).toEqual([]);
  });

  it.each(['text', 'json', 'sarif', 'github', 'markdown'])('check --format %s (with a baseline written)', (format) => {
    const root = createProject();
    const baseline = path.join(makeTempDir(), 'baseline.json');
    const run = runCli(['check', '--format', format, '--update-baseline', baseline], root);
    expect([1, 3]).toContain(run.code);
    // Markdown escapes the dot of a file name (inline\\.js).
    expect(run.stdout).toMatch(/inline\\?\.js/);
    expect(secretsIn(outputsOf(run, [baseline]))).toEqual([]);
  });

  it('progress output on a terminal holds no secret', async () => {
    const root = createProject();
    // Enough files that the progress bar (shown after half a second on a TTY) has time to appear.
    writeFiles(root, Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`more/m${index}.js`, FILES['src/inline.js']])));
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      cwd: root,
      env: { PATH: process.env.PATH },
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: true, columns: 100 },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY: true, columns: 100 },
    };
    for (const argv of [[...MIGRATE, '--dry-run', '--format', 'text'], ['check'], [...MIGRATE, '--format', 'text', '--workers', '1']]) {
      const code = await main(argv, io);
      expect([1, 3]).toContain(code);
    }
    expect(stdout.length).toBeGreaterThan(0);
    expect(secretsIn(stdout + stderr)).toEqual([]);
  });

  it('the --format help of migrate says that only diff holds the removed lines', () => {
    const run = runCli(['migrate', '--help'], makeTempDir());
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(/Only diff shows removed lines, hard-coded passwords included/);
  });
});

/** Every line holding a planted secret is a removed line of the patch; returns the secrets seen. */
function expectOnlyOnRemovedLines(patch: string, alsoUntouched: string[]): string[] {
  const leaking = patch.split('\n').filter((line) => secretsIn(line).length > 0 && !(line.startsWith('-') && !line.startsWith('---')));
  expect(leaking).toEqual([]);
  const seen = secretsIn(patch);
  expect(ALL_SECRETS).toEqual(expect.arrayContaining(seen));
  // Values the run could not rewrite (manual, unparsable, and read-only when writing) never reach the patch.
  for (const untouched of [SECRETS.manual, SECRETS.broken, ...alsoUntouched]) expect(seen).not.toContain(untouched);
  // The raw HTTP grant to a Genesys Cloud login host is rewritten: its password leaves on a removed line.
  if (!alsoUntouched.includes(SECRETS.http)) expect(seen).toContain(SECRETS.http);
  return seen;
}

/**
 * The literal `S3cret` planted where the tool quotes code or cannot rewrite it: a manual-review
 * reason that would quote the awaited call, a parameter default, an env fallback, a template
 * literal and a hard-coded `Authorization: Basic` header. No format of `check` or `migrate`
 * may carry it (the diff only on its own lines of code), and the default parameter value is
 * listed under `secrets`.
 */
describe('literals in quoted code, parameter defaults, fallbacks and Basic headers', () => {
  const PLANTED = /S3cret|UzNjcmV0/;
  const PLANTED_FILES: Record<string, string> = {
    'src/make-creds.js': `${HEADER}async function login() {\n  await client.postOAuthApiToken(await makeCreds('svc', 'S3cret'));\n}\nasync function again() {\n  const creds = await makeCreds('svc', 'S3cret');\n  await client.postOAuthApiToken(creds);\n}\n`,
    'src/default-param.js': `${HEADER}function login(user = 'svc', pw = 'S3cret') {\n  return client.postOAuthApiToken({credentials:{username:user,password:pw}});\n}\nmodule.exports = { login };\n`,
    'src/fallback.js': `${HEADER}async function login() {\n  await client.postOAuthApiToken({ credentials: { username: 'svc', password: process.env.PW || 'S3cret' } });\n}\nasync function templated() {\n  await client.postOAuthApiToken({ credentials: { username: 'svc', password: \`S3cret\${1}\` } });\n}\n`,
    'src/basic.js': [
      "const axios = require('axios');",
      'module.exports = (pw) => axios.post(',
      "  'https://login.mypurecloud.com/oauth/token',",
      "  'grant_type=password&username=svc&password=' + pw,",
      "  { headers: { Authorization: 'Basic UzNjcmV0OlMzY3JldA==' } },",
      ');',
      "module.exports.b = () => fetch('https://login.mypurecloud.com/oauth/token', {",
      "  method: 'POST',",
      "  headers: { Authorization: `Basic ${'UzNjcmV0'}` },",
      "  body: new URLSearchParams({ grant_type: 'password', username: 'u', password: 'S3cret' }),",
      '});',
      '',
    ].join('\n'),
  };

  function plantedProject(): string {
    const root = makeTempDir();
    writeFiles(root, PLANTED_FILES);
    return root;
  }

  it.each(['text', 'json', 'markdown', 'sarif', 'github'])('check --format %s', (format) => {
    const run = runCli(['check', '--format', format], plantedProject());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/make-creds/);
    expect(run.stdout + run.stderr).not.toMatch(PLANTED);
  });

  it.each(['text', 'json', 'markdown'])('migrate --dry-run --format %s', (format) => {
    const run = runCli(['migrate', '--dry-run', '--scopes', 'a:b', '--format', format], plantedProject());
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(PLANTED);
    if (format === 'json') {
      const report = JSON.parse(run.stdout);
      // The awaited makeCreds calls are left for a person, and their reasons quote no literal.
      const reasons = report.manual.filter((entry: { file: string }) => entry.file === 'src/make-creds.js');
      expect(reasons).toHaveLength(2);
      for (const entry of reasons) expect(entry.reason).toMatch(/makeCreds\('…', '…'\)/);
      expect(report.secrets).toEqual(expect.arrayContaining([{ file: 'src/default-param.js', line: 3, kind: 'password' }]));
      expect(report.secrets).toEqual(expect.arrayContaining([{ file: 'src/fallback.js', line: 4, kind: 'password' }]));
    }
    if (format === 'markdown') {
      // The rewritten files really are in the comment, with their literals hidden.
      expect(run.stdout).toContain("function login(user = '<redacted>', pw = '<redacted>')");
      expect(run.stdout).toContain("Authorization: '<redacted>'");
    }
  });

  it('migrate --format diff: the stderr note holds no literal; the patch shows them only on lines of the files', () => {
    const root = plantedProject();
    const run = runCli(['migrate', '--dry-run', '--scopes', 'a:b', '--format', 'diff'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Manual review/);
    expect(run.stderr).not.toMatch(PLANTED);
    const fileLines = new Set(Object.values(PLANTED_FILES).flatMap((text) => text.split('\n')));
    for (const line of run.stdout.split('\n').filter((text) => PLANTED.test(text))) {
      // A removed or context line is a line of the file; an added line only carries the client's own header over.
      if (line.startsWith('+')) expect(line).toMatch(/Authorization/);
      else expect(fileLines.has(line.slice(1))).toBe(true);
    }
  });
});
