import * as fs from 'fs';
import * as path from 'path';
import type { Log, Result } from 'sarif';
import { checkSource } from '../src/check/check-source';
import { RULE_IDS } from '../src/check/rules/index';
import type { Finding } from '../src/check/types';
import { renderCheckReport, type CheckReport } from '../src/report/check';

/** Every format of `check`, checked by structure (parsed back), not by snapshot. */

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'check');

function fixtureFindings(group: string, file: string): Finding[] {
  const source = fs.readFileSync(path.join(FIXTURES, group, file), 'utf8');
  return checkSource(source, `src/${file}`);
}

function makeReport(findings: Finding[], errors: CheckReport['errors'] = []): CheckReport {
  return {
    findings,
    errors,
    skipped: [],
    summary: { filesScanned: 10, filesParsed: 4, findings: findings.length, errors: errors.length },
  };
}

/** Mixed levels, several files, one unparsable file. */
const REPORT = makeReport(
  [
    ...fixtureFindings('sdk-password-grant', 'credentials-object.js'),
    ...fixtureFindings('http-password-grant', 'got.js'),
    ...fixtureFindings('unverified-token-request', 'credentials-from-parameter.js'),
    ...fixtureFindings('suppression', 'without-reason.js'),
  ],
  [{ file: 'src/broken.js', message: 'Unexpected token (1:6)' }],
);

describe('json', () => {
  it('is the DESIGN contract: version, findings with fingerprints, errors, summary', () => {
    const json = JSON.parse(renderCheckReport(REPORT, 'json'));
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ filesScanned: 10, filesParsed: 4, findings: REPORT.findings.length, errors: 1 });
    expect(json.errors).toEqual([{ file: 'src/broken.js', message: 'Unexpected token (1:6)' }]);
    expect(json.findings).toHaveLength(REPORT.findings.length);
    for (const finding of json.findings) {
      expect(Object.keys(finding)).toEqual(
        expect.arrayContaining(['file', 'line', 'column', 'rule', 'level', 'message', 'fixable', 'fingerprint']),
      );
      expect(typeof finding.fingerprint).toBe('string');
      expect(finding.fingerprint.length).toBeGreaterThan(0);
      expect(['error', 'warning']).toContain(finding.level);
    }
    expect(new Set(json.findings.map((finding: Finding) => finding.fingerprint)).size).toBe(json.findings.length);
  });
});

/** The parts of the SARIF 2.1.0 schema that our output uses, with their required properties. */
function expectValidSarif(log: Log): void {
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(log.version).toBe('2.1.0');
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs) {
    const driver = run.tool.driver;
    expect(typeof driver.name).toBe('string');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const rules = driver.rules ?? [];
    for (const rule of rules) {
      expect(typeof rule.id).toBe('string');
      expect(rule.shortDescription?.text).toEqual(expect.any(String));
      expect(rule.help?.text).toEqual(expect.any(String));
      expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration?.level);
    }
    for (const result of run.results ?? []) expectValidResult(result, rules.map((rule) => rule.id));
  }
}

function expectValidResult(result: Result, ruleIds: string[]): void {
  expect(typeof result.message.text).toBe('string');
  expect(ruleIds).toContain(result.ruleId);
  if (result.ruleIndex !== undefined) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
  expect(['none', 'note', 'warning', 'error']).toContain(result.level);
  expect(result.locations).toHaveLength(1);
  const physical = result.locations?.[0].physicalLocation;
  const uri = physical?.artifactLocation?.uri ?? '';
  // relative to the checkout: no scheme, no leading slash, `/` separators
  expect(uri).not.toMatch(/^([a-z]+:|\/)|\\/i);
  const region = physical?.region;
  expect(region?.startLine).toBeGreaterThanOrEqual(1);
  expect(region?.startColumn).toBeGreaterThanOrEqual(1);
  expect(region?.endLine).toBeGreaterThanOrEqual(region?.startLine ?? 1);
  expect(region?.endColumn).toBeGreaterThanOrEqual(1);
  const fingerprints = Object.values(result.partialFingerprints ?? {});
  expect(fingerprints.length).toBeGreaterThan(0);
  for (const value of fingerprints) expect(typeof value).toBe('string');
}

