import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_RULE_LEVELS, KNOWN_RULE_IDS } from '../src/check/rule-ids';
import { RULE_IDS, RULES } from '../src/check/rules/index';
import { assertBuilt, makeTempDir, parseJsonReport, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/** `rules` severities, `tokenMethods` / `--token-method`, and library findings, through the real bin. */

const LIBRARY_GRANT = "const ClientOAuth2 = require('client-oauth2');\nnew ClientOAuth2({}).owner.getToken(user, pass);\n";
const WRAPPER_GRANT =
  "const auth = require('./auth');\nauth.getPasswordToken({ credentials: { username: 'svc', password: 'pw' } });\n";

beforeAll(assertBuilt);
afterAll(removeTempDirs);

function config(root: string, value: unknown): void {
  fs.writeFileSync(path.join(root, '.password-grant-codemod.json'), JSON.stringify(value));
}

describe('rules severities', () => {
  it('the light list of rule ids is the rules list', () => {
    expect([...KNOWN_RULE_IDS].sort()).toEqual([...RULE_IDS].sort());
  });

  it('the light table of default levels is the rules\' own', () => {
    expect(DEFAULT_RULE_LEVELS).toEqual(Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].level])));
  });

  it('a run where no file passes the prefilter never loads Babel or the rules on the main thread', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': 'module.exports = 1;\n', '.password-grant-codemod.json': '{ "rules": { "genesys-region": "off" } }\n' });
    const probe = path.join(root, 'probe.cjs');
    // Loads the CLI the way bin/ does, runs check, and lists the modules that were loaded.
    fs.writeFileSync(
      probe,
      [
        `process.argv = [process.argv[0], 'pgc', 'check', ${JSON.stringify(root)}, '--format', 'json', '--output', ${JSON.stringify(path.join(root, 'out.json'))}];`,
        `const done = () => { const loaded = Object.keys(require.cache).filter((f) => /@babel[\\/\\\\](traverse|parser)|check[\\/\\\\]rules[\\/\\\\]/.test(f)); require('fs').writeFileSync(${JSON.stringify(path.join(root, 'loaded.json'))}, JSON.stringify(loaded)); };`,
        "process.on('exit', done);",
        `require(${JSON.stringify(path.join(__dirname, '..', 'bin', 'password-grant-codemod.js'))});`,
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [probe], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(fs.existsSync(path.join(root, 'loaded.json'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'loaded.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out.json'), 'utf8')).configuration.weakened).toEqual([{ rule: 'genesys-region', setting: 'off', where: 'top level' }]);
    expect(run.status).toBe(0);
  });

  it('a library grant fails check with its library in the JSON report', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': LIBRARY_GRANT });
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parseJsonReport(run).findings).toEqual([expect.objectContaining({ rule: 'library-password-grant', line: 2, library: 'client-oauth2', level: 'error' })]);
  });

  it('warn at the top level makes it a warning (exit 0), off in an override applies to matching files only', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': LIBRARY_GRANT, 'test/b.js': LIBRARY_GRANT });
    config(root, { rules: { 'library-password-grant': 'warn' }, overrides: [{ files: ['test/**'], rules: { 'library-password-grant': 'off' } }] });
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(0);
    expect(parseJsonReport(run).findings.map((finding: { file: string; level: string }) => `${finding.file} ${finding.level}`)).toEqual(['src/a.js warning']);
  });

  it('an override merges with the top-level rules per rule', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': LIBRARY_GRANT });
    config(root, { rules: { 'library-password-grant': 'warn' }, overrides: [{ files: 'src/**', rules: { 'http-password-grant': 'off' } }] });
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(parseJsonReport(run).findings.map((finding: { level: string }) => finding.level)).toEqual(['warning']);
  });

  it.each([
    [{ rules: { 'no-such-rule': 'off' } }, 'rules.no-such-rule: unknown rule "no-such-rule"; expected one of: sdk-password-grant'],
    [{ overrides: [{ files: 'a', rules: { 'library-password-grant': 'never' } }] }, 'overrides[0].rules.library-password-grant: expected "error", "warn" or "off", got "never"'],
    [{ rules: ['off'] }, 'rules: expected an object'],
    [{ tokenMethods: ['get-token'] }, 'tokenMethods[0]: expected a method name'],
    [{ tokenMethods: 'login' }, 'tokenMethods: expected a list of method names'],
  ])('%j is exit 2 naming the key', (value, message) => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': LIBRARY_GRANT });
    config(root, value);
    const run = runCli(['check', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('token methods', () => {
  it('--token-method makes a wrapper count for check, and the message names it', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': WRAPPER_GRANT });
    expect(runCli(['check', '.', '--format', 'json'], root).code).toBe(0);
    const run = runCli(['check', '.', '--format', 'json', '--token-method', 'getPasswordToken'], root);
    expect(run.code).toBe(1);
    const [finding] = parseJsonReport(run).findings;
    expect(finding).toMatchObject({ rule: 'sdk-password-grant', line: 2 });
    expect(finding.message).toContain('auth.getPasswordToken(...)');
  });

  it('tokenMethods in the configuration makes migrate rewrite the wrapper call', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': WRAPPER_GRANT });
    config(root, { tokenMethods: ['getPasswordToken'], scopes: ['analytics:readonly'] });
    const run = runCli(['migrate', '.', '--dry-run', '--format', 'json'], root);
    expect(parseJsonReport(run).changed).toEqual([expect.objectContaining({ file: 'a.js', sites: 1 })]);
    const viaFlag = makeTempDir();
    writeFiles(viaFlag, { 'a.js': WRAPPER_GRANT });
    const rewritten = runCli(['migrate', '.', '--scopes', 'analytics:readonly', '--token-method', 'getPasswordToken'], viaFlag);
    expect(rewritten.code).toBe(0);
    expect(fs.readFileSync(path.join(viaFlag, 'a.js'), 'utf8')).toContain('auth.loginClientCredentials(');
  });

  it('a bad --token-method is exit 2', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': WRAPPER_GRANT });
    const run = runCli(['check', '.', '--token-method', '1bad'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--token-method "1bad"');
  });
});
