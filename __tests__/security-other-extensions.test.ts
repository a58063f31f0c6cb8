import * as fs from 'fs';
import * as path from 'path';
import { classifyListedFile, mayRunAsJavaScript } from '../src/runner/extensions';
import { assertBuilt, git, GRANT_JS, initCommittedRepo, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

function commitAll(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
}

/** A repository whose branch `main` holds everything under `root`: the base of a --changed-since run. */
function initMainBranch(root: string): void {
  git(root, 'init', '-q', '-b', 'main');
  commitAll(root, 'base');
}

/**
 * Attack: Node's require() runs a file of any extension but .json and .node as JavaScript
 * (`require('./auth.txt')`), and `node auth.txt` runs one too. `check` read only the
 * JavaScript and TypeScript extensions, so a pull request could move its password grant into
 * `auth.txt`, require it, and pass the gate.
 */

describe('mayRunAsJavaScript / classifyListedFile', () => {
  it.each([
    ['auth.txt', true],
    ['auth.cfg', true],
    ['Makefile', true],
    ['data.json', false],
    ['DATA.JSON', false],
    ['addon.node', false],
    ['login.js', false], // a source file, not "another extension"
    ['types.d.ts', false],
  ])('%s: %s', (name, expected) => {
    expect(mayRunAsJavaScript(name)).toBe(expected);
  });

  it('lists other extensions only when asked, and marks them', () => {
    expect(classifyListedFile('/x/auth.txt', false)).toBeNull();
    expect(classifyListedFile('/x/auth.txt', true)).toBe('other');
    expect(classifyListedFile('/x/login.js', true)).toBe('source');
    expect(classifyListedFile('/x/data.json', true)).toBeNull();
  });
});

const REQUIRING_INDEX = "require('./lib/auth.txt');\n";
/** A file Node runs (as a CommonJS script) but that only parses as a script: `<!--` is a comment there. */
const SCRIPT_ONLY = `<!-- loaded by require('./lib/legacy')\n${GRANT_JS}`;
const HTTP_GRANT = [
  "const axios = require('axios');",
  "axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=password&username=' + process.env.U + '&password=' + process.env.P);",
  '',
].join('\n');

function tree(): Record<string, string> {
  return {
    'index.js': REQUIRING_INDEX,
    'lib/auth.txt': GRANT_JS,
    'lib/legacy': SCRIPT_ONLY,
    'lib/token.cfg': HTTP_GRANT,
    // Not JavaScript: named, but neither reported nor counted.
    'docs/README.md': '# Logging in\n\nCall `client.postOAuthApiToken()` with `grant_type` set.\n',
    'assets/logo.svg': '<svg><text>postOAuthApiToken</text></svg>\n',
    // Node parses .json as JSON: JavaScript in one never runs through require().
    'lib/data.json': GRANT_JS,
  };
}

type Reported = { file: string; rule: string; fixable: boolean; message: string };

describe('a password grant in a file of another extension [CLI]', () => {
  beforeAll(assertBuilt);

  it.each([
    ['a plain folder', false],
    ['a git work tree', true],
  ])('check finds it in %s, as not fixable, and counts only the files that are JavaScript', (_name, inGit) => {
    const root = makeTempDir();
    writeFiles(root, tree());
    if (inGit) {
      initCommittedRepo(root);
    }
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const report = parseJsonReport(run);
    const findings = report.findings as Reported[];
    expect(findings.map((finding) => [finding.file, finding.rule])).toEqual([
      ['lib/auth.txt', 'sdk-password-grant'],
      ['lib/legacy', 'sdk-password-grant'],
      ['lib/token.cfg', 'http-password-grant'],
    ]);
    // migrate rewrites source files only: the finding says so instead of sending people to it.
    for (const finding of findings) {
      expect(finding.fixable).toBe(false);
      expect(finding.message).toContain('this file\'s extension is neither');
    }
    expect(report.errors).toEqual([]);
    expect(report.skipped).toEqual([]);
    // index.js and the three JavaScript files; not the Markdown page, the picture or the JSON.
    expect(report.summary).toMatchObject({ filesScanned: 4, filesParsed: 3 });
    expect(run.stdout).not.toContain('README.md');
    expect(run.stdout).not.toContain('logo.svg');
  });

  it('text that names a password grant but is not JavaScript fails nothing: specs, HTTP files, scripts, workflows, env files', () => {
    // The shapes real repositories keep next to their code (Gherkin, REST-client and env
    // files, shell and CI scripts, docs): each names grant_type or the token call, so each
    // passes the prefilter; none is JavaScript Node would run with a grant in it.
    const root = makeTempDir();
    writeFiles(root, {
      'features/token.feature': '@password_login\nFeature: password grant\n  Scenario: bad login\n    When I post\n      | grant_type | password |\n',
      'requests/login.http': 'POST https://login.mypurecloud.com/oauth/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username={{u}}&password={{p}}\n',
      '.env.example': 'grant_type=password\nGENESYS_PASSWORD=change-me\n',
      'scripts/token.sh': '#!/bin/sh\ncurl -d "grant_type=password&username=$U&password=$P" https://login.mypurecloud.com/oauth/token\n',
      '.github/workflows/smoke.yml': "steps:\n  - run: curl -d 'grant_type=password' https://login.mypurecloud.com/oauth/token\n",
      'docs/login.md': '```js\nclient.postOAuthApiToken({ credentials: { username, password } });\n```\n',
    });
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
    // Two are JavaScript too, and read: the env file (assignments) and the page whose only
    // content is a fenced block (``` `...` ``` is a tagged template). Nothing in either runs a grant.
    expect(report.summary).toMatchObject({ filesScanned: 2, filesParsed: 2 });
  });

  it('migrate leaves such files alone', () => {
    const root = makeTempDir();
    writeFiles(root, tree());
    const migrate = runCli(['migrate', '.', '--scopes', 'users', '--format', 'json'], root);
    expect(migrate.code).toBe(0);
    expect(parseJsonReport(migrate).changed).toEqual([]);
    expect(readFile(root, 'lib/auth.txt')).toBe(GRANT_JS);
  });

  it('a file named on the command line is checked, whatever its extension', () => {
    const root = makeTempDir();
    writeFiles(root, tree());
    const report = parseJsonReport(runCli(['check', 'lib/auth.txt', 'docs/README.md', '--format', 'json'], root));
    expect((report.findings as Reported[]).map((finding) => finding.file)).toEqual(['lib/auth.txt']);
    expect(report.skipped).toEqual([]);
  });

  it('--changed-since picks up a changed file of another extension', () => {
    const root = makeTempDir();
    writeFiles(root, { 'index.js': REQUIRING_INDEX });
    initMainBranch(root);
    writeFiles(root, { 'lib/auth.txt': GRANT_JS, 'docs/README.md': 'postOAuthApiToken\n' });
    const report = parseJsonReport(runCli(['check', '.', '--changed-since', 'main', '--format', 'json'], root));
    expect((report.findings as Reported[]).map((finding) => finding.file)).toEqual(['lib/auth.txt']);
  });

  it('a link with a source name to such a file makes it source: a syntax error in it is an error', () => {
    const root = makeTempDir();
    writeFiles(root, { 'lib/broken.txt': 'const client = ;\nclient.postOAuthApiToken({});\n' });
    fs.symlinkSync('broken.txt', path.join(root, 'lib', 'login.js'));
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(3);
    expect(parseJsonReport(run).errors.map((error: { file: string }) => error.file)).toEqual(['lib/broken.txt']);
  });

  it('the configuration ignoring such a file is named when the file is JavaScript, not when it is prose', () => {
    const root = makeTempDir();
    writeFiles(root, {
      ...tree(),
      '.password-grant-codemod.json': JSON.stringify({ ignore: ['lib/auth.txt', 'lib/legacy', 'lib/token.cfg', 'docs/'] }),
    });
    const run = runCli(['check', '.', '--format', 'json'], root);
    const report = parseJsonReport(run);
    expect(report.findings).toEqual([]);
    expect(report.configuration.ignored).toEqual(['lib/auth.txt', 'lib/legacy', 'lib/token.cfg']);
  });

  it('a file of another extension too large to read is listed as skipped, not an error', () => {
    const root = makeTempDir();
    writeFiles(root, { 'index.js': 'module.exports = 1;\n' });
    // Sparse: 300 MB on paper, nothing on disk; the size is tested before any byte is read.
    const big = path.join(root, 'video.mp4');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 300 * 1024 * 1024);
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.errors).toEqual([]);
    expect(report.skipped.map((entry: { file: string }) => entry.file)).toEqual(['video.mp4']);
  });
});

