import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import '@microsoft/jest-sarif';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';
import { loadJsonConfigSync } from '../src/config/load-json-config';
import { assertBuilt, git, GRANT_JS, initCommittedRepo, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/**
 * Attacks a pull request can make on `check` (run in CI on strangers' pull requests, its
 * output posted on them) and on `migrate`, each performed end to end through the real bin:
 * every test fails if its attack works (issue 18).
 */

beforeAll(assertBuilt);
afterAll(removeTempDirs);

const GRANT_LINE = "client.postOAuthApiToken({ credentials: { username: 'svc', password: 'pw-value' } });";
const HEADER = "const platformClient = require('@genesyscloud/genesyscloud');\nconst client = new platformClient.ApiClient();\n";

/** Lines a GitHub runner would take for a workflow command (it trims leading blanks), or `##[` ones. */
function workflowCommandLines(text: string): string[] {
  return text.split(/\r?\n|\r|\u2028|\u2029/).filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

function expectNoRawControl(text: string): void {
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
}

describe('1. configuration code is never executed implicitly', () => {
  const JS_CONFIG = (marker: string) => `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { scopes: ['a:b'] };\n`;

  it.each(['password-grant-codemod.config.js', 'password-grant-codemod.config.cjs', 'password-grant-codemod.config.mjs'])(
    'a %s found by the search is exit 2, is not run, and the message says how to trust it',
    (name) => {
      const root = makeTempDir();
      const marker = path.join(makeTempDir(), 'ran');
      const content = name.endsWith('.mjs') ? `import fs from 'fs'; fs.writeFileSync(${JSON.stringify(marker)}, 'ran'); export default {};\n` : JS_CONFIG(marker);
      writeFiles(root, { 'a.js': GRANT_JS, [name]: content, 'sub/b.js': GRANT_JS });
      for (const args of [['check', '.'], ['migrate', '--dry-run', '.'], ['check', 'sub']]) {
        const run = runCli(args, root);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(name);
        expect(run.stderr).toContain(`--config ${name}`);
        expect(fs.existsSync(marker)).toBe(false);
      }
      // Named with --config, it is trusted and loaded.
      const trusted = runCli(['check', '.', '--config', name], root);
      expect(trusted.code).toBe(1);
      expect(fs.existsSync(marker)).toBe(true);
    },
  );

  it('JSON configuration and the package.json key keep working', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, 'password-grant-codemod.config.json': JSON.stringify({ ignore: ['a.js'] }) });
    expect(runCli(['check', '.'], root).code).toBe(0);
    const other = makeTempDir();
    writeFiles(other, { 'a.js': GRANT_JS, 'package.json': JSON.stringify({ name: 'x', passwordGrantCodemod: { ignore: ['a.js'] } }) });
    expect(runCli(['check', '.'], other).code).toBe(0);
  });

  it('a configuration nested 100,000 levels deep is exit 2 with a message, not a crash', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, '.password-grant-codemod.json': `{"scopes":${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    const run = runCli(['check', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nested 100001 levels deep/);
    expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });
});

describe('2. --output never follows a link and never lands on an input', () => {
  it('a committed link at the --output name is replaced; its target outside the tree is untouched', () => {
    const outside = makeTempDir();
    const victim = path.join(outside, 'victim.txt');
    fs.writeFileSync(victim, 'precious\n');
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS });
    fs.symlinkSync(victim, path.join(root, 'password-grant.sarif'));
    initCommittedRepo(root);
    const run = runCli(['check', '.', '--format', 'sarif', '--output', 'password-grant.sarif'], root);
    expect(run.code).toBe(1);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(fs.lstatSync(path.join(root, 'password-grant.sarif')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFile(root, 'password-grant.sarif')).version).toBe('2.1.0');
  });

  it.each([
    ['a scanned source file', 'src/a.js'],
    ['a file inside .git', '.git/hooks/post-checkout'],
    ['the baseline', 'baseline.json'],
  ])('a target that is %s is exit 2 and nothing is written', (_what, target) => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': GRANT_JS, 'baseline.json': '{"version":1,"findings":[]}\n' });
    initCommittedRepo(root);
    const before = fs.existsSync(path.join(root, target)) ? readFile(root, target) : null;
    const run = runCli(['check', '.', '--baseline', 'baseline.json', '--output', target], root);
    expect(run.code).toBe(2);
    expect(fs.existsSync(path.join(root, target)) ? readFile(root, target) : null).toBe(before);
    const migrate = runCli(['migrate', '--scopes', 'a:b', '--output', 'src/a.js'], root);
    expect(migrate.code).toBe(2);
    expect(readFile(root, 'src/a.js')).toBe(GRANT_JS);
  });

  it('a full disk while the report is written leaves the previous report whole, and no temp file', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, 'report.json': 'previous report\n' });
    const open = fs.promises.open;
    const spy = jest.spyOn(fs.promises, 'open').mockImplementation(async (file, flags, mode) => {
      const handle = await open(file as string, flags as string, mode as number);
      if (!String(file).includes('.pgc-')) return handle;
      // The disk fills half way through the report.
      const failing = Object.create(handle) as typeof handle;
      failing.writeFile = async (data: unknown) => {
        await handle.write(String(data).slice(0, 10));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      failing.close = () => handle.close();
      return failing;
    });
    let stderr = '';
    const io: CliIo = { cwd: root, env: {}, stdout: { write: () => true }, stderr: { write: (chunk: string) => (stderr += chunk) } };
    try {
      expect(await main(['check', '.', '--format', 'json', '--output', 'report.json', '--workers', '1'], io)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(stderr).toMatch(/cannot write the report to report\.json: ENOSPC/);
    expect(readFile(root, 'report.json')).toBe('previous report\n');
    expect(fs.readdirSync(root).sort()).toEqual(['a.js', 'report.json']);
  });
});

describe('3. migrate never writes through a symbolic link', () => {
  it.each([true, false])('a link to a file outside (git work tree: %s) is skipped with a reason; the outside file is untouched', (useGit) => {
    const outside = makeTempDir();
    writeFiles(outside, { 'victim.js': GRANT_JS, 'folder/inner.js': GRANT_JS });
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, 'real.js': GRANT_JS });
    fs.symlinkSync(path.join(outside, 'victim.js'), path.join(root, 'link.js'));
    fs.symlinkSync(path.join(outside, 'folder'), path.join(root, 'linked-folder'));
    fs.symlinkSync('real.js', path.join(root, 'inside-link.js'));
    if (useGit) initCommittedRepo(root);
    const run = runCli(['migrate', '--scopes', 'a:b', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.skipped).toEqual(expect.arrayContaining([{ file: 'link.js', reason: expect.stringMatching(/outside/) }]));
    if (!useGit) expect(report.skipped).toEqual(expect.arrayContaining([{ file: 'linked-folder/inner.js', reason: expect.stringMatching(/outside/) }]));
    expect(readFile(outside, 'victim.js')).toBe(GRANT_JS);
    expect(readFile(outside, 'folder/inner.js')).toBe(GRANT_JS);
    // Inside the tree, the real file is written and the link stays a link.
    expect(readFile(root, 'real.js')).not.toBe(GRANT_JS);
    expect(fs.lstatSync(path.join(root, 'inside-link.js')).isSymbolicLink()).toBe(true);
    expect(report.changed.map((entry: { file: string }) => entry.file).sort()).toEqual(['a.js', 'real.js']);
  });

  it('a configuration or baseline linked to a file outside the tree is exit 2, and none of its bytes is printed', () => {
    const outside = makeTempDir();
    fs.writeFileSync(path.join(outside, 'host-secret'), 'TOPSECRET-HOST-FILE-CONTENT {"not": json\n');
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS });
    fs.symlinkSync(path.join(outside, 'host-secret'), path.join(root, '.password-grant-codemod.json'));
    fs.symlinkSync(path.join(outside, 'host-secret'), path.join(root, 'baseline.json'));
    for (const args of [['check', '.'], ['check', '.', '--config', '.password-grant-codemod.json'], ['migrate', '--dry-run', '.']]) {
      const run = runCli(args, root);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(/TOPSECRET|not": json/);
    }
    fs.rmSync(path.join(root, '.password-grant-codemod.json'));
    const run = runCli(['check', '.', '--baseline', 'baseline.json'], root);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/TOPSECRET|not": json/);
  });

  it('the ESLint plugin reads its JSON configuration through the same guard: a link outside or bad JSON is refused without quoting it', () => {
    const outside = makeTempDir();
    fs.writeFileSync(path.join(outside, 'host-secret'), 'TOPSECRET-HOST-FILE-CONTENT {"scopes": ["a:b"]}\n');
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': GRANT_JS, '.git/HEAD': 'ref: refs/heads/main\n' });
    fs.symlinkSync(path.join(outside, 'host-secret'), path.join(root, '.password-grant-codemod.json'));
    expect(() => loadJsonConfigSync(path.join(root, 'src'))).toThrow(/outside the repository/);
    fs.rmSync(path.join(root, '.password-grant-codemod.json'));
    fs.writeFileSync(path.join(root, '.password-grant-codemod.json'), 'TOPSECRET-LINE {');
    let message = '';
    try {
      loadJsonConfigSync(path.join(root, 'src'));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/not valid JSON/);
    expect(message).not.toContain('TOPSECRET');
    fs.writeFileSync(path.join(root, '.password-grant-codemod.json'), JSON.stringify({ scopes: ['a:b'] }));
    expect(loadJsonConfigSync(path.join(root, 'src'))?.config.scopes).toEqual(['a:b']);
  });

  it('a settings file that is not JSON is refused without quoting it', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, '.password-grant-codemod.json': 'TOPSECRET-LINE-1\n', 'baseline.json': 'TOPSECRET-LINE-2' });
    const run = runCli(['check', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not valid JSON/);
    expect(run.stderr).not.toContain('TOPSECRET');
  });
});

describe('4. a skip rule never passes a grant through check', () => {
  const padding = (length: number) => `// ${'x'.repeat(length)}\n`;
  const cases: [string, string, string | Buffer][] = [
    ['one 3,000-character comment line', 'long-line.js', `${HEADER}${padding(3000)}${GRANT_LINE}\n`],
    ['padding past 2 MB', 'padded.js', `${HEADER}${GRANT_LINE}\n${padding(1000).repeat(2200)}`],
    ['a NUL byte in a comment', 'nul.js', `${HEADER}// \u0000\n${GRANT_LINE}\n`],
    ['an invalid UTF-8 byte in a comment', 'latin.js', Buffer.concat([Buffer.from(`${HEADER}// caf`), Buffer.from([0xe9]), Buffer.from(`\n${GRANT_LINE}\n`)])],
    ['a .min.js name', 'vendor.min.js', `${HEADER}${GRANT_LINE}\n`],
  ];

  it.each(cases)('%s: the grant is found (exit 1)', (_what, name, content) => {
    const root = makeTempDir();
    writeFiles(root, { [name]: content });
    const run = runCli(['check', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parseJsonReport(run).findings.map((finding: { file: string; rule: string }) => `${finding.file} ${finding.rule}`)).toEqual([`${name} sdk-password-grant`]);
    // migrate may leave such files alone, but lists them, and never writes them.
    const migrate = runCli(['migrate', '--scopes', 'a:b', '--format', 'json'], root);
    const report = parseJsonReport(migrate);
    expect([...report.skipped, ...report.changed].map((entry: { file: string }) => entry.file)).toContain(name);
  });

  it('a skipped-looking file that may hold a grant but cannot be parsed fails the run with the reason', () => {
    const root = makeTempDir();
    writeFiles(root, { 'bin.js': Buffer.concat([Buffer.from(`${HEADER}${GRANT_LINE}\n`), Buffer.from([0, 1, 2, 0])]) });
    const run = runCli(['check', '--format', 'json'], root);
    expect(run.code).toBe(3);
    expect(parseJsonReport(run).errors).toEqual([{ file: 'bin.js', message: expect.stringMatching(/binary content.*may hold a password grant/) }]);
  });

  it('5. a 5,000-deep member chain keeps its grant (no internal error)', () => {
    const root = makeTempDir();
    writeFiles(root, { 'deep.js': `${HEADER}${GRANT_LINE}\nconst z = a${'.b'.repeat(5000)};\n` });
    const run = runCli(['check', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const report = parseJsonReport(run);
    expect(report.errors).toEqual([]);
    expect(report.findings).toHaveLength(1);
  });
});

describe('6. text output cannot inject workflow commands or terminal sequences', () => {
  function hostileTree(): string {
    const root = makeTempDir();
    writeFiles(root, {
      'a\n::add-mask::x.js': `${HEADER}${GRANT_LINE}\n`,
      '::warning::top.js': `${HEADER}${GRANT_LINE}\n`,
      'esc\u001b[31mred.js': `${HEADER}${GRANT_LINE}\n`,
      'imported.js': `${HEADER}import creds from 'x\\n::stop-commands::y\\n##[error]z';\nclient.postOAuthApiToken(creds);\n`,
      'context.js': `${HEADER}/*\n::set-output name=x::y\n*/\n${GRANT_LINE}\n`,
    });
    return root;
  }

  it.each([['check'], ['check', '--format', 'github'], ['migrate', '--dry-run', '--scopes', 'a:b'], ['migrate', '--dry-run', '--format', 'text', '--scopes', 'a:b'], ['migrate', '--dry-run', '--format', 'diff']])(
    '%s',
    (...args) => {
      const root = hostileTree();
      const run = runCli([...args, '.'], root);
      expect([0, 1, 3]).toContain(run.code);
      const ours = /^::(error|warning) file=[^\n]*$/;
      const printed = args.includes('github') ? run.stdout.split('\n').filter((line) => !ours.test(line)).join('\n') + run.stderr : run.stdout + run.stderr;
      expect((run.stdout + run.stderr).length).toBeGreaterThan(0);
      expect(workflowCommandLines(printed)).toEqual([]);
      expectNoRawControl(run.stdout + run.stderr);
      if (args.includes('github')) {
        // Our own annotations are the only commands, one per line, and hold nothing unescaped.
        for (const line of run.stdout.split('\n').filter((line) => /^\s*::/.test(line))) expect(line).toMatch(/^::(error|warning) file=/);
        expect(run.stdout).not.toMatch(/::(add-mask|stop-commands|set-output)::/);
      }
    },
  );
});

describe('7. Markdown cannot inject HTML, mentions or links into a pull-request comment', () => {
  it.each([['check', '--format', 'markdown'], ['migrate', '--dry-run', '--format', 'markdown', '--scopes', 'a:b']])('%s', (...args) => {
    const root = makeTempDir();
    writeFiles(root, {
      'x\n\n<h1>pwned</h1><img src=x onerror=alert(1)>.js': `${HEADER}${GRANT_LINE}\n`,
      'ping.js': `${HEADER}const z = {};\nz[\`@octocat\`].postOAuthApiToken({ credentials: { username: 'svc', password: 'pw' } });\n`,
      'ref #123 @someone https://evil.example [click](https://evil.example).js': `${HEADER}${GRANT_LINE}\n`,
      'manual.js': `${HEADER}client.postOAuthApiToken(build('@octocat', '<b>x</b>'));\n`,
      'fence.js': `${HEADER}// \`\`\`\n// </details><h1>in diff</h1>\n${GRANT_LINE}\n`,
    });
    const run = runCli([...args, '.'], root);
    expect([0, 1, 3]).toContain(run.code);
    // The diffs are fenced (a fence shows its text literally); everything else is escaped text.
    const md = run.stdout.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
    expect(md).not.toMatch(/<h1|<img|<b>|<\/details><h1/i);
    expect(md).not.toMatch(/(^|[^&#\w])@(octocat|someone)\b/);
    expect(md).not.toMatch(/#123\b/);
    // Link syntax cannot form: every `]` from the repository is escaped.
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toMatch(/(^|[^`])https:\/\/evil/);
    // A table row stays one line.
    const lines = md.split('\n');
    const tableStart = lines.findIndex((line) => line.startsWith('|---'));
    if (tableStart !== -1) {
      for (let index = tableStart + 1; index < lines.length && lines[index] !== ''; index++) expect(lines[index]).toMatch(/^\|.*\|$/);
    }
    // Diff text stays inside its fence: the fence is longer than any backtick run in it.
    const fences = [...run.stdout.matchAll(/^(`{3,})diff\n([\s\S]*?)\n\1$/gm)];
    if (args[0] === 'migrate') expect(fences.length).toBeGreaterThan(0);
    for (const match of fences) expect(match[2]).not.toContain(match[1]);
  });
});

describe('8. SARIF artifact URIs stay relative file references and every SARIF log is valid', () => {
  it('names with # ? : % and non-ASCII characters are percent-encoded per segment', () => {
    const root = makeTempDir();
    const names = ['a#b.js', 'q?x=1.js', 'c:x.js', 'dir with space/ü 100%.js'];
    writeFiles(root, Object.fromEntries(names.map((name) => [name, GRANT_JS])));
    const run = runCli(['check', '--format', 'sarif'], root);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log).toBeValidSarifLog();
    expect(log.runs[0].tool.driver.informationUri).toMatch(/^https:\/\//);
    const uris = log.runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['a%23b.js', 'c%3Ax.js', 'dir%20with%20space/%C3%BC%20100%25.js', 'q%3Fx%3D1.js']);
    for (const uri of uris) {
      const resolved = new URL(uri, 'file:///repo/');
      expect(resolved.protocol).toBe('file:');
      expect(resolved.search + resolved.hash).toBe('');
      expect(names).toContain(decodeURIComponent(resolved.pathname.slice('/repo/'.length)));
    }
  });

  it('the SARIF of a run with errors, skipped files and a baseline is valid too', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, 'broken.js': 'client.postOAuthApiToken({ ;\n', 'b.min.js': 'x' });
    const run = runCli(['check', '--format', 'sarif', '--update-baseline', path.join(makeTempDir(), 'b.json')], root);
    expect(JSON.parse(run.stdout)).toBeValidSarifLog();
    const empty = runCli(['check', '--format', 'sarif'], makeTempDir());
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toBeValidSarifLog();
  });
});

describe('10. data and runs', () => {
  it('a second writing migrate while one runs is refused (git work tree and plain folder); a stale lock is taken over', () => {
    for (const useGit of [true, false]) {
      const root = makeTempDir();
      writeFiles(root, { 'src/a.js': GRANT_JS });
      if (useGit) initCommittedRepo(root);
      const lock = useGit ? path.join(root, '.git', 'password-grant-codemod.lock') : path.join(root, '.password-grant-codemod.lock');
      // A live holder: this test's own process.
      fs.writeFileSync(lock, `${process.pid}\n`);
      for (const args of [['migrate', '--scopes', 'a:b', '.'], ['migrate', '--scopes', 'c:d', 'src']]) {
        const run = runCli(args, root);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/another writing password-grant-codemod migrate/);
        expect(readFile(root, 'src/a.js')).toBe(GRANT_JS);
      }
      // A dry run is not blocked.
      expect(runCli(['migrate', '--dry-run', '--scopes', 'a:b'], root).code).toBe(0);
      // A lock whose process is gone is stale.
      fs.writeFileSync(lock, '999999999\n');
      expect(runCli(['migrate', '--scopes', 'a:b'], root).code).toBe(0);
      expect(readFile(root, 'src/a.js')).not.toBe(GRANT_JS);
      expect(fs.existsSync(lock)).toBe(false);
    }
  });

  it('leftover-temp clean-up never deletes a file git tracks', () => {
    const root = makeTempDir();
    const planted = '.a.js.pgc-999999999-deadbeef.tmp';
    writeFiles(root, { 'a.js': GRANT_JS, [planted]: 'tracked content\n' });
    initCommittedRepo(root);
    expect(runCli(['migrate', '--scopes', 'a:b'], root).code).toBe(0);
    expect(readFile(root, planted)).toBe('tracked content\n');
    expect(git(root, 'status', '--porcelain', '--', planted)).toBe('');
  });

  it('line numbers count line feeds only (U+2028, U+2029 and a lone CR do not start lines)', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': `// one\u2028two\u2029three\rfour\n${HEADER}${GRANT_LINE}\n` });
    const run = runCli(['check', '--format', 'json'], root);
    expect(parseJsonReport(run).findings.map((finding: { line: number }) => finding.line)).toEqual([4]);
  });
});

/**
 * More attacks of the same kinds as items 6-10, each through the real bin: other invisible or
 * control characters, other ways into a workflow command, other Markdown and SARIF shapes,
 * settings files and outputs that are not regular files.
 */
describe('more attacks of the same kinds', () => {
  const GRANT_FILE = `${HEADER}${GRANT_LINE}\n`;
  // eslint-disable-next-line no-control-regex
  const RAW_UNICODE_CONTROL = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it.each([
    ['check'],
    ['check', '--format', 'github'],
    ['check', '--format', 'markdown'],
    ['check', '--format', 'json'],
    ['migrate', '--dry-run', '--format', 'text', '--scopes', 'a:b'],
    ['migrate', '--dry-run', '--format', 'markdown', '--scopes', 'a:b'],
    ['migrate', '--dry-run', '--format', 'diff', '--scopes', 'a:b'],
  ])('bidi overrides, C1 controls (CSI) and U+2028 in file names are shown escaped: %s', (...args) => {
    const root = makeTempDir();
    writeFiles(root, { 'bidi\u202eevil.js': GRANT_FILE, 'c1\u009b31mred.js': GRANT_FILE, 'sep\u2028x.js': GRANT_FILE, 'iso\u2066late.js': GRANT_FILE });
    const run = runCli([...args, '.'], root);
    expect([0, 1]).toContain(run.code);
    const printed = run.stdout + run.stderr;
    // JSON keeps names exact (its consumers are programs), with every invisible character as a \u escape.
    if (args.includes('json')) expect(parseJsonReport(run).findings.map((finding: { file: string }) => finding.file)).toContain('bidi\u202eevil.js');
    expect(printed).not.toMatch(RAW_UNICODE_CONTROL);
    expectNoRawControl(printed);
    expect(printed).toMatch(/bidi(\\u202e|\\342\\200\\256)evil/);
  });

  it('no workflow command through a parser message, a suppression reason or a configuration error', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'parse.js': 'import { "x\\n::add-mask::y\\u001b[2J" } from "z";\nclient.postOAuthApiToken(x);\n',
      'suppressed.js': `${HEADER}// password-grant-codemod-ignore-next-line ::error::pwn ##[error]x <b>@octocat</b>\n${GRANT_LINE}\n`,
    });
    for (const args of [['check'], ['check', '--format', 'github'], ['check', '--format', 'markdown'], ['migrate', '--dry-run', '--format', 'diff']]) {
      const run = runCli([...args, '.'], root);
      expect(run.code).toBe(3);
      const ours = /^::(error|warning) file=[^\n]*$/;
      const printed = run.stdout.split('\n').filter((line) => !(args.includes('github') && ours.test(line))).join('\n') + run.stderr;
      expect(workflowCommandLines(printed)).toEqual([]);
      expectNoRawControl(run.stdout + run.stderr);
      expect(run.stdout + run.stderr).not.toMatch(/<b>|(^|[^&#\w])@octocat/);
    }
    const config = makeTempDir();
    writeFiles(config, {
      'a.js': GRANT_FILE,
      '.password-grant-codemod.json': JSON.stringify({ '\n::add-mask::key\u001b[31m': 1, scopes: ['a\n::error::x', '\u202e::warning::y'], ignore: '##[error]z' }),
    });
    for (const args of [['check'], ['check', '--format', 'github'], ['migrate', '--dry-run']]) {
      const run = runCli([...args, '.'], config);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/unknown key/);
      expect(workflowCommandLines(run.stdout + run.stderr)).toEqual([]);
      expectNoRawControl(run.stderr);
      expect(run.stderr).not.toMatch(RAW_UNICODE_CONTROL);
    }
  });

  it('GitHub annotations percent-encode `,` `:` `%` and `%0A` in file= so the property names the real file', () => {
    const root = makeTempDir();
    const name = 'a,b:c%0A::error::x 100%.js';
    writeFiles(root, { [name]: GRANT_FILE });
    const run = runCli(['check', '--format', 'github'], root);
    expect(run.code).toBe(1);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(1);
    const properties = /^::error (.*?)::/.exec(commands[0] as string)?.[1] as string;
    // The runner splits properties on `,` and key from value on the first `=`, then decodes.
    const file = properties.split(',').find((property) => property.startsWith('file='))?.slice('file='.length) as string;
    expect(file).not.toMatch(/[,:]|%(?!25|2C|3A|0A|0D)/);
    expect(file.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')).toBe(name);
  });

  it.each([['check', '--format', 'markdown'], ['migrate', '--dry-run', '--format', 'markdown', '--scopes', 'a:b']])(
    'Markdown: a <details> close tag in a folder name, a javascript: link, HTML entities and markup in quoted code: %s',
    (...args) => {
      const root = makeTempDir();
      writeFiles(root, {
        'x</details><h1>pwned</h1>/a.js': GRANT_FILE,
        '[x](javascript:alert(1)).js': GRANT_FILE,
        '&lt;img src=x onerror=alert(1)&gt; &#64;octocat.js': GRANT_FILE,
        '_em_ *b* ~~s~~ $x$ `c`.js': GRANT_FILE,
        'code.js': `${HEADER}client.postOAuthApiToken(build(/<\\/details><img src=x onerror=alert(1)>/, a[\`@octocat\`]));\n`,
      });
      const run = runCli([...args, '.'], root);
      expect([0, 1]).toContain(run.code);
      const md = run.stdout.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
      expect(md).toMatch(/code\.js/);
      expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
      expect(md).not.toMatch(/<h1|<img|javascript:alert\(1\)\)(?!\.js)/);
      expect(md).not.toMatch(/(?<!\\)\]\(/);
      // A repository entity stays text: its `&` is escaped, so `&lt;img` never decodes to `<img`.
      expect(md).not.toMatch(/(?<!&amp;)(&lt;img|&#64;)/);
      expect(md).not.toMatch(/(^|[^&#\w])@octocat/);
      // No emphasis, strikethrough, math or code span from a file name.
      expect(md).toContain('\\_em\\_ \\*b\\* \\~\\~s\\~\\~ \\$x\\$ \\`c\\`.js');
      // Ordinary names stay readable.
      expect(md).toMatch(/<code>code\.js:\d+:\d+<\/code>|<code>code\.js:\d+<\/code>/);
    },
  );

  it('SARIF: %, spaces, backslashes, `..` and absolute paths give valid, resolvable artifact URIs', () => {
    const root = makeTempDir();
    writeFiles(root, { 'sub/x.js': PLAIN_ONLY, '100%.js': GRANT_FILE, 'a b.js': GRANT_FILE, 'back\\slash.js': GRANT_FILE, 'up/y.js': GRANT_FILE });
    const sub = path.join(root, 'sub');
    const run = runCli(['check', '--format', 'sarif', '..', path.join(root, 'up', 'y.js')], sub);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log).toBeValidSarifLog();
    const uris: string[] = log.runs[0].results.map((result: any) => result.locations[0].physicalLocation.artifactLocation.uri);
    const files = uris.map((uri) => decodeURIComponent(new URL(uri, `file://${sub}/`).pathname));
    expect(files.sort()).toEqual(['100%.js', 'a b.js', 'back\\slash.js', 'up/y.js'].map((name) => path.join(root, name)).sort());
    for (const uri of uris) expect(uri).not.toMatch(/^\/|\\| /);
  });

  it('a baseline that is a link to a device, a FIFO, a huge file or nested 100,000 levels is exit 2 without reading it whole', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_FILE, 'nested.json': `{"version":1,"findings":${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.json'));
    fs.writeFileSync(path.join(root, 'huge.json'), '');
    fs.truncateSync(path.join(root, 'huge.json'), 100 * 1024 * 1024);
    const fifo = spawnMkfifo(path.join(root, 'fifo.json'));
    const cases: [string, RegExp][] = [
      ['zero.json', /outside the repository/],
      ['huge.json', /more than the \d+ bytes/],
      ['nested.json', /nested 100\d+ levels deep/],
      ...(fifo ? ([['fifo.json', /not a regular file/]] as [string, RegExp][]) : []),
    ];
    for (const [file, message] of cases) {
      const run = runCli(['check', '--baseline', file], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    }
    // The same for a configuration file found by the search: a link to /dev/zero is not read for ever.
    const config = makeTempDir();
    writeFiles(config, { 'a.js': GRANT_FILE });
    fs.symlinkSync('/dev/zero', path.join(config, '.password-grant-codemod.json'));
    const run = runCli(['check', '.'], config);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/outside the repository/);
  });

  it('--output and --update-baseline to a FIFO, a folder, a device node or a link outside the tree are exit 2 and replace nothing', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_FILE, 'folder/keep.txt': 'x' });
    const targets: string[] = [path.join(root, 'folder')];
    if (spawnMkfifo(path.join(root, 'fifo'))) targets.push(path.join(root, 'fifo'));
    // A device node of our own (as root): what `--output /dev/null` meets, without risking the real one.
    if (process.getuid?.() === 0 && spawnSyncOk('mknod', [path.join(root, 'null'), 'c', '1', '3'])) targets.push(path.join(root, 'null'));
    const elsewhere = makeTempDir();
    fs.symlinkSync('/proc/self/fd/1', path.join(elsewhere, 'stdout'));
    fs.writeFileSync(path.join(elsewhere, 'real.txt'), 'keep\n');
    fs.symlinkSync(path.join(elsewhere, 'real.txt'), path.join(elsewhere, 'link.txt'));
    targets.push(path.join(elsewhere, 'stdout'), path.join(elsewhere, 'link.txt'));
    for (const target of targets) {
      const before = fs.lstatSync(target);
      for (const args of [['check', '--format', 'json', '--output', target], ['check', '--update-baseline', target], ['migrate', '--dry-run', '--format', 'json', '--output', target]]) {
        const run = runCli(args, root);
        expect({ target, code: run.code }).toEqual({ target, code: 2 });
        const after = fs.lstatSync(target);
        expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
      }
    }
    expect(fs.readFileSync(path.join(elsewhere, 'real.txt'), 'utf8')).toBe('keep\n');
  });

  it('a folder without write permission is left alone when running as root too (and the run lock is not put in it)', () => {
    // Root is not stopped by permission bits: the tool looks at them itself.
    console.info(`running as ${process.getuid?.() === 0 ? 'root' : `uid ${process.getuid?.()}`}`);
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_FILE, 'sealed/inner.js': GRANT_FILE });
    fs.chmodSync(path.join(root, 'sealed'), 0o555);
    try {
      const run = runCli(['migrate', '--scopes', 'a:b', '--format', 'json'], root);
      expect(run.code).toBe(3);
      const report = parseJsonReport(run);
      expect(report.errors).toEqual([{ file: 'sealed/inner.js', message: expect.stringMatching(/folder is not writable/) }]);
      expect(fs.readdirSync(path.join(root, 'sealed'))).toEqual(['inner.js']);
      expect(readFile(root, 'sealed/inner.js')).toBe(GRANT_FILE);
      // A read-only folder given as the root: nothing, not even the lock, is written in it.
      const sealed = makeTempDir();
      writeFiles(sealed, { 'b.js': GRANT_FILE });
      fs.chmodSync(sealed, 0o555);
      const whole = runCli(['migrate', '--scopes', 'a:b'], sealed);
      fs.chmodSync(sealed, 0o755);
      expect(whole.code).toBe(2);
      expect(whole.stderr).toMatch(/not writable/);
      expect(fs.readdirSync(sealed)).toEqual(['b.js']);
      expect(readFile(sealed, 'b.js')).toBe(GRANT_FILE);
    } finally {
      fs.chmodSync(path.join(root, 'sealed'), 0o755);
    }
  });
});

const PLAIN_ONLY = 'export const answer = 42;\n';

function spawnSyncOk(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function spawnMkfifo(file: string): boolean {
  return spawnSyncOk('mkfifo', [file]);
}
