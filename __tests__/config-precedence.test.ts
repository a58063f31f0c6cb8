import * as fs from 'fs';
import * as path from 'path';
import { createFileOptionsResolver } from '../src/cli/file-options-from-args';
import type { RewriteArgs } from '../src/cli/option-groups';
import { loadConfig } from '../src/config/load-config';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

const CONFIG = { scopes: ['top:readonly'] };

/** Resolves one file's settings as `migrate` would, without inference (it is tested elsewhere). */
async function resolveFor(root: string, file: string, args: RewriteArgs & { config?: string } = {}, cwd = root) {
  const resolver = createFileOptionsResolver(args, cwd);
  await resolver.load();
  return resolver.resolve(path.join(root, file));
}

describe('configuration discovery', () => {
  it.each([
    ['.password-grant-codemod.json', JSON.stringify(CONFIG)],
    ['password-grant-codemod.config.json', JSON.stringify(CONFIG)],
    ['package.json', JSON.stringify({ name: 'svc', passwordGrantCodemod: CONFIG })],
  ])('finds %s in the cwd', async (name, content) => {
    const root = makeTempDir();
    writeFiles(root, { [name]: content });
    const loaded = await loadConfig(root);
    expect(loaded?.file).toBe(path.join(root, name));
    expect(loaded?.config.scopes).toEqual(['top:readonly']);
  });

  it.each(['password-grant-codemod.config.js', 'password-grant-codemod.config.cjs'])(
    'finds %s in the cwd but does not run it unless --config names it',
    async (name) => {
      const root = makeTempDir();
      writeFiles(root, { [name]: `module.exports = ${JSON.stringify(CONFIG)};` });
      await expect(loadConfig(root)).rejects.toThrow(/a JavaScript configuration file is not run unless you name it/);
      const loaded = await loadConfig(root, name);
      expect(loaded?.config.scopes).toEqual(['top:readonly']);
    },
  );

  it('searches from the cwd upwards', async () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify(CONFIG), 'services/a/src/x.js': '' });
    const loaded = await loadConfig(path.join(root, 'services', 'a'));
    expect(loaded?.folder).toBe(root);
  });

  it('skips a package.json without the key and keeps searching upwards', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'package.json': JSON.stringify({ passwordGrantCodemod: CONFIG }), 'svc/package.json': '{"name":"svc"}' });
    expect((await loadConfig(path.join(root, 'svc')))?.file).toBe(path.join(root, 'package.json'));
  });

  it('reads the file --config names, relative to the cwd, instead of searching', async () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify(CONFIG), 'ci/pgc.json': JSON.stringify({ scopes: ['named'] }) });
    expect((await loadConfig(root, 'ci/pgc.json'))?.config.scopes).toEqual(['named']);
  });

  it('returns null when there is none', async () => {
    expect(await loadConfig(makeTempDir())).toBeNull();
  });
});