/**
 * Attack: `node_modules` was never read, even where the repository commits it. A pull request
 * that adds `lib/node_modules/creds/index.js` and `require('creds')` in lib/ ships a grant Node
 * loads (installing the root's dependencies does not touch a nested node_modules), and the
 * require reads like any dependency's.
 */
describe('a password grant in a committed node_modules folder [CLI]', () => {
  beforeAll(assertBuilt);

  const files = {
    'lib/index.js': "require('creds');\n",
    'lib/node_modules/creds/index.js': GRANT_JS,
    'lib/node_modules/creds/package.json': '{ "name": "creds", "main": "index.js" }\n',
  };
  /** An installed dependency: untracked, and ignored or not. */
  const installed = { 'node_modules/oauth-lib/index.js': GRANT_JS, 'tools/node_modules/x/index.js': GRANT_JS };

  it('check reads what git tracks in node_modules, and nothing installed', () => {
    const root = makeTempDir();
    writeFiles(root, { ...files, '.gitignore': '/node_modules/\n' });
    initCommittedRepo(root);
    // Installed after the commit: one ignored, one not ignored (a .gitignore that forgets it).
    writeFiles(root, installed);
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect((parseJsonReport(run).findings as Reported[]).map((finding) => finding.file)).toEqual(['lib/node_modules/creds/index.js']);
    // migrate still never touches dependencies.
    const migrate = runCli(['migrate', '.', '--scopes', 'users', '--format', 'json', '--force'], root);
    expect(parseJsonReport(migrate).changed).toEqual([]);
    expect(readFile(root, 'lib/node_modules/creds/index.js')).toBe(GRANT_JS);
  });

  it('--changed-since finds a committed dependency the branch adds, and no installed one', () => {
    const root = makeTempDir();
    writeFiles(root, { 'index.js': 'module.exports = 1;\n' });
    initMainBranch(root);
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFiles(root, files);
    commitAll(root, 'add creds');
    writeFiles(root, installed);
    const report = parseJsonReport(runCli(['check', '.', '--changed-since', 'main', '--format', 'json'], root));
    expect((report.findings as Reported[]).map((finding) => finding.file)).toEqual(['lib/node_modules/creds/index.js']);
  });

  it('outside git a walk cannot tell committed from installed: node_modules stays out (documented)', () => {
    const root = makeTempDir();
    writeFiles(root, files);
    const report = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(report.findings).toEqual([]);
  });
});

