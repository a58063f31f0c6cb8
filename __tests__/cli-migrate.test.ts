import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  assertBuilt,
  BROKEN_JS,
  git,
  GRANT_JS,
  initCommittedRepo,
  makeTempDir,
  parseJsonReport,
  PLAIN_JS,
  readFile,
  removeTempDirs,
  REPO_ROOT,
  runCli,
  writeFiles,
} from './helpers/cli-harness';

// Tests marked [needs the transform] assert real rewrites; the rest hold for any transform.

beforeAll(assertBuilt);
afterAll(removeTempDirs);

const SCOPES = ['--scopes', 'analytics:readonly'];
const GRANT_TS = GRANT_JS.replace("require('@genesyscloud/genesyscloud')", "require('purecloud-platform-client-v2')");

function expectRewritten(text: string) {
  expect(text).toContain('client.init(');
  expect(text).toContain('client.loginClientCredentials(');
  expect(text).not.toContain('postOAuthApiToken');
  expect(text).not.toContain('hunter2-secret');
}

/** A small service: two files to rewrite, one plain file, one in a folder git ignores. */
function writeService(root: string): void {
  writeFiles(root, {
    '.gitignore': 'dist/\n',
    'src/login.js': GRANT_JS,
    'src/session.ts': GRANT_TS,
    'src/util.js': PLAIN_JS,
    'dist/bundle.js': GRANT_JS,
  });
}

function snapshotTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

describe('JSON report', () => {
  it('has exactly the keys of the contract, with paths relative to the cwd', () => {
    const root = makeTempDir();
    writeService(root);
    const run = runCli(['migrate', '.', '--dry-run', '--format', 'json', ...SCOPES], root);
    const report = parseJsonReport(run);
    expect(Object.keys(report)).toEqual(['version', 'changed', 'manual', 'secrets', 'errors', 'skipped', 'checklist', 'userContext', 'scopeInference', 'summary']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary)).toEqual([
      'filesScanned', 'filesParsed', 'filesChanged', 'sitesRewritten', 'manual', 'errors', 'skipped',
    ]);
    for (const key of ['changed', 'manual', 'secrets', 'errors', 'skipped']) expect(Array.isArray(report[key])).toBe(true);
    // src/login.js, src/session.ts, src/util.js: dist/ is ignored by .gitignore
    expect(report.summary.filesScanned).toBe(3);
    expect(report.summary.filesParsed).toBe(2);
    expect(run.code).toBe(0);
  });

  it('lists the rewrites, secrets and counts [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    const report = parseJsonReport(runCli(['migrate', '--dry-run', '--format', 'json', ...SCOPES], root));
    expect(report.changed).toEqual([
      { file: 'src/login.js', sites: 1, scopes: ['analytics:readonly'], scopeSource: 'cli', format: 'builtin', notes: [] },
      { file: 'src/session.ts', sites: 1, scopes: ['analytics:readonly'], scopeSource: 'cli', format: 'builtin', notes: [] },
    ]);
    expect(report.secrets).toEqual(
      expect.arrayContaining([
        { file: 'src/login.js', line: 4, kind: 'password' },
        { file: 'src/session.ts', line: 4, kind: 'password' },
      ]),
    );
    expect(report.summary).toMatchObject({ filesChanged: 2, sitesRewritten: 2, errors: 0 });
  });

  it('is identical with --workers 1 and --workers 4', () => {
    const root = makeTempDir();
    for (let index = 0; index < 30; index++) {
      writeFiles(root, {
        [`pkg${index % 5}/grant-${index}.js`]: GRANT_JS,
        [`pkg${index % 5}/plain-${index}.ts`]: PLAIN_JS,
        [`pkg${index % 5}/broken-${index}.js`]: index % 10 === 0 ? BROKEN_JS : PLAIN_JS,
      });
    }
    const one = runCli(['migrate', '--dry-run', '--format', 'json', '--workers', '1', ...SCOPES], root);
    const four = runCli(['migrate', '--dry-run', '--format', 'json', '--workers', '4', ...SCOPES], root);
    expect(four.stdout).toBe(one.stdout);
    expect(four.code).toBe(one.code);
    expect(parseJsonReport(one).summary.filesScanned).toBe(90);
  });

  it('lists huge files and minified bundles as skipped', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'big.js': `// postOAuthApiToken\n${'x'.repeat(2 * 1024 * 1024)}\n`,
      'vendor/sdk.min.js': GRANT_JS,
      'vendor/bundle.js': `!function(){${'var a=1;'.repeat(1000)}client.postOAuthApiToken({})}();`,
      'ok.js': PLAIN_JS,
    });
    const report = parseJsonReport(runCli(['migrate', '--dry-run', '--format', 'json'], root));
    expect(report.skipped.map((entry: { file: string }) => entry.file)).toEqual(['big.js', 'vendor/bundle.js', 'vendor/sdk.min.js']);
    expect(report.skipped[0].reason).toMatch(/2 MB/);
    expect(report.skipped[1].reason).toMatch(/minified/);
    expect(report.summary).toMatchObject({ filesScanned: 1, skipped: 3 });
  });

  it('writes the report to --output and nothing to stdout', () => {
    const root = makeTempDir();
    writeService(root);
    const run = runCli(['migrate', '--dry-run', '--format', 'json', '--output', 'report.json', ...SCOPES], root, { FORCE_COLOR: '1' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFile(root, 'report.json')).version).toBe(1);
  });
});

