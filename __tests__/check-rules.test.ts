import { CHECK_RULES } from '../src/check/rules/index';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';
import * as fs from 'fs';
import * as path from 'path';
import { checkSource } from '../src/check/check-source';
import type { Finding } from '../src/check/types';
import { detectInSource } from '../src/detect';
import { ParseError } from '../src/errors';
import { transformSource } from '../src/rewrite/transform-source';
import { loadTransformFixtures } from './helpers/fixtures';

/**
 * The rules of `check`, driven by `__testfixtures__/check/<group>/`: a line ending in
 * `// expect: <rule> [fixable|manual]` must produce exactly that finding, and no other line
 * may produce one. `*.no-finding.*` files must be clean.
 */

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'check');
const EXPECT = /\/\/ expect: ([a-z-]+)(?: (fixable|manual))?\s*$/;

interface Expectation {
  line: number;
  rule: string;
  fixable?: boolean;
}

function loadCheckFixtures(): { name: string; file: string; source: string }[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((group) =>
      fs
        .readdirSync(path.join(FIXTURES, group.name))
        .sort()
        .map((file) => ({
          name: `${group.name}/${file}`,
          file: `${group.name}/${file}`,
          source: fs.readFileSync(path.join(FIXTURES, group.name, file), 'utf8'),
        })),
    );
}

function readExpectations(source: string): Expectation[] {
  return source.split('\n').flatMap((text, index) => {
    const match = EXPECT.exec(text);
    if (!match) return [];
    const fixable = match[2] === undefined ? undefined : match[2] === 'fixable';
    return [{ line: index + 1, rule: match[1], ...(fixable === undefined ? {} : { fixable }) }];
  });
}

function summarise(findings: Finding[]): Expectation[] {
  return findings.map((finding) => ({ line: finding.line, rule: finding.rule, fixable: finding.fixable }));
}

const fixtures = loadCheckFixtures();

