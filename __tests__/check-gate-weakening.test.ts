import '@microsoft/jest-sarif';
import { findGateWeakenings } from '../src/check/gate-weakening';
import type { LoadedConfig } from '../src/config/load-config';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

const loaded = (config: LoadedConfig['config']): LoadedConfig => ({ file: '/r/.password-grant-codemod.json', folder: '/r', config });

describe('findGateWeakenings', () => {
  it.each([
    ['no configuration', null, []],
    ['rules turned up or kept', loaded({ rules: { 'sdk-password-grant': 'error', 'user-context-api': 'error', 'genesys-region': 'warn' } }), []],
    ['an error-level rule off', loaded({ rules: { 'sdk-password-grant': 'off' } }), [{ rule: 'sdk-password-grant', setting: 'off', where: 'top level' }]],
    ['an error-level rule to warn', loaded({ rules: { 'http-password-grant': 'warn' } }), [{ rule: 'http-password-grant', setting: 'warn', where: 'top level' }]],
    ['a warning-level rule off', loaded({ rules: { 'user-context-api': 'off' } }), [{ rule: 'user-context-api', setting: 'off', where: 'top level' }]],
    [
      'in an override',
      loaded({ overrides: [{ files: ['src/**', 'lib/**'], rules: { 'library-password-grant': 'off' } }] }),
      [{ rule: 'library-password-grant', setting: 'off', where: 'override src/**, lib/**' }],
    ],
  ] as const)('%s', (_name, config, expected) => {
    expect(findGateWeakenings(config as LoadedConfig | null)).toEqual(expected);
  });
});

describe('a configuration file that turns the gate down [CLI]', () => {
  beforeAll(assertBuilt);

  // Attack: a pull request adds a configuration file that turns the password-grant rule off;
  // the gate then said "No password grants found" and nothing else.
  const repo = () => {
    const root = makeTempDir();
    writeFiles(root, { 'login.js': GRANT_JS, '.password-grant-codemod.json': '{ "rules": { "sdk-password-grant": "off" } }\n' });
    return root;
  };

  it('is named in every format', () => {
    const root = repo();
    const text = runCli(['check', '.'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('the configuration file .password-grant-codemod.json turns sdk-password-grant off (top level)');
    const json = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(json.findings).toEqual([]);
    expect(json.configuration).toEqual({ file: '.password-grant-codemod.json', weakened: [{ rule: 'sdk-password-grant', setting: 'off', where: 'top level' }] });
    const github = runCli(['check', '.', '--format', 'github'], root).stdout;
    expect(github).toMatch(/^::warning file=\.password-grant-codemod\.json,title=password-grant-codemod%3A rules turned down::.*sdk-password-grant off/m);
    const markdown = runCli(['check', '.', '--format', 'markdown'], root).stdout;
    expect(markdown).toContain('> [!WARNING]');
    expect(markdown).toMatch(/sdk\\?-password\\?-grant off/);
    const sarif = JSON.parse(runCli(['check', '.', '--format', 'sarif'], root).stdout);
    expect(sarif).toBeValidSarifLog();
    expect(sarif.runs[0].invocations[0].toolConfigurationNotifications[0].message.text).toContain('sdk-password-grant off');
  });

  it('is not mentioned when the configuration turns nothing down', () => {
    const root = makeTempDir();
    writeFiles(root, { 'login.js': GRANT_JS, '.password-grant-codemod.json': '{ "rules": { "genesys-region": "error" } }\n' });
    const json = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(json.configuration).toBeUndefined();
    expect(json.findings.map((finding: { rule: string }) => finding.rule)).toEqual(['sdk-password-grant']);
  });

  it('can be pinned: --config naming a copy of the trusted file wins over the one the pull request changed', () => {
    const root = repo();
    const trusted = makeTempDir();
    writeFiles(trusted, { 'pgc.json': '{}\n' });
    const run = runCli(['check', '.', '--config', `${trusted}/pgc.json`, '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parseJsonReport(run).findings.map((finding: { rule: string }) => finding.rule)).toEqual(['sdk-password-grant']);
  });
});

describe('a configuration file whose ignore hides files that name a grant [CLI]', () => {
  beforeAll(assertBuilt);

  // Attack: a pull request adds its grant under a folder and an `ignore` entry for that
  // folder; the gate never read the file and said "No password grants found".
  const repo = () => {
    const root = makeTempDir();
    writeFiles(root, {
      'src/legacy/login.js': GRANT_JS,
      'src/legacy/util.js': 'module.exports = (a, b) => a + b;\n',
      'src/app.js': "console.log('hello');\n",
      '.password-grant-codemod.json': '{ "ignore": ["src/legacy/**"] }\n',
    });
    return root;
  };

  it('names the hidden file, and only that one, in every format', () => {
    const root = repo();
    const text = runCli(['check', '.'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('its ignore hides 1 file that name what the rules look for, unchecked: src/legacy/login.js');
    const json = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(json.findings).toEqual([]);
    expect(json.configuration).toEqual({ file: '.password-grant-codemod.json', weakened: [], ignored: ['src/legacy/login.js'] });
    const github = runCli(['check', '.', '--format', 'github'], root).stdout;
    expect(github).toMatch(/^::warning file=\.password-grant-codemod\.json,title=password-grant-codemod%3A files hidden from the gate::.*src\/legacy\/login\.js: the hidden files are not checked at all$/m);
    const markdown = runCli(['check', '.', '--format', 'markdown'], root).stdout;
    expect(markdown).toContain('> [!WARNING]');
    expect(markdown).toMatch(/src\/legacy\/login\.js/);
    const sarif = JSON.parse(runCli(['check', '.', '--format', 'sarif'], root).stdout);
    expect(sarif).toBeValidSarifLog();
    expect(sarif.runs[0].invocations[0].toolConfigurationNotifications[0].message.text).toContain('src/legacy/login.js');
  });

  it('names it next to a rule turned off, and a shard names its own share', () => {
    const root = repo();
    writeFiles(root, { '.password-grant-codemod.json': '{ "ignore": ["src/legacy/**"], "rules": { "genesys-region": "off" } }\n' });
    const json = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(json.configuration).toEqual({
      file: '.password-grant-codemod.json',
      weakened: [{ rule: 'genesys-region', setting: 'off', where: 'top level' }],
      ignored: ['src/legacy/login.js'],
    });
    const shards = [1, 2].map((index) => parseJsonReport(runCli(['check', '.', '--format', 'json', '--shard', `${index}/2`], root)));
    expect(shards.flatMap((shard) => shard.configuration.ignored ?? [])).toEqual(['src/legacy/login.js']);
  });

  it('says nothing when the ignored files name nothing the rules look for', () => {
    const root = repo();
    writeFiles(root, { 'src/legacy/login.js': 'module.exports = {};\n' });
    const json = parseJsonReport(runCli(['check', '.', '--format', 'json'], root));
    expect(json.configuration).toBeUndefined();
    expect(runCli(['check', '.'], root).stdout).not.toContain('ignore');
  });

  it('leaves --ignore on the command line alone: the pipeline chose it, not the pull request', () => {
    const root = repo();
    writeFiles(root, { '.password-grant-codemod.json': '{}\n' });
    const json = parseJsonReport(runCli(['check', '.', '--ignore', 'src/legacy/**', '--format', 'json'], root));
    expect(json.configuration).toBeUndefined();
    expect(json.findings).toEqual([]);
  });
});

