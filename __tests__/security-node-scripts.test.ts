import * as fs from 'fs';
import * as path from 'path';
import { isNodeScript, isSourceFile } from '../src/runner/extensions';
import { assertBuilt, git, GRANT_JS, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

describe('isNodeScript / isSourceFile', () => {
  const root = makeTempDir();
  writeFiles(root, {
    'env-node': '#!/usr/bin/env node\nconsole.log(1);\n',
    'direct-node': '#!/usr/local/bin/node --no-warnings\n',
    'ts-node': '#!/usr/bin/env -S npx ts-node\n',
    'shell': '#!/bin/sh\necho node\n',
    'LICENSE': 'MIT, mentions node\n',
    'no-shebang': 'const node = 1;\n',
    'has.dot': '#!/usr/bin/env node\n',
    'login.js': '',
  });
  fs.mkdirSync(path.join(root, 'folder'));

  it.each([
    ['env-node', true],
    ['direct-node', true],
    ['ts-node', true],
    ['shell', false],
    ['LICENSE', false],
    ['no-shebang', false],
    ['has.dot', false],
    ['folder', false],
    ['missing', false],
  ])('%s: %s', (name, expected) => {
    expect(isNodeScript(path.join(root, name))).toBe(expected);
  });

  it('a source extension needs no look inside', () => {
    expect(isSourceFile(path.join(root, 'login.js'))).toBe(true);
    expect(isSourceFile(path.join(root, 'shell'))).toBe(false);
  });
});

describe('a password grant in a Node script without an extension [CLI]', () => {
  beforeAll(assertBuilt);

  // Attack: `bin/login` starting `#!/usr/bin/env node` was never read, so a grant in it passed `check`.
  const script = `#!/usr/bin/env node\n${GRANT_JS}`;

  it.each([
    ['a plain folder', false],
    ['a git work tree', true],
  ])('check finds it in %s, migrate rewrites it and keeps it executable', (_name, inGit) => {
    const root = makeTempDir();
    writeFiles(root, { 'bin/login': script, 'bin/run': '#!/bin/sh\necho postOAuthApiToken\n', LICENSE: 'postOAuthApiToken\n' });
    fs.chmodSync(path.join(root, 'bin/login'), 0o755);
    if (inGit) {
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-q', '-m', 'base');
    }
    const check = runCli(['check', '.', '--format', 'json'], root);
    expect(check.code).toBe(1);
    expect(parseJsonReport(check).findings.map((finding: { file: string }) => finding.file)).toEqual(['bin/login']);
    const migrate = runCli(['migrate', '.', '--scopes', 'users', '--format', 'json'], root);
    expect(parseJsonReport(migrate).changed.map((entry: { file: string }) => entry.file)).toEqual(['bin/login']);
    expect(readFile(root, 'bin/login')).toMatch(/^#!\/usr\/bin\/env node\n[\s\S]*loginClientCredentials/);
    expect(fs.statSync(path.join(root, 'bin/login')).mode & 0o777).toBe(0o755);
  });

  it('--changed-since picks up a changed script too', () => {
    const root = makeTempDir();
    writeFiles(root, { 'index.js': 'module.exports = 1;\n' });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    writeFiles(root, { 'bin/login': script });
    const report = parseJsonReport(runCli(['check', '.', '--changed-since', 'main', '--format', 'json'], root));
    expect(report.findings.map((finding: { file: string }) => finding.file)).toEqual(['bin/login']);
  });
});
