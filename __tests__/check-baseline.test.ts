import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from '../src/check/baseline';
import { checkSource } from '../src/check/check-source';
import { UsageError } from '../src/errors';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/** The baseline: old findings tolerated by fingerprint, new ones fail the run. */

beforeAll(assertBuilt);
afterAll(removeTempDirs);

const HEADER = "const client = require('@genesyscloud/genesyscloud').ApiClient.instance;\n";
const GRANT = "client.postOAuthApiToken({ credentials: { username: 'a', password: 'b' } });\n";
const OTHER_GRANT = "client.postOAuthApiToken({ credentials: { username: 'c', password: 'd' } });\n";
const HTTP_GRANT = "axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=password&username=u&password=p');\n";

describe('fingerprints', () => {
  it('survive lines added above and re-indentation, but not a move to another file', () => {
    const [before] = checkSource(`${HEADER}${GRANT}`, 'src/a.js');
    const [after] = checkSource(`${HEADER}\n// a comment\nfunction unrelated() {}\n  ${GRANT.replace('{ credentials', '{\n    credentials')}`, 'src/a.js');
    expect(after.line).not.toBe(before.line);
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(checkSource(`${HEADER}${GRANT}`, 'src/b.js')[0].fingerprint).not.toBe(before.fingerprint);
  });

  it('tell identical calls apart by occurrence, and change when the call changes', () => {
    const findings = checkSource(`${HEADER}${GRANT}${GRANT}${OTHER_GRANT}`, 'a.js');
    const [first, second, other] = findings.map((finding) => finding.fingerprint);
    expect(first.split(':')[0]).toBe(second.split(':')[0]);
    expect([first.endsWith(':0'), second.endsWith(':1')]).toEqual([true, true]);
    expect(other.split(':')[0]).not.toBe(first.split(':')[0]);
  });

  it('do not shift when one of two identical calls is suppressed', () => {
    const [plain] = checkSource(`${HEADER}${GRANT}${GRANT}`, 'a.js').slice(1);
    const suppressed = checkSource(`${HEADER}// password-grant-codemod-ignore-next-line known\n${GRANT}${GRANT}`, 'a.js');
    expect(suppressed.map((finding) => finding.fingerprint)).toEqual([plain.fingerprint]);
  });
});

describe('baseline file', () => {
  it('is sorted, stable JSON without lines or source text, and reads back', () => {
    const findings = checkSource(`${HEADER}${HTTP_GRANT}${GRANT}`, 'z.js').concat(checkSource(`${HEADER}${GRANT}`, 'a.js'));
    const text = serializeBaseline(createBaseline(findings));
    expect(text).toBe(serializeBaseline(createBaseline([...findings].reverse())));
    const parsed = parseBaseline(text, 'b.json');
    expect(parsed.findings.map((entry) => `${entry.file} ${entry.rule}`)).toEqual([
      'a.js sdk-password-grant',
      'z.js http-password-grant',
      'z.js sdk-password-grant',
    ]);
    expect(text).not.toMatch(/"line"|password'|username/);
  });

  it('rejects what is not a baseline with a usage error', () => {
    expect(() => parseBaseline('not json', 'b.json')).toThrow(UsageError);
    expect(() => parseBaseline('{}', 'b.json')).toThrow(/not a password-grant-codemod baseline/);
    expect(() => parseBaseline('{"version":1,"findings":[{"file":"a.js","rule":"nope","fingerprint":"x"}]}', 'b.json')).toThrow(UsageError);
  });

  it('drops recorded findings and counts stale entries', () => {
    const old = checkSource(`${HEADER}${GRANT}`, 'a.js');
    const now = checkSource(`${HEADER}${GRANT}${OTHER_GRANT}`, 'a.js');
    const match = applyBaseline(now, createBaseline([...old, { ...old[0], fingerprint: 'gone:0' }]));
    expect(match.remaining.map((finding) => finding.line)).toEqual([3]);
    expect(match).toMatchObject({ matched: 1, stale: 1 });
  });
});

describe('check --baseline / --update-baseline', () => {
  it('round trip: record, edit above the finding, then add a new grant', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/login.js': GRANT_JS, 'src/http.js': `${HTTP_GRANT}` });

    const record = runCli(['check', '--update-baseline', 'pgc-baseline.json'], root);
    expect(record.code).toBe(0);
    const baseline = JSON.parse(readFile(root, 'pgc-baseline.json'));
    expect(baseline.findings.map((entry: { rule: string }) => entry.rule).sort()).toEqual(['http-password-grant', 'sdk-password-grant']);
    // recording again gives the same bytes
    runCli(['check', '--update-baseline', 'pgc-baseline.json'], root);
    expect(JSON.parse(readFile(root, 'pgc-baseline.json'))).toEqual(baseline);

    const clean = runCli(['check', '--baseline', 'pgc-baseline.json', '--format', 'json'], root);
    expect(clean.code).toBe(0);
    expect(parseJsonReport(clean)).toMatchObject({ findings: [], baseline: { matched: 2, stale: 0 } });

    // Lines added above the findings do not resurrect them.
    writeFiles(root, {
      'src/login.js': `// header comment\n'use strict';\n\n${GRANT_JS}`,
      'src/http.js': `const axios = require('axios');\n\n${HTTP_GRANT}`,
    });
    expect(runCli(['check', '--baseline', 'pgc-baseline.json'], root).code).toBe(0);

    // A new grant fails the run, and only it is reported.
    writeFiles(root, { 'src/login.js': `${readFile(root, 'src/login.js')}${GRANT_JS.split('\n')[3]}\n` });
    const failing = runCli(['check', '--baseline', 'pgc-baseline.json', '--format', 'json'], root);
    expect(failing.code).toBe(1);
    const report = parseJsonReport(failing);
    expect(report.findings).toEqual([expect.objectContaining({ file: 'src/login.js', line: 10, rule: 'sdk-password-grant' })]);
    expect(report.summary.findings).toBe(1);
  });

  it('exits 2 with a clear message for a missing or invalid baseline, before scanning', () => {
    const root = makeTempDir();
    writeFiles(root, { 'grant.js': GRANT_JS, 'bad.json': '{"version":2,"findings":[]}', 'broken.json': '{' });
    const missing = runCli(['check', '--baseline', 'nope.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--baseline nope\.json: file not found/);
    expect(missing.stderr).toMatch(/--update-baseline nope\.json/);
    for (const file of ['bad.json', 'broken.json']) {
      const invalid = runCli(['check', '--baseline', file], root);
      expect(invalid.code).toBe(2);
      expect(invalid.stdout).toBe('');
      expect(invalid.stderr).toContain(`--baseline ${file}: not`);
    }
  });

  it('exits 2 when the folder for --update-baseline does not exist', () => {
    const root = makeTempDir();
    writeFiles(root, { 'grant.js': GRANT_JS });
    const run = runCli(['check', '--update-baseline', 'missing/dir/b.json'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
