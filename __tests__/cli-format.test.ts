import { parse } from '@babel/parser';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  assertBuilt,
  initCommittedRepo,
  makeTempDir,
  parseJsonReport,
  readFile,
  REPO_ROOT,
  removeTempDirs,
  runCli,
  writeFiles,
} from './helpers/cli-harness';

/**
 * Formatting of the rewritten statements, end to end through the real bin: repositories with
 * their own Prettier (copied, not linked, from our devDependency into *their* node_modules),
 * static and JavaScript configurations, overrides, .prettierignore, a broken Prettier, a
 * committed one; repositories with only an .editorconfig; --no-format.
 */

jest.setTimeout(60_000);

beforeAll(() => assertBuilt());
afterAll(() => removeTempDirs());

const OUR_PRETTIER = path.join(REPO_ROOT, 'node_modules', 'prettier');

function installPrettier(root: string): void {
  fs.cpSync(OUR_PRETTIER, path.join(root, 'node_modules', 'prettier'), { recursive: true, dereference: true });
}

/** The repository's own `prettier --check`, run from its root as its CI would. */
function prettierCheck(root: string, files: string[]): { code: number; output: string } {
  const bin = path.join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  const result = spawnSync(process.execPath, [bin, '--check', ...files], { cwd: root, encoding: 'utf8' });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

function migrate(root: string, ...extra: string[]) {
  const run = runCli(['migrate', '.', '--scopes', 'analytics:readonly', '--format', 'json', ...extra], root);
  return { run, report: parseJsonReport(run) };
}

function changedEntry(report: any, file: string): any {
  const entry = report.changed.find((candidate: { file: string }) => candidate.file === file);
  if (!entry) throw new Error(`${file} not in the changed list: ${JSON.stringify(report, null, 2)}`);
  return entry;
}

/** The lines of `before` that are not in `after`: what the rewrite removed or replaced. */
function removedLines(before: string, after: string): string[] {
  const kept = new Set(after.split('\n'));
  return before.split('\n').filter((line) => !kept.has(line));
}

function parsesAs(code: string, file: string): void {
  const plugins: ('typescript' | 'jsx')[] = file.endsWith('.ts') ? ['typescript'] : ['jsx'];
  parse(code.replace(/^\uFEFF/, ''), { sourceType: 'module', allowAwaitOutsideFunction: true, plugins });
}

const LONG_LINE = /loginClientCredentials\(process\.env\.GENESYSCLOUD_OAUTHCLIENT_ID, process\.env\.GENESYSCLOUD_OAUTHCLIENT_SECRET/;

// Prettier-clean sources (printWidth 100, single quotes), the grant in different shapes.
const SERVICE_JS = [
  "const platformClient = require('purecloud-platform-client-v2');",
  '',
  'const client = platformClient.ApiClient.instance;',
  '',
  '// Logs the service in before the first API call.',
  'async function login() {',
  '  const res = await client.postOAuthApiToken({',
  "    credentials: { username: 'svc-reporting', password: 'Zq9x-not-a-real-one' },",
  '  });',
  '  return res.accessToken;',
  '}',
  '',
  'module.exports = { login };',
  '',
].join('\n');

const SESSION_TS = [
  "import { ApiClient } from 'purecloud-platform-client-v2';",
  '',
  'export class GenesysSession {',
  '  private readonly apiClient = new ApiClient();',
  '',
  '  async start(): Promise<string> {',
  '    const token = await this.apiClient.postOAuthApiToken({ credentials: { username: process.env.SVC_USER, password: process.env.SVC_PASS } });',
  '    return token.accessToken;',
  '  }',
  '}',
  '',
].join('\n');

// A raw HTTP Genesys grant, Prettier-clean: the rewrite adds the Basic header to its headers.
const TOKEN_JS = [
  "const axios = require('axios');",
  '',
  'async function fetchToken(username, password) {',
  '  const response = await axios.post(',
  "    'https://login.mypurecloud.ie/oauth/token',",
  "    new URLSearchParams({ grant_type: 'password', username, password }),",
  "    { headers: { Accept: 'application/json' } },",
  '  );',
  '  return response.data.access_token;',
  '}',
  '',
  'module.exports = { fetchToken };',
  '',
].join('\n');

const PRETTIER_FILES = ['src/service.js', 'src/session.ts', 'src/legacy/connect.js', 'src/token.js'];

describe('a repository formatted with its own Prettier', () => {
  let root: string;
  let report: any;
  const originals: Record<string, string> = {};

  beforeAll(() => {
    root = makeTempDir();
    installPrettier(root);
    // The legacy file is CRLF with a BOM, in a folder whose override keeps its line endings,
    // double quotes and no semicolons.
    const legacy = [
      '\uFEFFconst platformClient = require("purecloud-platform-client-v2")',
      '',
      'const client = new platformClient.ApiClient()',
      '',
      'export function connect() {',
      '  return client.postOAuthApiToken({',
      '    grant_type: "password",',
      '    username: "svc",',
      '    password: "Zq9x-other",',
      '  })',
      '}',
      '',
    ].join('\r\n');
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'svc', private: true, devDependencies: { prettier: '^3.0.0' } }, null, 2) + '\n',
      '.prettierrc': JSON.stringify({
        printWidth: 100,
        singleQuote: true,
        overrides: [{ files: 'src/legacy/**', options: { singleQuote: false, semi: false, printWidth: 80, endOfLine: 'auto' } }],
      }),
      '.prettierignore': 'src/generated/\n',
      'src/service.js': SERVICE_JS,
      'src/session.ts': SESSION_TS.replace(
        '    const token = await this.apiClient.postOAuthApiToken({ credentials: { username: process.env.SVC_USER, password: process.env.SVC_PASS } });',
        [
          '    const token = await this.apiClient.postOAuthApiToken({',
          '      credentials: { username: process.env.SVC_USER, password: process.env.SVC_PASS },',
          '    });',
        ].join('\n'),
      ),
      'src/legacy/connect.js': legacy,
      'src/token.js': TOKEN_JS,
      'src/generated/client.js': SERVICE_JS,
    };
    writeFiles(root, files);
    for (const [file, text] of Object.entries(files)) originals[file] = text;
    expect(prettierCheck(root, PRETTIER_FILES).code).toBe(0);
    const result = migrate(root);
    expect(result.run.code).toBe(0);
    report = result.report;
  });

  it('formats every changed file with the repository Prettier, and its own prettier --check passes', () => {
    for (const file of PRETTIER_FILES) {
      expect(changedEntry(report, file)).toMatchObject({ format: 'prettier', notes: [] });
    }
    const check = prettierCheck(root, PRETTIER_FILES);
    expect(check.output).toContain('All matched files use Prettier code style');
    expect(check.code).toBe(0);
  });

  it('formats the Basic header the raw HTTP rewrite adds, and a second migrate changes nothing', () => {
    const token = readFile(root, 'src/token.js');
    expect(token).toContain("grant_type: 'client_credentials'");
    expect(token).toMatch(/Authorization:\s+'Basic ' \+/);
    expect(token.split('\n').every((line) => line.length <= 100)).toBe(true);
    const again = migrate(root);
    expect(again.run.code).toBe(0);
    expect(again.report.changed).toEqual([]);
  });

  it('lays the call out to the configured width (100 columns: the hugged array fits on the call line)', () => {
    const service = readFile(root, 'src/service.js');
    expect(service).toContain(
      [
        '  const res = await client.loginClientCredentials(',
        '    process.env.GENESYSCLOUD_OAUTHCLIENT_ID,',
        '    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,',
        "    ['analytics:readonly'],",
        '  );',
      ].join('\n'),
    );
    expect(service.split('\n').every((line) => line.length <= 100)).toBe(true);
  });

  it('keeps every line outside the rewritten statements byte for byte', () => {
    const service = readFile(root, 'src/service.js');
    // Only the old call's lines are gone (its `});` reads like the new init's); every other line stays.
    expect(removedLines(originals['src/service.js'], service)).toEqual([
      '  const res = await client.postOAuthApiToken({',
      "    credentials: { username: 'svc-reporting', password: 'Zq9x-not-a-real-one' },",
    ]);
    expect(service.startsWith(originals['src/service.js'].split('async function login')[0])).toBe(true);
    expect(service.endsWith('  return res.accessToken;\n}\n\nmodule.exports = { login };\n')).toBe(true);
  });

  it('honours overrides and keeps the BOM and CRLF line endings of the file', () => {
    const legacy = readFile(root, 'src/legacy/connect.js');
    expect(legacy.startsWith('\uFEFF')).toBe(true);
    expect(/[^\r]\n/.test(legacy)).toBe(false);
    expect(legacy).toContain('"analytics:readonly"');
    expect(legacy).not.toMatch(/\);\r\n/); // semi: false
    expect(legacy.split('\r\n').every((line) => line.length <= 80)).toBe(true);
    parsesAs(legacy, 'connect.js');
  });

  it('leaves a file listed in .prettierignore unformatted, and says why', () => {
    const entry = changedEntry(report, 'src/generated/client.js');
    expect(entry.format).toBe('none');
    expect(entry.notes.join(' ')).toMatch(/\.prettierignore/);
    expect(readFile(root, 'src/generated/client.js')).toMatch(LONG_LINE);
  });
});