describe('precedence: command line > matching overrides > top level > defaults', () => {
  const config = {
    scopes: ['top'],
    clientIdEnv: 'TOP_ID',
    basePath: 'https://api.mypurecloud.ie',
    newrelic: true,
    overrides: [
      { files: ['services/reports/**'], scopes: ['reports:readonly'], clientIdEnv: 'REPORTS_ID' },
      { files: 'services/reports/admin/**', scopes: ['reports'] },
      { files: ['*.test.js'], region: 'us-east-1' },
    ],
  };

  it.each([
    // file, command line, expected scopes, scope source, other expected options
    ['src/a.js', {}, ['top'], 'config', { clientIdEnv: 'TOP_ID', basePath: 'https://api.mypurecloud.ie', newrelic: true }],
    ['services/reports/x.js', {}, ['reports:readonly'], 'override services/reports/**', { clientIdEnv: 'REPORTS_ID' }],
    ['services/reports/admin/y.js', {}, ['reports'], 'override services/reports/admin/**', { clientIdEnv: 'REPORTS_ID' }],
    ['services/reports/admin/y.js', { scopes: ['cli-scope'] }, ['cli-scope'], 'cli', { clientIdEnv: 'REPORTS_ID' }],
    ['services/reports/x.js', { clientIdEnv: 'CLI_ID' }, ['reports:readonly'], 'override services/reports/**', { clientIdEnv: 'CLI_ID' }],
    // a region from an override replaces the top-level base path: they say the same thing
    ['deep/down/a.test.js', {}, ['top'], 'config', { region: 'us-east-1', basePath: undefined }],
    ['src/a.js', { region: 'eu-west-1' }, ['top'], 'config', { region: 'eu-west-1', basePath: undefined }],
    ['src/a.js', { newrelic: false }, ['top'], 'config', { newrelic: false }],
  ] as const)('%s with %j', async (file, cli, scopes, source, others) => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify(config) });
    const resolved = await resolveFor(root, file, cli as RewriteArgs);
    expect(resolved.options.scopes).toEqual(scopes);
    expect(resolved.scopeSource).toBe(source);
    for (const [key, value] of Object.entries(others)) {
      if (value === undefined) expect(resolved.options).not.toHaveProperty(key);
      else expect(resolved.options).toHaveProperty(key, value);
    }
  });

  it('uses the defaults when nothing is configured: no scopes, so the transform asks for manual review', async () => {
    const resolved = await resolveFor(makeTempDir(), 'src/a.js');
    expect(resolved).toEqual({ options: {}, scopeSource: 'none' });
  });

  it('matches override globs relative to the configuration file, not the cwd', async () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify(config), 'services/reports/x.js': '' });
    const resolved = await resolveFor(root, 'services/reports/x.js', {}, path.join(root, 'services'));
    expect(resolved.scopeSource).toBe('override services/reports/**');
  });

  it('passes sdkModules on to the detector', async () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify({ sdkModules: ['@acme/genesys'] }) });
    expect((await resolveFor(root, 'a.js')).options.sdkModules).toEqual(['@acme/genesys']);
  });
});

describe('configuration in a real run [CLI]', () => {
  beforeAll(assertBuilt);

  it('reports where each file got its scopes, and honours the configuration ignore list', () => {
    const root = makeTempDir();
    writeFiles(root, {
      '.password-grant-codemod.json': JSON.stringify({
        scopes: ['users:readonly'],
        ignore: ['legacy/'],
        overrides: [{ files: ['src/reports/**'], scopes: ['analytics:readonly'] }],
      }),
      'src/login.js': GRANT_JS,
      'src/reports/login.js': GRANT_JS,
      'legacy/login.js': GRANT_JS,
    });
    const report = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json'], root));
    expect(report.changed).toEqual([
      { file: 'src/login.js', sites: 1, scopes: ['users:readonly'], scopeSource: 'config', format: 'builtin', notes: [] },
      { file: 'src/reports/login.js', sites: 1, scopes: ['analytics:readonly'], scopeSource: 'override src/reports/**', format: 'builtin', notes: [] },
    ]);
    const withCli = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json', '--scopes', 'a:readonly'], root));
    expect(withCli.changed.map((entry: { scopeSource: string }) => entry.scopeSource)).toEqual(['cli', 'cli']);
  });

  // ES modules are loaded with import(), which jest's module sandbox does not offer: run the CLI.
  it('reads password-grant-codemod.config.mjs', () => {
    const root = makeTempDir();
    writeFiles(root, { 'password-grant-codemod.config.mjs': `export default ${JSON.stringify(CONFIG)};`, 'src/login.js': GRANT_JS });
    const report = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json', '--config', 'password-grant-codemod.config.mjs'], root));
    expect(report.changed).toEqual([{ file: 'src/login.js', sites: 1, scopes: ['top:readonly'], scopeSource: 'config', format: 'builtin', notes: [] }]);
  });

  it('finds the configuration from a subfolder cwd, and check honours its ignore list too', () => {
    const root = makeTempDir();
    writeFiles(root, {
      '.password-grant-codemod.json': JSON.stringify({ ignore: ['app/generated/**'], scopes: ['a:readonly'] }),
      'app/src/login.js': GRANT_JS,
      'app/generated/login.js': GRANT_JS,
    });
    const cwd = path.join(root, 'app');
    const migrate = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json'], cwd));
    expect(migrate.changed).toEqual([{ file: 'src/login.js', sites: 1, scopes: ['a:readonly'], scopeSource: 'config', format: 'builtin', notes: [] }]);
    const check = parseJsonReport(runCli(['check', '.', '--format', 'json'], cwd));
    expect(check.findings.map((finding: { file: string }) => finding.file)).toEqual(['src/login.js']);
    expect(fs.existsSync(path.join(root, 'app/generated/login.js'))).toBe(true);
  });
});
