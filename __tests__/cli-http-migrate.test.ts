import * as fs from 'fs';
import * as path from 'path';
import { assertBuilt, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/**
 * Raw HTTP password grants end to end, through the built bin: `migrate` rewrites the request to
 * a Genesys Cloud login host (no scopes needed), lists its literal credentials as secrets by
 * line and kind only, leaves a request to another server alone, and `check` marks exactly the
 * rewritable finding fixable.
 */

beforeAll(assertBuilt);
afterAll(removeTempDirs);

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'transform');
const GENESYS = fs.readFileSync(path.join(FIXTURES, 'http-axios-qs-stringify.input.js'), 'utf8');
const GENESYS_OUTPUT = fs.readFileSync(path.join(FIXTURES, 'http-axios-qs-stringify.output.js'), 'utf8');
const FETCH_ENV = fs.readFileSync(path.join(FIXTURES, 'http-fetch-url-search-params.input.mjs'), 'utf8');
const OTHER = fs.readFileSync(path.join(FIXTURES, 'http-no-change-other-endpoint.input.js'), 'utf8');

function writeService(root: string): void {
  writeFiles(root, {
    'package.json': '{ "name": "billing-sync", "version": "1.0.0" }\n',
    'src/token.js': GENESYS,
    'src/login.mjs': FETCH_ENV,
    'src/keycloak.js': OTHER,
  });
}

describe('migrate on raw HTTP password grants', () => {
  it('reports the rewrite and the literal secrets in JSON, never their values, without scopes', () => {
    const root = makeTempDir();
    writeService(root);
    const run = runCli(['migrate', '.', '--dry-run', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.changed.map((entry: { file: string; sites: number }) => [entry.file, entry.sites])).toEqual([
      ['src/login.mjs', 1],
      ['src/token.js', 1],
    ]);
    expect(report.secrets).toEqual([
      { file: 'src/token.js', line: 6, kind: 'username' },
      { file: 'src/token.js', line: 7, kind: 'password' },
    ]);
    expect(report.manual).toEqual([]);
    expect(report.summary).toMatchObject({ filesChanged: 2, sitesRewritten: 2, errors: 0 });
    expect(run.stdout).not.toContain('hunter2');
    expect(run.stdout).not.toContain('reporting-bot@example.com');
    // a dry run writes nothing
    expect(readFile(root, 'src/token.js')).toBe(GENESYS);
  });

  it('rewrites a request whose login host and grant type key are spelled with escapes', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'package.json': '{ "name": "escaped", "version": "1.0.0" }\n',
      'src/token.js':
        "const axios = require('axios');\n" +
        "exports.token = (u, p) => axios.post('https://login.mypure\\x63loud.com/oauth/token', new URLSearchParams({ 'grant\\u005ftype': 'password', username: u, password: p }));\n",
    });
    const report = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json'], root));
    expect(report.changed.map((entry: { file: string; sites: number }) => [entry.file, entry.sites])).toEqual([['src/token.js', 1]]);
  });

  it('prints a unified diff in a dry run, for the Genesys request only', () => {
    const root = makeTempDir();
    writeService(root);
    const run = runCli(['migrate', '.', '--dry-run', '--no-format'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+++ b/src/token.js');
    expect(run.stdout).toContain("+  const response = await axios.post(TOKEN_URL, qs.stringify({ grant_type: 'client_credentials' }), { headers: { Authorization: 'Basic ' + Buffer.from(");
    expect(run.stdout).toMatch(/^-const SERVICE_PASSWORD = /m);
    expect(run.stdout).not.toContain('src/keycloak.js');
  });

  it('writes the rewrite, with the configured env var names, and a second run changes nothing', () => {
    const root = makeTempDir();
    writeService(root);
    const first = parseJsonReport(runCli(['migrate', '.', '--format', 'json'], root));
    expect(first.summary.filesChanged).toBe(2);
    expect(readFile(root, 'src/token.js')).toBe(GENESYS_OUTPUT);
    expect(readFile(root, 'src/keycloak.js')).toBe(OTHER);
    const second = parseJsonReport(runCli(['migrate', '.', '--format', 'json'], root));
    expect(second.changed).toEqual([]);
    expect(readFile(root, 'src/token.js')).toBe(GENESYS_OUTPUT);

    const custom = makeTempDir();
    writeFiles(custom, { 'token.js': GENESYS });
    runCli(['migrate', '.', '--client-id-env', 'BILLING_CLIENT_ID', '--client-secret-env', 'BILLING_CLIENT_SECRET'], custom);
    expect(readFile(custom, 'token.js')).toMatch(/Buffer\.from\(\[\s*process\.env\.BILLING_CLIENT_ID,\s*process\.env\.BILLING_CLIENT_SECRET,?\s*\]\.join\(':'\)\)/);
  });

  it('check marks the Genesys request fixable and the other endpoint report-only; after migrate only the latter is left', () => {
    const root = makeTempDir();
    writeService(root);
    const before = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    const summary = (report: { findings: { file: string; fixable: boolean; endpoint?: { kind: string } }[] }) =>
      report.findings.map((finding) => [finding.file, finding.endpoint?.kind, finding.fixable]);
    // Other endpoints: report-only (the detection of which may grow; none is ever fixable).
    const others = (report: Parameters<typeof summary>[0]) => summary(report).filter(([file]) => file === 'src/keycloak.js');
    expect(others(before).length).toBeGreaterThan(0);
    expect(others(before).every(([, , fixable]) => fixable === false)).toBe(true);
    expect(summary(before).filter(([file]) => file !== 'src/keycloak.js')).toEqual([
      ['src/login.mjs', 'genesys', true],
      ['src/token.js', 'genesys', true],
    ]);
    runCli(['migrate', '.'], root);
    const after = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(summary(after)).toEqual(others(before));
  });
});