describe('a JavaScript Prettier configuration', () => {
  function makeRepo(): string {
    const root = makeTempDir();
    installPrettier(root);
    writeFiles(root, {
      'package.json': JSON.stringify({ name: 'svc', private: true }) + '\n',
      // Running it leaves a mark, so the test sees whether the repository's code ran.
      'prettier.config.js': [
        "require('fs').writeFileSync(require('path').join(__dirname, 'config-ran.txt'), 'yes');",
        'module.exports = { printWidth: 100, singleQuote: true };',
        '',
      ].join('\n'),
      'src/service.js': SERVICE_JS,
    });
    return root;
  }

  it('is not executed without --trust-project-config: the file gets the built-in layout and a note naming the config and the flag', () => {
    const root = makeRepo();
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    const entry = changedEntry(report, 'src/service.js');
    expect(entry.format).toBe('builtin');
    expect(entry.notes.join(' ')).toMatch(/prettier\.config\.js.*--trust-project-config/);
    expect(fs.existsSync(path.join(root, 'config-ran.txt'))).toBe(false);
    const service = readFile(root, 'src/service.js');
    expect(service.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('is used with --trust-project-config, and prettier --check passes', () => {
    const root = makeRepo();
    const { run, report } = migrate(root, '--trust-project-config');
    expect(run.code).toBe(0);
    expect(changedEntry(report, 'src/service.js')).toMatchObject({ format: 'prettier', notes: [] });
    expect(fs.existsSync(path.join(root, 'config-ran.txt'))).toBe(true);
    fs.rmSync(path.join(root, 'config-ran.txt'));
    expect(prettierCheck(root, ['src/service.js']).code).toBe(0);
  });
});

/** A fake Prettier package: `format` throws; loading it leaves a mark. */
function writeFakePrettier(root: string): void {
  writeFiles(root, {
    'node_modules/prettier/package.json': JSON.stringify({ name: 'prettier', version: '3.0.0-broken', main: 'index.js' }),
    'node_modules/prettier/index.js': [
      "require('fs').writeFileSync(require('path').join(__dirname, '..', '..', 'prettier-loaded.txt'), 'yes');",
      'module.exports = {',
      "  resolveConfigFile: async () => require('path').join(__dirname, '..', '..', '.prettierrc'),",
      '  resolveConfig: async () => ({ printWidth: 100 }),',
      '  getFileInfo: async () => ({ ignored: false, inferredParser: "babel" }),',
      "  format: async () => { throw new Error('boom: this Prettier is broken'); },",
      '};',
      '',
    ].join('\n'),
    '.prettierrc': '{ "printWidth": 100 }\n',
    'package.json': JSON.stringify({ name: 'svc', private: true }) + '\n',
    'src/service.js': SERVICE_JS,
  });
}

describe('a Prettier that cannot be used', () => {
  it('broken (format throws): the rewrite lands unformatted, with a note, and the run succeeds', () => {
    const root = makeTempDir();
    writeFakePrettier(root);
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    const entry = changedEntry(report, 'src/service.js');
    expect(entry.format).toBe('none');
    expect(entry.notes.join(' ')).toMatch(/Prettier 3\.0\.0-broken failed on this file \(boom: this Prettier is broken\)/);
    const service = readFile(root, 'src/service.js');
    expect(service).toMatch(LONG_LINE);
    expect(service).not.toContain('postOAuthApiToken');
  });

  it('committed to git (not installed): it is never loaded, and the note says why', () => {
    const root = makeTempDir();
    writeFakePrettier(root);
    initCommittedRepo(root);
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    const entry = changedEntry(report, 'src/service.js');
    expect(entry.format).toBe('builtin');
    expect(entry.notes.join(' ')).toMatch(/node_modules\/prettier is committed to git/);
    expect(fs.existsSync(path.join(root, 'prettier-loaded.txt'))).toBe(false);
  });

  it('configured but not installed: the built-in layout, and a note to install it', () => {
    const root = makeTempDir();
    writeFiles(root, { '.prettierrc.json': '{ "singleQuote": true }\n', 'src/service.js': SERVICE_JS });
    const { report } = migrate(root);
    const entry = changedEntry(report, 'src/service.js');
    expect(entry.format).toBe('builtin');
    expect(entry.notes.join(' ')).toMatch(/\.prettierrc\.json configures Prettier, but no Prettier is installed/);
  });
});

describe('a repository with only an .editorconfig', () => {
  const deepTs = [
    "import { ApiClient } from 'purecloud-platform-client-v2';",
    '',
    'export class ReportingSession {',
    '  private readonly genesysPlatformClient = new ApiClient();',
    '',
    '  async refresh(): Promise<void> {',
    '    if (this.genesysPlatformClient) {',
    "      await this.genesysPlatformClient.postOAuthApiToken({ credentials: { username: 'svc-report', password: 'Zq9x-3' } });",
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  it.each([
    [80, 'space', 2],
    [100, 'space', 4],
    [120, 'tab', 4],
    [100, 'tab', 2],
  ] as const)('max_line_length %i, indent_style %s (%i): no added line exceeds the limit, and the output parses', (limit, style, size) => {
    const root = makeTempDir();
    const indent = (text: string) => (style === 'tab' ? text.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2)) : text);
    writeFiles(root, {
      '.editorconfig': `root = true\n\n[*]\nindent_style = ${style}\nindent_size = ${size}\nmax_line_length = ${limit}\n`,
      'src/service.js': indent(SERVICE_JS),
      'src/session.ts': indent(deepTs),
    });
    const { run, report } = migrate(root, '--newrelic');
    expect(run.code).toBe(0);
    for (const file of ['src/service.js', 'src/session.ts']) {
      expect(changedEntry(report, file).format).toBe('editorconfig');
      const before = new Set(readFile(root, file).split('\n'));
      const original = indent(file.endsWith('.ts') ? deepTs : SERVICE_JS);
      const after = readFile(root, file);
      parsesAs(after, file);
      const added = after.split('\n').filter((line) => !original.split('\n').includes(line) && before.has(line));
      expect(added.length).toBeGreaterThan(0);
      const width = (line: string) => line.replace(/\t/g, ' '.repeat(size)).length;
      expect(added.filter((line) => width(line) > limit)).toEqual([]);
      if (style === 'tab') expect(added.filter((line) => /^ +\S/.test(line))).toEqual([]);
    }
  });
});

describe('--no-format', () => {
  it('leaves the rewritten statements as written, and the report says "none"', () => {
    const root = makeTempDir();
    installPrettier(root);
    writeFiles(root, { '.prettierrc': '{ "singleQuote": true }\n', 'src/service.js': SERVICE_JS });
    const { run, report } = migrate(root, '--no-format');
    expect(run.code).toBe(0);
    expect(changedEntry(report, 'src/service.js')).toMatchObject({ format: 'none', notes: [] });
    expect(readFile(root, 'src/service.js')).toMatch(LONG_LINE);
  });

  it('works with --format before or after it', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/service.js': SERVICE_JS });
    const run = runCli(['migrate', '.', '--no-format', '--scopes', 'analytics:readonly', '--dry-run', '--format', 'json'], root);
    expect(parseJsonReport(run).changed[0].format).toBe('none');
    const builtin = runCli(['migrate', '.', '--scopes', 'analytics:readonly', '--dry-run', '--format', 'json'], root);
    expect(parseJsonReport(builtin).changed[0].format).toBe('builtin');
  });
});
