import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../src/check/types';
import { getCheckExitCode } from '../src/cli/commands/check';
import type { CheckReport } from '../src/report/check';
import { compareFindings } from '../src/runner/run-check-scan';
import { assertBuilt, BROKEN_JS, GRANT_JS, makeTempDir, parseJsonReport, PLAIN_JS, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

// The runner plumbing of `check`, its exit codes and its promise not to write into the tree.

beforeAll(assertBuilt);
afterAll(removeTempDirs);

function finding(file: string, line: number, column: number, level: Finding['level'] = 'error'): Finding {
  return {
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 10,
    rule: level === 'error' ? 'sdk-password-grant' : 'unverified-token-request',
    level,
    message: 'm',
    fixable: level === 'error',
    fingerprint: `${file}:${line}`,
  };
}

function report(findings: Finding[], errors = 0): CheckReport {
  return {
    findings,
    errors: Array.from({ length: errors }, (_, index) => ({ file: `broken-${index}.js`, message: 'Unexpected token' })),
    skipped: [],
    summary: { filesScanned: 1, filesParsed: 1, findings: findings.length, errors },
  };
}

describe('check exit codes', () => {
  it('0 without findings, 1 with an error-level finding', () => {
    expect(getCheckExitCode(report([]), false)).toBe(0);
    expect(getCheckExitCode(report([finding('a.js', 1, 1)]), false)).toBe(1);
  });

  it('warnings fail the run only with --strict', () => {
    const warnings = report([finding('a.js', 1, 1, 'warning')]);
    expect(getCheckExitCode(warnings, false)).toBe(0);
    expect(getCheckExitCode(warnings, true)).toBe(1);
  });

  it('3 for read/parse errors only when nothing fails the run', () => {
    expect(getCheckExitCode(report([], 1), false)).toBe(3);
    expect(getCheckExitCode(report([finding('a.js', 1, 1, 'warning')], 1), false)).toBe(3);
    expect(getCheckExitCode(report([finding('a.js', 1, 1)], 1), false)).toBe(1);
  });

  it('orders findings by path, line and column', () => {
    const findings = [finding('b.js', 1, 1), finding('a.js', 10, 2), finding('a.js', 2, 9), finding('a.js', 2, 3)];
    expect(findings.sort(compareFindings).map((entry) => `${entry.file}:${entry.line}:${entry.column}`)).toEqual([
      'a.js:2:3',
      'a.js:2:9',
      'a.js:10:2',
      'b.js:1:1',
    ]);
  });
});

describe('check command', () => {
  function writeTree(root: string) {
    writeFiles(root, {
      '.gitignore': 'generated/\n',
      'src/login.js': GRANT_JS,
      'src/util.ts': PLAIN_JS,
      'generated/login.js': GRANT_JS,
    });
  }

  it('scans with the same discovery and prefilter as migrate and prints one report', () => {
    const root = makeTempDir();
    writeTree(root);
    const run = runCli(['check', '--format', 'json'], root);
    const output = parseJsonReport(run);
    expect(output.summary).toMatchObject({ filesScanned: 2, filesParsed: 1 });
    expect(Array.isArray(output.findings)).toBe(true);
    expect([0, 1]).toContain(run.code);
  });

  it('accepts every format of the contract and the policy flags', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': PLAIN_JS, 'baseline.json': '{ "version": 1, "findings": [] }\n' });
    for (const format of ['text', 'json', 'sarif', 'github', 'markdown']) {
      expect(runCli(['check', '--format', format], root).code).toBe(0);
    }
    expect(runCli(['check', '--strict', '--baseline', 'baseline.json', '--update-baseline', 'next.json', '--workers', '2', '--shard', '1/2'], root).code).toBe(0);
  });

  it('finds the password grant and exits 1', () => {
    const root = makeTempDir();
    writeTree(root);
    const run = runCli(['check', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parseJsonReport(run).findings).toEqual([expect.objectContaining({ file: 'src/login.js', line: 4, rule: 'sdk-password-grant' })]);
  });

  it('exits 3 when a file cannot be parsed and nothing is found', () => {
    const root = makeTempDir();
    writeFiles(root, { 'broken.js': BROKEN_JS, 'ok.js': PLAIN_JS });
    const run = runCli(['check', '--format', 'json'], root);
    expect(run.code).toBe(3);
    expect(parseJsonReport(run).errors).toEqual([{ file: 'broken.js', message: expect.stringMatching(/Unexpected token/) }]);
  });
});

describe('check exit codes, end to end', () => {
  const WARNING_JS = [
    "const client = require('@genesyscloud/genesyscloud').ApiClient.instance;",
    'module.exports = (body) => client.postOAuthApiToken(body);',
    '',
  ].join('\n');

  it('1 for an error, 0 for a warning alone unless --strict, 1 with --strict', () => {
    const root = makeTempDir();
    writeFiles(root, { 'warn.js': WARNING_JS });
    const lenient = runCli(['check', '--format', 'json'], root);
    expect(lenient.code).toBe(0);
    expect(parseJsonReport(lenient).findings).toEqual([expect.objectContaining({ rule: 'unverified-token-request', level: 'warning' })]);
    expect(runCli(['check', '--strict'], root).code).toBe(1);
    writeFiles(root, { 'grant.js': GRANT_JS });
    expect(runCli(['check'], root).code).toBe(1);
  });

  it('1 rather than 3 when there are findings and unparsable files', () => {
    const root = makeTempDir();
    writeFiles(root, { 'broken.js': BROKEN_JS, 'grant.js': GRANT_JS });
    const run = runCli(['check', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parseJsonReport(run).summary).toMatchObject({ findings: 1, errors: 1 });
  });

  it('2 for bad usage, with a message and no report', () => {
    const root = makeTempDir();
    writeFiles(root, { 'grant.js': GRANT_JS });
    const run = runCli(['check', '--format', 'yaml'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/yaml/);
  });

  it('never writes into the scanned tree', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/grant.js': GRANT_JS, 'src/broken.js': BROKEN_JS });
    const before = snapshotTree(root);
    for (const format of ['text', 'json', 'sarif', 'github', 'markdown']) runCli(['check', '--format', format], root);
    expect(snapshotTree(root)).toEqual(before);
  });
});

function snapshotTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

describe('check on TypeScript declaration files', () => {
  // A .d.ts is not always declarations: Node's require() runs a file of an unknown extension
  // as JavaScript, so `require('./creds.d.ts')` executes whatever it holds. A gate that left
  // declaration files unparsed would let a grant through under that name.
  // JavaScript spells a name's characters with escapes too, and the parser decodes them:
  // each file hides the name the text tests look for (src/text/js-escapes.ts) behind one.
  it.each([
    [
      'an SDK call whose method name is an identifier escape',
      "const platformClient = require('purecloud-platform-client-v2');\nconst client = platformClient.ApiClient.instance;\nclient.postOAuth\\u0041piToken({ credentials: { username: process.env.U, password: process.env.P } });\n",
      'sdk-password-grant',
    ],
    [
      'an SDK call through a computed name with a hex escape',
      "const platformClient = require('purecloud-platform-client-v2');\nconst client = platformClient.ApiClient.instance;\nclient['postOAuth\\x41piToken']({ credentials: { username: process.env.U, password: process.env.P } });\n",
      'sdk-password-grant',
    ],
    [
      'a token request whose grant type key and value are escaped',
      "const axios = require('axios');\naxios.post('https://login.mypurecloud.com/oauth/token', new URLSearchParams({ 'grant\\u005ftype': 'pass\\u{77}ord', username: u, password: p }));\n",
      'http-password-grant',
    ],
    [
      'a token request whose key is written with an identity escape and a line continuation',
      "const axios = require('axios');\naxios.post('https://login.mypurecloud.com/oauth/token', { 'grant\\_ty\\\npe': 'password', username: u, password: p });\n",
      'http-password-grant',
    ],
    [
      'an OAuth library loaded under an escaped name',
      "const { ResourceOwnerPassword } = require('simple-oauth\\x32');\nconst owner = new ResourceOwnerPassword(config);\nowner.getToken({ username: u, password: p });\n",
      'library-password-grant',
    ],
  ])('finds %s', (_name, code, rule) => {
    const root = makeTempDir();
    writeFiles(root, { 'src/login.js': code });
    const parsed = parseJsonReport(runCli(['check', '.', '--format', 'json'], root)) as CheckReport;
    expect(parsed.findings.map((entry) => [entry.file, entry.rule])).toEqual([['src/login.js', rule]]);
  });

  it('finds a password grant in a .d.ts file that JavaScript requires', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'src/creds.d.ts': "import axios from 'axios';\naxios.post('https://login.mypurecloud.com/oauth/token', { grant_type: 'password', username: u, password: p });\n",
      'src/index.js': "require('./creds.d.ts');\n",
    });
    const parsed = parseJsonReport(runCli(['check', '.', '--format', 'json'], root)) as CheckReport;
    expect(parsed.findings.map((entry) => [entry.file, entry.rule])).toEqual([['src/creds.d.ts', 'http-password-grant']]);
  });
});