/**
 * Attack: git's list of a work tree names a submodule by its folder, not its files, so a pull
 * request that adds a submodule holding a grant (and requires it) passed the gate although CI
 * checked the submodule out.
 */
describe('a password grant in a git submodule [CLI]', () => {
  beforeAll(assertBuilt);

  /** A repository to use as a submodule, with a grant in it. */
  function makeSubmoduleSource(): string {
    const source = makeTempDir();
    writeFiles(source, { 'creds.js': GRANT_JS });
    initCommittedRepo(source);
    return source;
  }

  function addSubmodule(root: string, source: string): void {
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', source, 'vendor/creds');
    git(root, 'commit', '-q', '-m', 'add submodule');
  }

  it('check reads a checked-out submodule, and names one that is not checked out', () => {
    const source = makeSubmoduleSource();
    const root = makeTempDir();
    writeFiles(root, { 'index.js': "require('./vendor/creds/creds.js');\n" });
    initCommittedRepo(root);
    addSubmodule(root, source);

    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect((parseJsonReport(run).findings as Reported[]).map((finding) => finding.file)).toEqual(['vendor/creds/creds.js']);
    const migrate = runCli(['migrate', '.', '--scopes', 'users', '--format', 'json'], root);
    expect(parseJsonReport(migrate).changed).toEqual([]);

    // A clone without its submodules: nothing to read there, and the report says so.
    const clone = path.join(makeTempDir(), 'clone');
    git(path.dirname(clone), 'clone', '-q', root, clone);
    const bare = runCli(['check', '.', '--format', 'json'], clone);
    expect(bare.code).toBe(0);
    expect(parseJsonReport(bare).skipped).toEqual([{ file: 'vendor/creds', reason: expect.stringContaining('submodule that is not checked out') }]);
  });

  it('--changed-since reads the files of a submodule the branch adds', () => {
    const source = makeSubmoduleSource();
    const root = makeTempDir();
    writeFiles(root, { 'index.js': 'module.exports = 1;\n' });
    initMainBranch(root);
    git(root, 'checkout', '-q', '-b', 'feature');
    addSubmodule(root, source);
    const report = parseJsonReport(runCli(['check', '.', '--changed-since', 'main', '--format', 'json'], root));
    expect((report.findings as Reported[]).map((finding) => finding.file)).toEqual(['vendor/creds/creds.js']);
  });
});

/**
 * Attack: a source file stored in Git LFS is checked out as a three-line pointer where LFS
 * objects are not fetched (actions/checkout's default), so the gate read the pointer, found
 * nothing, and passed, while a deployment that fetches LFS runs the real file.
 */
describe('a source file stored in Git LFS and not fetched [CLI]', () => {
  beforeAll(assertBuilt);

  const pointer = (oid: string) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid.repeat(64)}\nsize 312\n`;

  it('is an error naming the file (exit 3); a picture in LFS is not', () => {
    const root = makeTempDir();
    writeFiles(root, {
      '.gitattributes': 'lib/*.js filter=lfs diff=lfs merge=lfs -text\n*.png filter=lfs diff=lfs merge=lfs -text\n',
      'index.js': "require('./lib/creds.js');\n",
      'lib/creds.js': pointer('a'),
      'assets/logo.png': pointer('b'),
    });
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(3);
    const report = parseJsonReport(run);
    expect(report.errors).toEqual([{ file: 'lib/creds.js', message: expect.stringContaining('stored in Git LFS') }]);
    expect(report.findings).toEqual([]);
  });

  it('a file that merely starts like a pointer but is larger than one is read as usual', () => {
    const root = makeTempDir();
    writeFiles(root, { 'notes.js': `// version https://git-lfs.github.com/spec/v1 is the pointer format\n${GRANT_JS}`, 'big.js': pointer('c') + ' '.repeat(2000) });
    const report = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(report.errors).toEqual([]);
    expect((report.findings as Reported[]).map((finding) => finding.file)).toEqual(['notes.js']);
  });
});
