import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../src/errors';
import { detectReportKind, mergeReports, type ReportInput } from '../src/report/merge-reports';
import {
  assertBuilt,
  BROKEN_JS,
  GRANT_JS,
  makeTempDir,
  parseJsonReport,
  PLAIN_JS,
  removeTempDirs,
  runCli,
  writeFiles,
} from './helpers/cli-harness';

const SCOPES = ['--scopes', 'analytics:readonly'];

function finding(file: string, line: number, column = 1, rule = 'sdk-password-grant') {
  return { file, line, column, endLine: line, endColumn: column + 10, rule, level: 'error', message: 'm', fixable: true, fingerprint: `${file}:${line}:${rule}` };
}

function checkReport(findings: object[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    findings,
    errors: [],
    skipped: [],
    summary: { filesScanned: 10, filesParsed: 2, findings: findings.length, errors: 0 },
    ...extra,
  };
}

function checklistEntry(service: string, files: string[], secrets: { file: string; line: number; kind: string }[] = []) {
  return {
    service,
    files,
    scopes: ['analytics:readonly'],
    envVars: { clientId: ['GENESYSCLOUD_OAUTHCLIENT_ID'], clientSecret: ['GENESYSCLOUD_OAUTHCLIENT_SECRET'] },
    secretsToRotate: secrets,
    legacyEnvVars: [],
    steps: [],
  };
}

function migrateReport(changed: string[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    changed: changed.map((file) => ({ file, sites: 1, scopes: ['analytics:readonly'] })),
    manual: [],
    secrets: changed.map((file) => ({ file, line: 4, kind: 'password' })),
    errors: [],
    skipped: [],
    checklist: [],
    summary: { filesScanned: 5, filesParsed: changed.length, filesChanged: changed.length, sitesRewritten: changed.length, manual: 0, errors: 0, skipped: 0 },
    ...extra,
  };
}

const input = (name: string, json: unknown): ReportInput => ({ name, text: JSON.stringify(json) });

function usageErrorOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('detectReportKind', () => {
  it('tells check from migrate reports by their keys', () => {
    expect(detectReportKind(checkReport([]))).toBe('check');
    expect(detectReportKind(migrateReport([]))).toBe('migrate');
    expect(detectReportKind({ version: 1, findings: [], changed: [] })).toBeNull();
    expect(detectReportKind([])).toBeNull();
    expect(detectReportKind('text')).toBeNull();
  });
});

describe('mergeReports: check', () => {
  it('concatenates findings sorted by file, line and column, and adds up the summary', () => {
    const a = checkReport([finding('src/b.ts', 3), finding('src/z.ts', 1)], { errors: [{ file: 'src/broken.js', message: 'bad' }] });
    const b = checkReport([finding('src/b.ts', 1, 5), finding('src/a.ts', 9), finding('src/b.ts', 1, 2)]);
    const merged = mergeReports([input('a.json', a), input('b.json', b)]);
    expect(merged.kind).toBe('check');
    const report = merged.report as ReturnType<typeof checkReport>;
    expect(report.findings.map((entry: any) => `${entry.file}:${entry.line}:${entry.column}`)).toEqual([
      'src/a.ts:9:1',
      'src/b.ts:1:2',
      'src/b.ts:1:5',
      'src/b.ts:3:1',
      'src/z.ts:1:1',
    ]);
    expect(report.summary).toEqual({ filesScanned: 20, filesParsed: 4, findings: 5, errors: 1 });
    expect(report.errors).toEqual([{ file: 'src/broken.js', message: 'bad' }]);
  });

  it('counts a finding reported by two jobs once', () => {
    const same = finding('src/a.ts', 2);
    const merged = mergeReports([input('a.json', checkReport([same])), input('b.json', checkReport([same, finding('src/c.ts', 1)]))]);
    const report = merged.report as ReturnType<typeof checkReport>;
    expect(report.findings).toHaveLength(2);
    expect(report.summary.findings).toBe(2);
  });

  it('orders findings at the same position by rule, whatever the order of the inputs', () => {
    const http = finding('src/a.ts', 2, 1, 'http-password-grant');
    const sdk = finding('src/a.ts', 2, 1, 'sdk-password-grant');
    const one = mergeReports([input('a.json', checkReport([sdk])), input('b.json', checkReport([http]))]);
    const other = mergeReports([input('b.json', checkReport([http])), input('a.json', checkReport([sdk]))]);
    expect(one.report).toEqual(other.report);
    expect((one.report as any).findings.map((entry: any) => entry.rule)).toEqual(['http-password-grant', 'sdk-password-grant']);
  });
});