describe('sarif', () => {
  it('is one SARIF 2.1.0 log with rules, help and located results', () => {
    const log = JSON.parse(renderCheckReport(REPORT, 'sarif', { toolVersion: '1.2.3' })) as Log;
    expectValidSarif(log);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'password-grant-codemod', version: '1.2.3' });
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(run.results).toHaveLength(REPORT.findings.length);
    const first = REPORT.findings[0];
    expect(run.results?.[0]).toMatchObject({
      ruleId: first.rule,
      level: first.level,
      message: { text: first.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: first.file },
            region: { startLine: first.line, startColumn: first.column, endLine: first.endLine, endColumn: first.endColumn },
          },
        },
      ],
      partialFingerprints: { 'passwordGrantCodemod/v1': first.fingerprint },
    });
  });

  it('reports unreadable files as tool notifications, not results', () => {
    const log = JSON.parse(renderCheckReport(REPORT, 'sarif')) as Log;
    const invocation = log.runs[0].invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(false);
    expect(invocation?.toolExecutionNotifications?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('src/broken.js');
  });

  it('is valid with no findings', () => {
    const log = JSON.parse(renderCheckReport(makeReport([]), 'sarif')) as Log;
    expectValidSarif(log);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations?.[0].executionSuccessful).toBe(true);
  });

  it('percent-encodes paths into URIs', () => {
    const [finding] = fixtureFindings('sdk-password-grant', 'credentials-object.js');
    const log = JSON.parse(renderCheckReport(makeReport([{ ...finding, file: 'src/my app/a.js' }]), 'sarif')) as Log;
    expect(log.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('src/my%20app/a.js');
  });
});

/** Parses a workflow command back, undoing @actions/core's escaping. */
function parseGithubCommand(line: string) {
  const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  if (!match) return null;
  const unescape = (text: string) =>
    text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match[2].split(',').map((pair) => {
      const [key, value] = pair.split('=');
      return [key, unescape(value)];
    }),
  );
  return { level: match[1], properties, message: unescape(match[3]) };
}

describe('github', () => {
  it('prints one annotation per finding, which parses back to the finding', () => {
    const lines = renderCheckReport(REPORT, 'github').trimEnd().split('\n');
    const commands = lines.map(parseGithubCommand).filter((command) => command !== null);
    expect(commands).toHaveLength(REPORT.findings.length + REPORT.errors.length);
    REPORT.findings.forEach((finding, index) => {
      expect(commands[index]).toEqual({
        level: finding.level,
        properties: {
          file: finding.file,
          line: String(finding.line),
          col: String(finding.column),
          endLine: String(finding.endLine),
          endColumn: String(finding.endColumn),
          title: `password-grant-codemod: ${finding.rule}`,
        },
        message: finding.message,
      });
    });
    expect(commands.some((command) => command?.level === 'warning')).toBe(true);
    expect(commands[commands.length - 1]).toMatchObject({ level: 'error', properties: { file: 'src/broken.js' } });
  });

  it('escapes separators in properties and line breaks in messages', () => {
    const [finding] = fixtureFindings('sdk-password-grant', 'credentials-object.js');
    const tricky = { ...finding, file: 'src/a,b:c%.js', message: 'two\nlines, 100%' };
    const [line] = renderCheckReport(makeReport([tricky]), 'github').split('\n');
    expect(line).not.toContain('\n');
    expect(parseGithubCommand(line)).toMatchObject({ properties: { file: 'src/a,b:c%.js' }, message: 'two\\nlines, 100%' });
  });
});

describe('text', () => {
  it('groups findings by file as `line:col level message rule`, then a summary line', () => {
    const text = renderCheckReport(REPORT, 'text');
    const lines = text.trimEnd().split('\n');
    for (const file of new Set(REPORT.findings.map((finding) => finding.file))) {
      expect(lines.filter((line) => line === file)).toHaveLength(1);
    }
    for (const finding of REPORT.findings) {
      const row = lines.find((line) => line.trim().startsWith(`${finding.line}:${finding.column} `) && line.endsWith(finding.rule));
      expect(row).toBeDefined();
      expect(row).toMatch(new RegExp(`\\s${finding.level}\\s+.*${finding.message.slice(0, 20).replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}`));
    }
    expect(text).toContain('src/broken.js  Unexpected token (1:6)');
    expect(lines[lines.length - 1]).toMatch(/^✖ \d+ findings \(\d+ errors, \d+ warnings\) in 4 files; 10 files scanned, 4 parsed; 1 file could not be read or parsed$/);
  });

  it('says so when nothing is found', () => {
    expect(renderCheckReport(makeReport([]), 'text')).toBe('✔ No password grants found; 10 files scanned, 4 parsed\n');
  });
});

describe('markdown', () => {
  it('has a table row per finding and keeps the table intact', () => {
    const [finding] = fixtureFindings('sdk-password-grant', 'credentials-object.js');
    const report = makeReport([...REPORT.findings, { ...finding, message: 'a | b <c>' }], REPORT.errors);
    const markdown = renderCheckReport(report, 'markdown');
    const rows = markdown.split('\n').filter((line) => /^\| (`|<code>)/.test(line));
    expect(rows).toHaveLength(report.findings.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(markdown).toContain('a &#124; b &lt;c&gt;');
    expect(markdown).toContain('### Files not checked');
  });
});
