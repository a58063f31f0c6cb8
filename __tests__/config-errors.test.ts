import { loadConfig } from '../src/config/load-config';
import { UsageError } from '../src/errors';
import { assertBuilt, GRANT_JS, makeTempDir, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

const CONFIG_FILE = '.password-grant-codemod.json';

/** The usage error a configuration produces (fails the test when it loads). */
async function configError(files: Record<string, string>, explicit?: string): Promise<UsageError> {
  const root = makeTempDir();
  writeFiles(root, files);
  const error = await loadConfig(root, explicit).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

const json = (value: unknown) => ({ [CONFIG_FILE]: JSON.stringify(value) });

describe('configuration errors name the file, the key path and what was expected', () => {
  it.each([
    ['malformed JSON', { [CONFIG_FILE]: '{ "scopes": [' }, [/\.password-grant-codemod\.json: cannot be read: not valid JSON/]],
    ['an unknown key', json({ scope: ['a'] }), [/invalid configuration in \.password-grant-codemod\.json/, /scope: unknown key \(did you mean "scopes"\?\); expected one of: scopes, /]],
    ['a wrong type', json({ newrelic: 'yes' }), [/newrelic: expected true or false, got "yes"/]],
    ['scopes as a string', json({ scopes: 'analytics:readonly' }), [/scopes: expected a non-empty list of scope names.*or "auto", got "analytics:readonly"/]],
    ['an empty scope list', json({ scopes: [] }), [/scopes: expected a non-empty list of scope names/]],
    ['an invalid scope name', json({ scopes: ['ok:readonly', 'bad scope'] }), [/scopes\[1\]: expected a scope name made of letters, digits and ":", "_", "-".*got "bad scope"/]],
    ['an invalid scope name in an override', json({ overrides: [{ files: ['a/**'] }, { files: 'b/**', scopes: ['x/y'] }] }), [/overrides\[1\]\.scopes\[0\]: expected a scope name.*got "x\/y"/]],
    ['an unknown key in an override', json({ overrides: [{ files: ['a/**'], ignore: ['x'] }] }), [/overrides\[0\]\.ignore: unknown key; expected one of: files, scopes, /]],
    ['an override without files', json({ overrides: [{ scopes: ['a'] }] }), [/overrides\[0\]\.files: expected a glob or a non-empty list of globs/]],
    ['an unknown region', json({ region: 'mars-1' }), [/region: expected a Genesys Cloud region \(us-east-1, .*\), got "mars-1"/]],
    ['an env var name that is not one', json({ clientIdEnv: 'MY-ID' }), [/clientIdEnv: expected an environment variable name/]],
    ['a base path that is not a URL', json({ basePath: 'api.mypurecloud.ie' }), [/basePath: expected an http\(s\) URL/]],
    ['a wrong target', json({ target: 'v3' }), [/target: expected "init-login" or "platform-client-v2", got "v3"/]],
    ['a list of the wrong things', json({ ignore: ['dist/', 3] }), [/ignore\[1\]: expected ignore pattern \(a non-empty string\), got 3/]],
    ['not an object', json(['scopes']), [/\(the whole file\): expected an object of settings, got \["scopes"\]/]],
    ['the package.json key of a wrong type', { 'package.json': JSON.stringify({ passwordGrantCodemod: 'auto' }) }, [/package\.json/, /expected an object of settings, got "auto"/]],
    ['a JavaScript file that throws', { 'password-grant-codemod.config.js': "throw new Error('boom');" }, [/password-grant-codemod\.config\.js: a JavaScript configuration file is not run unless you name it/]],
  ])('%s', async (_name, files, patterns) => {
    const error = await configError(files);
    for (const pattern of patterns) expect(error.message).toMatch(pattern);
    expect(error.hint).toMatch(/nothing was (run or )?written/);
  });

  it('lists every problem, not only the first', async () => {
    const error = await configError(json({ scope: ['a'], newrelic: 1 }));
    expect(error.message).toMatch(/scope: unknown key/);
    expect(error.message).toMatch(/newrelic: expected true or false, got 1/);
  });

  it('refuses a --config file of a type it cannot read', async () => {
    const error = await configError({ 'pgc.yaml': 'scopes: [a]' }, 'pgc.yaml');
    expect(error.message).toMatch(/pgc\.yaml: cannot be read: unsupported file type; expected \.json, \.js, \.cjs or \.mjs/);
  });
});

describe('bad configuration or options stop the run with exit 2, nothing written [CLI]', () => {
  beforeAll(assertBuilt);

  it.each([
    ['a malformed configuration', { [CONFIG_FILE]: '{ "scopes": [' }, [], /\.password-grant-codemod\.json: cannot be read: not valid JSON/],
    ['an unknown configuration key', json({ scope: ['a'] }), [], /scope: unknown key \(did you mean "scopes"\?\)/],
    ['a wrong type in the configuration', json({ scopes: [42] }), [], /scopes\[0\]: expected a scope name .*got 42/],
    ['an empty --scopes', {}, ['--scopes', ''], /--scopes: empty value; expected comma-separated scope names or "auto"/],
    ['--scopes with a space inside a name', {}, ['--scopes', 'analytics readonly'], /--scopes: "analytics readonly" is not a scope name; expected a scope name made of letters, digits/],
    ['--scopes with a character outside [A-Za-z0-9:_-]', {}, ['--scopes', 'analytics;readonly'], /--scopes: "analytics;readonly" is not a scope name/],
    ['--scopes auto mixed with names', {}, ['--scopes', 'auto,users'], /"auto" cannot be combined with scope names/],
    ['an unknown --format', {}, ['--format', 'yaml'], /format.*yaml.*(text|choices)/is],
    ['a --config file that does not exist', {}, ['--config', 'missing.json'], /--config missing\.json: file not found/],
  ])('%s', (_name, files, args, pattern) => {
    const root = makeTempDir();
    writeFiles(root, { ...files, 'src/login.js': GRANT_JS });
    const run = runCli(['migrate', '.', '--force', ...args], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(run.stdout).toBe('');
    expect(readFile(root, 'src/login.js')).toBe(GRANT_JS);
  });

  it('check refuses a bad configuration too', () => {
    const root = makeTempDir();
    writeFiles(root, { ...json({ sdkModules: 'not-a-list' }), 'src/login.js': GRANT_JS });
    const run = runCli(['check', '.'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sdkModules: expected a list of module names, got "not-a-list"/);
  });
});