describe('mergeReports: migrate', () => {
  it('concatenates changed files and secrets sorted, recomputing the counts', () => {
    const merged = mergeReports([input('1.json', migrateReport(['src/c.js', 'src/a.js'])), input('2.json', migrateReport(['src/b.js']))]);
    expect(merged.kind).toBe('migrate');
    const report = merged.report as any;
    expect(report.changed.map((entry: any) => entry.file)).toEqual(['src/a.js', 'src/b.js', 'src/c.js']);
    expect(report.secrets.map((entry: any) => entry.file)).toEqual(['src/a.js', 'src/b.js', 'src/c.js']);
    expect(report.summary).toMatchObject({ filesScanned: 10, filesParsed: 3, filesChanged: 3, sitesRewritten: 3 });
  });

  it('keeps one scope inference per service, and carries keys it does not know over, merged', () => {
    const inference = { service: 'svc', scopes: ['users:readonly'], reasons: [], operations: [], unknownOperations: [], unreadFiles: [] };
    const first = migrateReport(['svc/a.js'], { scopeInference: [inference], extra: [{ file: 'z.js' }] });
    const second = migrateReport(['svc/b.js'], { scopeInference: [{ ...inference, service: 'other' }, inference], extra: [{ file: 'a.js' }] });
    const report = mergeReports([input('1.json', first), input('2.json', second)]).report as any;
    expect(report.scopeInference.map((entry: any) => entry.service)).toEqual(['other', 'svc']);
    expect(report.extra).toEqual([{ file: 'a.js' }, { file: 'z.js' }]);
  });

  it('joins the checklist of a service split across jobs into one, with its steps rebuilt', () => {
    const first = migrateReport(['svc/a.js'], { checklist: [checklistEntry('svc', ['svc/a.js'], [{ file: 'svc/a.js', line: 4, kind: 'password' }])] });
    const second = migrateReport(['svc/b.js', 'other/c.js'], {
      checklist: [checklistEntry('other', ['other/c.js']), checklistEntry('svc', ['svc/b.js'], [{ file: 'svc/b.js', line: 2, kind: 'username' }])],
    });
    const report = mergeReports([input('1.json', first), input('2.json', second)]).report as any;
    expect(report.checklist.map((entry: any) => entry.service)).toEqual(['other', 'svc']);
    const svc = report.checklist[1];
    expect(svc.files).toEqual(['svc/a.js', 'svc/b.js']);
    expect(svc.secretsToRotate).toEqual([
      { file: 'svc/a.js', line: 4, kind: 'password' },
      { file: 'svc/b.js', line: 2, kind: 'username' },
    ]);
    expect(svc.steps.map((step: any) => step.id)).toContain('rotate-secrets');
  });
});

describe('mergeReports: bad input is a usage error naming the file', () => {
  it.each([
    ['not JSON', '{oops', /bad\.json: not JSON/],
    ['another version', JSON.stringify({ ...checkReport([]), version: 2 }), /bad\.json: report version 2 is not supported/],
    ['no version', JSON.stringify({ findings: [] }), /bad\.json: report version undefined/],
    ['neither kind', JSON.stringify({ version: 1, results: [] }), /bad\.json: neither a check report/],
    ['a malformed finding', JSON.stringify(checkReport([{ file: 'a.ts' }])), /bad\.json: not a valid check report: findings\.0\.line/],
  ])('%s', (_label, text, message) => {
    const error = usageErrorOf(() => mergeReports([input('good.json', checkReport([])), { name: 'bad.json', text }]));
    expect(error.message).toMatch(message);
  });

  it('mixing check and migrate reports', () => {
    const error = usageErrorOf(() => mergeReports([input('c.json', checkReport([])), input('m.json', migrateReport([]))]));
    expect(error.message).toMatch(/m\.json is a migrate report but c\.json is a check report/);
  });

  it('no report at all', () => {
    expect(() => mergeReports([])).toThrow(UsageError);
  });
});