describe('dry run', () => {
  it('writes nothing, in git and non-git trees', () => {
    for (const useGit of [false, true]) {
      const root = makeTempDir();
      writeService(root);
      if (useGit) initCommittedRepo(root);
      const before = snapshotTree(root);
      for (const format of ['diff', 'text', 'json', 'markdown']) {
        const run = runCli(['migrate', '--dry-run', '--format', format, ...SCOPES], root);
        expect(run.code).toBe(0);
      }
      expect(snapshotTree(root)).toEqual(before);
    }
  });

  it('ignores uncommitted changes (it writes nothing)', () => {
    const root = makeTempDir();
    writeService(root);
    initCommittedRepo(root);
    writeFiles(root, { 'src/util.js': `${PLAIN_JS}// edited\n` });
    expect(runCli(['migrate', '--dry-run', ...SCOPES], root).code).toBe(0);
  });

  it('prints a diff that git apply accepts, equal to what a real run writes [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    writeFiles(root, { 'src/crlf.js': GRANT_JS.replace(/\n/g, '\r\n'), 'src/no-final-newline.js': GRANT_JS.trimEnd() });
    initCommittedRepo(root);
    const run = runCli(['migrate', '--dry-run', ...SCOPES], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^diff --git a\/src\/crlf\.js b\/src\/crlf\.js\n--- a\/src\/crlf\.js\n\+\+\+ b\/src\/crlf\.js\n@@ /);
    expect(run.stdout).not.toContain('\u001b[');
    fs.writeFileSync(path.join(root, '..', `${path.basename(root)}.patch`), run.stdout);
    const patchFile = path.join(root, '..', `${path.basename(root)}.patch`);
    git(root, 'apply', '--check', patchFile);

    git(root, 'apply', patchFile);
    const applied = snapshotTree(root);
    git(root, 'checkout', '--', '.');
    expect(runCli(['migrate', ...SCOPES], root).code).toBe(0);
    expect(snapshotTree(root)).toEqual(applied);
    expectRewritten(readFile(root, 'src/login.js'));
    fs.rmSync(patchFile);
  });

  it('colours the diff only when asked and never with NO_COLOR [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    expect(runCli(['migrate', '--dry-run', ...SCOPES], root).stdout).not.toContain('\u001b[');
    expect(runCli(['migrate', '--dry-run', ...SCOPES], root, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(runCli(['migrate', '--dry-run', ...SCOPES], root, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('prints a Markdown PR comment without the secret values [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    const run = runCli(['migrate', '--dry-run', '--format', 'markdown', ...SCOPES], root);
    expect(run.stdout).toMatch(/\| Files scanned \| 3 \|/);
    expect(run.stdout).toContain('### Secrets to rotate');
    expect(run.stdout).toContain('<code>src/login.js:4</code>');
    expect(run.stdout).toMatch(/<details><summary><code>src\/login\.js<\/code>/);
    expect(run.stdout).toContain('```diff\ndiff --git a/src/login.js b/src/login.js');
    expect(run.stdout).toContain("'<redacted>'");
    expect(run.stdout).not.toContain('hunter2-secret');
    expect(run.stdout).not.toContain('svc-user');
  });
});

describe('writing', () => {
  it('rewrites files in a tree outside git, keeps the mode and leaves other files byte-for-byte [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    fs.chmodSync(path.join(root, 'src/login.js'), 0o755);
    const plainBefore = fs.statSync(path.join(root, 'src/util.js'));
    const run = runCli(['migrate', ...SCOPES], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/changed {2}src\/login\.js/);
    expectRewritten(readFile(root, 'src/login.js'));
    expectRewritten(readFile(root, 'src/session.ts'));
    expect(fs.statSync(path.join(root, 'src/login.js')).mode & 0o777).toBe(0o755);
    expect(readFile(root, 'dist/bundle.js')).toBe(GRANT_JS);
    expect(fs.statSync(path.join(root, 'src/util.js')).mtimeMs).toBe(plainBefore.mtimeMs);
    expect(fs.readdirSync(path.join(root, 'src')).sort()).toEqual(['login.js', 'session.ts', 'util.js']);
  });

  it('never touches a file without a change', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': PLAIN_JS, 'b.js': '// mentions postOAuthApiToken only in a comment\n' });
    const before = [fs.statSync(path.join(root, 'a.js')).mtimeMs, fs.statSync(path.join(root, 'b.js')).mtimeMs];
    const run = runCli(['migrate', ...SCOPES], root);
    expect(run.code).toBe(0);
    expect([fs.statSync(path.join(root, 'a.js')).mtimeMs, fs.statSync(path.join(root, 'b.js')).mtimeMs]).toEqual(before);
  });

  it('is idempotent: a second run changes nothing [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    expect(runCli(['migrate', ...SCOPES], root).code).toBe(0);
    const after = snapshotTree(root);
    const second = parseJsonReport(runCli(['migrate', '--format', 'json', ...SCOPES], root));
    expect(second.changed).toEqual([]);
    expect(snapshotTree(root)).toEqual(after);
  });
});

describe('git work tree with uncommitted changes', () => {
  it('is refused with exit 2 naming --force, writing nothing; --force writes [needs the transform for the second half]', () => {
    const root = makeTempDir();
    writeService(root);
    initCommittedRepo(root);
    writeFiles(root, { 'src/util.js': `${PLAIN_JS}// work in progress\n` });
    const before = snapshotTree(root);

    const refused = runCli(['migrate', ...SCOPES], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).toContain('src/util.js');
    expect(snapshotTree(root)).toEqual(before);

    const forced = runCli(['migrate', '--force', ...SCOPES], root);
    expect(forced.code).toBe(0);
    expect(readFile(root, 'src/util.js')).toBe(`${PLAIN_JS}// work in progress\n`);
    expectRewritten(readFile(root, 'src/login.js'));
  });

  it('counts an untracked file as uncommitted', () => {
    const root = makeTempDir();
    writeService(root);
    initCommittedRepo(root);
    writeFiles(root, { 'notes.txt': 'new' });
    const run = runCli(['migrate', ...SCOPES], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notes.txt');
  });

  it('writes into a clean work tree [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    initCommittedRepo(root);
    expect(runCli(['migrate', ...SCOPES], root).code).toBe(0);
    expect(git(root, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M src/login.js', ' M src/session.ts']);
  });
});

describe('what each command parses', () => {
  it('migrate parses only files that call the SDK or name a grant type and a Genesys login host; check also parses raw token requests', () => {
    const root = makeTempDir();
    writeFiles(root, {
      // a raw HTTP password grant to Genesys Cloud: migrate rewrites it, check reports it
      'http.js': "axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=password&username=u&password=p');\n",
      // names a grant type (no Genesys host) and does not parse: an error for check only
      'broken.js': "const body = 'grant_type=password' +;\n",
      'plain.js': PLAIN_JS,
    });
    const migrate = runCli(['migrate', '--dry-run', '--format', 'json', ...SCOPES], root);
    expect(migrate.code).toBe(0);
    expect(parseJsonReport(migrate).summary).toMatchObject({ filesScanned: 3, filesParsed: 1, filesChanged: 1, errors: 0 });

    const check = runCli(['check', '--format', 'json'], root);
    expect(check.code).toBe(1);
    const report = parseJsonReport(check);
    expect(report.summary).toMatchObject({ filesScanned: 3, filesParsed: 2, findings: 1, errors: 1 });
    expect(report.findings.map((finding: { file: string; rule: string }) => [finding.file, finding.rule])).toEqual([['http.js', 'http-password-grant']]);
    expect(report.errors.map((error: { file: string }) => error.file)).toEqual(['broken.js']);
  });
});

describe('files that cannot be parsed', () => {
  it('are reported with path and parser message, exit 3, while the others are written [needs the transform]', () => {
    const root = makeTempDir();
    writeService(root);
    writeFiles(root, { 'src/broken.js': BROKEN_JS });
    const run = runCli(['migrate', '--format', 'json', ...SCOPES], root);
    expect(run.code).toBe(3);
    const report = parseJsonReport(run);
    expect(report.errors).toEqual([{ file: 'src/broken.js', message: expect.stringMatching(/Unexpected token/) }]);
    expect(report.summary.errors).toBe(1);
    expect(readFile(root, 'src/broken.js')).toBe(BROKEN_JS);
    expectRewritten(readFile(root, 'src/login.js'));
  });

  it('an unreadable file is an error with its path; the run goes on (exit 3)', () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const root = makeTempDir();
    writeFiles(root, { 'secret.js': GRANT_JS, 'ok.js': PLAIN_JS });
    fs.chmodSync(path.join(root, 'secret.js'), 0o000);
    const run = runCli(['migrate', '--dry-run', '--format', 'json'], root);
    fs.chmodSync(path.join(root, 'secret.js'), 0o644);
    expect(run.code).toBe(3);
    const report = parseJsonReport(run);
    expect(report.errors).toEqual([{ file: 'secret.js', message: expect.stringMatching(/cannot read/) }]);
    expect(report.summary.filesScanned).toBe(1);
  });
});

describe('symlinks', () => {
  it('processes a symlinked folder once [the count holds for any transform]', () => {
    const root = makeTempDir();
    writeFiles(root, { 'lib/login.js': GRANT_JS, 'lib/util.js': PLAIN_JS });
    fs.symlinkSync(path.join(root, 'lib'), path.join(root, 'lib-link'), 'dir');
    const report = parseJsonReport(runCli(['migrate', '--dry-run', '--format', 'json', ...SCOPES], root));
    expect(report.summary.filesScanned).toBe(2);
    expect(report.summary.filesChanged).toBeLessThanOrEqual(1);
  });

  it('writes through a symlinked file to its target, keeping the link [needs the transform]', () => {
    const root = makeTempDir();
    writeFiles(root, { 'real/login.js': GRANT_JS });
    fs.symlinkSync(path.join(root, 'real', 'login.js'), path.join(root, 'link.js'));
    expect(runCli(['migrate', 'link.js', ...SCOPES], root).code).toBe(0);
    expect(fs.lstatSync(path.join(root, 'link.js')).isSymbolicLink()).toBe(true);
    expectRewritten(readFile(root, 'real/login.js'));
  });
});

describe('--shard', () => {
  it('splits the files into disjoint slices that cover them all', () => {
    const root = makeTempDir();
    for (let index = 0; index < 20; index++) writeFiles(root, { [`src/file-${index}.js`]: index % 4 === 0 ? GRANT_JS : PLAIN_JS });
    const full = parseJsonReport(runCli(['migrate', '--dry-run', '--format', 'json', ...SCOPES], root));
    const slices = [1, 2, 3].map((index) =>
      parseJsonReport(runCli(['migrate', '--dry-run', '--format', 'json', '--shard', `${index}/3`, ...SCOPES], root)),
    );
    expect(slices.reduce((sum, slice) => sum + slice.summary.filesScanned, 0)).toBe(full.summary.filesScanned);
    const changed = slices.flatMap((slice) => slice.changed.map((entry: { file: string }) => entry.file)).sort();
    expect(changed).toEqual(full.changed.map((entry: { file: string }) => entry.file));
    for (const slice of slices) expect(slice.summary.filesScanned).toBeGreaterThan(0);
  });
});

describe('text output and progress', () => {
  it('prints a summary, and no progress bar when stderr is not a terminal', () => {
    const root = makeTempDir();
    writeService(root);
    const run = runCli(['migrate', '--dry-run', '--format', 'text', ...SCOPES], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/3 files scanned, 2 parsed/);
    expect(run.stdout).toContain('dry run: nothing written');
    expect(run.stderr).toBe('');
  });
});

describe('npm run demo', () => {
  const example = path.join(REPO_ROOT, 'examples', 'legacy-service');
  const runDemo = () => spawnSync('npm', ['run', '--silent', 'demo'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });

  (fs.existsSync(example) ? it : it.skip)('writes nothing to the example', () => {
    const before = snapshotTree(example);
    const run = runDemo();
    expect([0, 3]).toContain(run.status);
    expect(snapshotTree(example)).toEqual(before);
  });

  (fs.existsSync(example) ? it : it.skip)('prints a diff of the example [needs scopes from the configuration or inference]', () => {
    expect(runDemo().stdout).toContain('diff --git a/examples/legacy-service/');
  });

  (fs.existsSync(example) ? it : it.skip)('shows the getUsersMe call that fails after the switch, and the least-privilege role', () => {
    const { stderr } = runDemo();
    expect(stderr).toContain('These calls will fail after the switch');
    expect(stderr).toMatch(/src\/lib\/users\.ts:6:\d+ +UsersApi\.getUsersMe \(confidence high\)/);
    expect(stderr).toMatch(/directory:user:edit ← UsersApi\.patchUser/);
    expect(stderr).toMatch(/routing:queue:view ← RoutingApi\.getRoutingQueues/);
    expect(stderr).not.toMatch(/\badmin\b ←/);
  });
});