describe('check rule fixtures', () => {
  it('has positive and negative fixtures for every rule', () => {
    const names = fixtures.map((fixture) => fixture.name);
    for (const group of ['sdk-password-grant', 'http-password-grant', 'unverified-token-request', 'suppression']) {
      expect(names.some((name) => name.startsWith(`${group}/`) && !name.includes('.no-finding.'))).toBe(true);
    }
    for (const group of ['sdk-password-grant', 'http-password-grant']) {
      expect(names.filter((name) => name.startsWith(`${group}/`) && name.includes('.no-finding.')).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const expected = readExpectations(fixture.source);
    if (fixture.name.includes('.no-finding.')) expect(expected).toEqual([]);
    else expect(expected.length).toBeGreaterThan(0);

    const actual = summarise(checkSource(fixture.source, fixture.file));
    expect(actual).toEqual(expected.map((entry) => expect.objectContaining(entry)));
  });
});

describe('sdk-password-grant is exactly what migrate rewrites or lists as password grants', () => {
  const transformFixtures = loadTransformFixtures();

  it.each(transformFixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const findings = checkSource(fixture.input, fixture.inputFile, fixture.options);
    const sites = detectInSource(fixture.input, fixture.inputFile, fixture.options);
    const at = (entry: { line: number; column: number }) => `${entry.line}:${entry.column}`;

    const sdk = findings.filter((finding) => finding.rule === 'sdk-password-grant');
    expect(sdk.map(at)).toEqual(sites.filter((site) => site.grant === 'password').map((site) => at(site.loc)));
    expect(findings.filter((finding) => finding.rule === 'unverified-token-request').map(at)).toEqual(
      sites.filter((site) => site.grant === 'unknown').map((site) => at(site.loc)),
    );

    // With scopes known, migrate rewrites precisely the fixable findings (unless its own
    // re-parse safety net fires, which would send the site to manual review).
    const options = { scopes: ['analytics:readonly'], ...fixture.options };
    const migrated = transformSource(fixture.input, fixture.inputFile, options);
    const scopesKnown = (options.scopes ?? []).length > 0 || options.target === 'platform-client-v2';
    // Raw HTTP requests are rewritten exactly where their finding is fixable (scopes aside).
    const http = findings.filter((finding) => finding.rule === 'http-password-grant');
    const fixableSites = [...sdk, ...http].filter((finding) => finding.fixable).sort((a, b) => a.line - b.line || a.column - b.column);
    if (scopesKnown && !migrated.manual.some((site) => site.reason.includes('did not parse'))) {
      expect(migrated.sites.map(at)).toEqual(fixableSites.map(at));
    }
    const withoutScopes = transformSource(fixture.input, fixture.inputFile, { ...fixture.options, scopes: [] });
    expect(withoutScopes.sites.filter((site) => http.some((finding) => at(finding) === at(site))).map(at)).toEqual(
      http.filter((finding) => finding.fixable).map(at),
    );
  });
});

describe('suppression comments', () => {
  const GRANT = "client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });";
  const HEADER = "const client = require('@genesyscloud/genesyscloud').ApiClient.instance;\n";

  it('a reason suppresses the next line, and nothing else is reported', () => {
    const source = `${HEADER}// password-grant-codemod-ignore-next-line migrated in PR #42\n${GRANT}\n`;
    expect(checkSource(source, 'a.js')).toEqual([]);
  });

  it('without a reason the line is still suppressed, but the comment is a warning', () => {
    const source = `${HEADER}// password-grant-codemod-ignore-next-line\n${GRANT}\n`;
    expect(checkSource(source, 'a.js')).toEqual([
      expect.objectContaining({ rule: 'suppression-without-reason', level: 'warning', line: 2, column: 1 }),
    ]);
  });

  it('a bare separator is not a reason', () => {
    const source = `${HEADER}// password-grant-codemod-ignore-next-line --\n${GRANT}\n`;
    expect(checkSource(source, 'a.js').map((finding) => finding.rule)).toEqual(['suppression-without-reason']);
  });

  it('the comment must be on the line right before', () => {
    const source = `${HEADER}// password-grant-codemod-ignore-next-line reason\n\n${GRANT}\n`;
    expect(checkSource(source, 'a.js').map((finding) => `${finding.line} ${finding.rule}`)).toEqual(['4 sdk-password-grant']);
  });

  it('a similar but different marker does not suppress', () => {
    const source = `${HEADER}// password-grant-codemod-ignore-next-lines reason\n${GRANT}\n`;
    expect(checkSource(source, 'a.js').map((finding) => finding.rule)).toEqual(['sdk-password-grant']);
  });
});

describe('checkSource', () => {
  it('reports report paths, 1-based positions, end positions and levels', () => {
    const call = "c.postOAuthApiToken({ grant_type: 'password', username: 'u', password: 'p' })";
    const source = `\uFEFFconst c = require('purecloud-platform-client-v2').ApiClient.instance;\n  ${call};\n`;
    const [finding] = checkSource(source, 'src/x.js');
    // end positions are exclusive (one past the call), as SARIF counts them
    expect(finding).toMatchObject({ file: 'src/x.js', line: 2, column: 3, endLine: 2, endColumn: 3 + call.length, level: 'error', fixable: true });
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}:0$/);
  });

  it('throws ParseError on a file that does not parse', () => {
    expect(() => checkSource('const = ;\nclient.postOAuthApiToken({});\n', 'broken.js')).toThrow(ParseError);
  });

  it('does not put credentials into messages', () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'sdk-password-grant', 'credentials-object.js'), 'utf8');
    const [finding] = checkSource(source, 'a.js');
    expect(finding.message).not.toContain('hunter2');
    expect(finding.fingerprint).not.toContain('hunter2');
  });
});

describe('rules and the prefilter', () => {
  it.each(CHECK_RULES.map((rule) => [rule.meta.id, rule.needles] as const))(
    '%s: a file holding one of its needles passes the check prefilter',
    (_id, needles) => {
      expect(needles.length).toBeGreaterThan(0);
      for (const needle of needles) expect(couldHoldPasswordGrant(`// ${needle}\n`, 'check')).toBe(true);
    },
  );

  // A needle that is part of an ordinary word makes every file with the word pass and be
  // parsed: `nforce` (the library) is inside "enforce", in TypeScript's own 9 MB files.
  it('ordinary words and identifiers near the needles do not pass the prefilter', () => {
    const ordinary = [
      '// enforce the limit, reinforce the retry, enforcement of rules',
      'const passwordHash = hash(password); grantAccess(user); oauthCallback(req);',
      'function loginUser(name, password) { return tokenize(name); }',
      "import { Api } from './api'; const userApi = new Api(); const openid = 'id';",
      "const keycloak = require('./keycloak-config'); const forceful = 'force';",
    ].join('\n');
    expect(couldHoldPasswordGrant(ordinary, 'check')).toBe(false);
    expect(couldHoldPasswordGrant(Buffer.from(ordinary), 'check')).toBe(false);
  });

  it('a rule set to off does not run, and warn / error change the level', () => {
    const source = "client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });\n";
    expect(checkSource(source, 'a.js', { rules: { 'sdk-password-grant': 'off' } })).toEqual([]);
    expect(checkSource(source, 'a.js', { rules: { 'sdk-password-grant': 'warn' } }).map((finding) => finding.level)).toEqual(['warning']);
    expect(checkSource(source, 'a.js').map((finding) => finding.level)).toEqual(['error']);
  });
});