describe('merge-reports command (built bin)', () => {
  beforeAll(assertBuilt);
  afterAll(removeTempDirs);

  function makeRepository(): string {
    const root = makeTempDir();
    for (let index = 0; index < 16; index++) {
      const service = index % 2 === 0 ? 'services/billing' : 'services/routing';
      writeFiles(root, { [`${service}/src/file-${index}.js`]: index % 3 === 0 ? GRANT_JS : PLAIN_JS });
    }
    writeFiles(root, {
      'services/billing/package.json': '{ "name": "billing" }',
      'services/routing/package.json': '{ "name": "routing" }',
      'services/routing/src/broken.js': BROKEN_JS,
    });
    return root;
  }

  it.each([
    ['migrate', ['migrate', '--dry-run', ...SCOPES]],
    ['check', ['check']],
  ])('%s: --shard 1/2 and 2/2 merged equal the unsharded report', (_command, args) => {
    const root = makeRepository();
    const full = parseJsonReport(runCli([...args, '--format', 'json'], root));
    for (const index of [1, 2]) {
      const run = runCli([...args, '--format', 'json', '--shard', `${index}/2`, '--output', `shard-${index}.json`], root);
      expect([0, 1, 3]).toContain(run.code);
    }
    const shards = [1, 2].map((index) => JSON.parse(fs.readFileSync(path.join(root, `shard-${index}.json`), 'utf8')));
    // Each shard did part of the work, so the merge has something to combine.
    for (const shard of shards) expect(shard.summary.filesScanned).toBeGreaterThan(0);

    const merge = runCli(['merge-reports', 'shard-1.json', 'shard-2.json'], root);
    expect(merge.stderr).toBe('');
    expect(merge.code).toBe(0);
    const merged = parseJsonReport(merge);
    expect(merged).toEqual(full);
    expect(merged.errors.map((entry: { file: string }) => entry.file)).toEqual(['services/routing/src/broken.js']);
    if (_command === 'migrate') expect(merged.changed.length).toBeGreaterThan(2);
    else expect(merged.findings.length).toBeGreaterThan(2);
  });

  it('writes --output, and exits 2 naming a missing report', () => {
    const root = makeRepository();
    runCli(['check', '--format', 'json', '--output', 'a.json'], root);
    const written = runCli(['merge-reports', 'a.json', '--output', 'merged.json'], root);
    expect(written.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'merged.json'), 'utf8')).version).toBe(1);

    const missing = runCli(['merge-reports', 'a.json', 'nope.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    expect(missing.stdout).toBe('');
  });

  it('exits 2 when check and migrate reports are mixed', () => {
    const root = makeRepository();
    runCli(['check', '--format', 'json', '--output', 'c.json'], root);
    runCli(['migrate', '--dry-run', ...SCOPES, '--format', 'json', '--output', 'm.json'], root);
    const mixed = runCli(['merge-reports', 'c.json', 'm.json'], root);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/m\.json is a migrate report/);
  });
});

describe('merging the configuration part of shard reports', () => {
  const configuration = (ignored?: string[]) => ({
    file: '.password-grant-codemod.json',
    weakened: [{ rule: 'genesys-region', setting: 'off', where: 'top level' }],
    ...(ignored ? { ignored } : {}),
  });

  it('keeps the weakened rules once and joins the files each shard found hidden', () => {
    const merged = mergeReports([
      input('a.json', checkReport([], { configuration: configuration(['src/z.js']) })),
      input('b.json', checkReport([])),
      input('c.json', checkReport([], { configuration: configuration(['src/a.js', 'src/z.js']) })),
    ]).report as { configuration?: unknown };
    expect(merged.configuration).toEqual(configuration(['src/a.js', 'src/z.js']));
  });

  it('takes the configuration from a later shard when the first had nothing to say', () => {
    const merged = mergeReports([input('a.json', checkReport([])), input('b.json', checkReport([], { configuration: configuration() }))]).report as { configuration?: unknown };
    expect(merged.configuration).toEqual(configuration());
  });
});
