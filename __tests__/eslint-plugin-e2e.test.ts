import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { assertBuilt, makeTempDir, parseJsonReport, removeTempDirs, REPO_ROOT, runCli } from './helpers/cli-harness';

/**
 * The plugin as a user installs it: a project whose node_modules holds this (built) package
 * under its name, an eslint.config.mjs that imports `password-grant-codemod/eslint-plugin`
 * and spreads `configs.recommended`, and ESLint's own command line. On the fixture
 * repository (__testfixtures__/eslint-repo: CommonJS, ESM, TypeScript, a BOM and CRLF file,
 * the configuration file with an override), ESLint's findings must be `check --format
 * json`'s, and the files after `eslint --fix` must be byte for byte the files after
 * `migrate`. Needs `npm run build`.
 */

const FIXTURE_REPO = path.join(REPO_ROOT, '__testfixtures__', 'eslint-repo');
const ESLINT_BIN = path.join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

/** A copy of the fixture repository with the package (and typescript-eslint) installed as links. */
function createProject(): string {
  const root = makeTempDir();
  fs.cpSync(FIXTURE_REPO, root, { recursive: true });
  const modules = path.join(root, 'node_modules');
  fs.mkdirSync(modules);
  fs.symlinkSync(REPO_ROOT, path.join(modules, 'password-grant-codemod'), 'dir');
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', 'typescript-eslint'), path.join(modules, 'typescript-eslint'), 'dir');
  return root;
}

function runNode(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of the project but the installed links, relative path → bytes. */
function snapshotFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full).toString('latin1');
    }
  };
  walk(root);
  return files;
}

interface Compared {
  file: string;
  rule: string;
  line: number;
  column: number;
  level: string;
  message: string;
}

const byPlace = (a: Compared, b: Compared) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);

function eslintFindings(root: string, stdout: string): Compared[] {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; severity: number; message: string }[] }[];
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: path.relative(root, result.filePath).split(path.sep).join('/'),
        rule: message.ruleId ?? '(none)',
        line: message.line,
        column: message.column,
        level: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
      })),
    )
    .sort(byPlace);
}

beforeAll(() => assertBuilt());
afterAll(() => removeTempDirs());

describe('password-grant-codemod/eslint-plugin in a user project', () => {
  it('is importable with require() and import(), as the same object', () => {
    const root = createProject();
    const cjs = runNode(
      ['-e', "const p = require('password-grant-codemod/eslint-plugin'); console.log(JSON.stringify({ meta: p.meta, rules: Object.keys(p.rules), recommended: p.configs.recommended.rules, self: p.configs.recommended.plugins['password-grant'] === p }))"],
      root,
    );
    expect(cjs.stderr).toBe('');
    const esm = runNode(
      [
        '--input-type=module',
        '-e',
        "import p, { rules } from 'password-grant-codemod/eslint-plugin'; import { createRequire } from 'node:module'; const same = createRequire(import.meta.url)('password-grant-codemod/eslint-plugin') === p && rules === p.rules; console.log(JSON.stringify({ meta: p.meta, rules: Object.keys(p.rules), recommended: p.configs.recommended.rules, self: same }))",
      ],
      root,
    );
    expect(esm.stderr).toBe('');
    const fromRequire = JSON.parse(cjs.stdout);
    expect(JSON.parse(esm.stdout)).toEqual(fromRequire);
    expect(fromRequire.self).toBe(true);
    expect(fromRequire.meta).toEqual({ name: 'password-grant-codemod/eslint-plugin', version: expect.any(String), namespace: 'password-grant' });
    expect(fromRequire.rules).toEqual(expect.arrayContaining(['sdk-password-grant', 'http-password-grant', 'unverified-token-request']));
    expect(fromRequire.recommended).toMatchObject({
      'password-grant/sdk-password-grant': 'error',
      'password-grant/http-password-grant': 'error',
      'password-grant/unverified-token-request': 'warn',
    });
  });

  it('is typed for TypeScript configs, from ESM and from CommonJS', () => {
    const root = createProject();
    for (const name of ['eslint', '@types']) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', name), path.join(root, 'node_modules', name), 'dir');
    fs.writeFileSync(
      path.join(root, 'config.mts'),
      "import passwordGrant from 'password-grant-codemod/eslint-plugin';\nimport type { Linter } from 'eslint';\nexport const configs: Linter.Config[] = [passwordGrant.configs.recommended];\nexport const version: string = passwordGrant.meta.version;\n",
    );
    fs.writeFileSync(
      path.join(root, 'config.cts'),
      "import passwordGrant = require('password-grant-codemod/eslint-plugin');\nconst rules: string[] = Object.keys(passwordGrant.rules);\nexport = rules;\n",
    );
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = runNode([tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--types', 'node', 'config.mts', 'config.cts'], root);
    expect(run.stdout + run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('reports exactly what `check --format json` reports', () => {
    const root = createProject();
    const eslint = runNode([ESLINT_BIN, '--format', 'json', '.'], root);
    expect(eslint.stderr).toBe('');
    expect(eslint.code).toBe(1);
    const check = runCli(['check', '.', '--format', 'json'], root);
    expect(check.code).toBe(1);
    const expected = (parseJsonReport(check).findings as Compared[])
      .map(({ file, rule, line, column, level, message }) => ({ file, rule: `password-grant/${rule}`, line, column, level, message }))
      .sort(byPlace);
    const actual = eslintFindings(root, eslint.stdout);
    expect(actual).toEqual(expected);
    // The fixture holds every rule's subject, so that the comparison covers each.
    expect(new Set(actual.map((finding) => finding.rule))).toEqual(
      new Set(['password-grant/sdk-password-grant', 'password-grant/http-password-grant', 'password-grant/unverified-token-request', 'password-grant/suppression-without-reason']),
    );
  });

  it('writes with `eslint --fix` the same bytes as `migrate`', () => {
    const linted = createProject();
    const migrated = createProject();
    const before = snapshotFiles(linted);

    const fix = runNode([ESLINT_BIN, '--fix', '.'], linted);
    expect(fix.stderr).toBe('');
    const migrate = runCli(['migrate', '.'], migrated);
    expect(migrate.code).toBe(0);

    const afterFix = snapshotFiles(linted);
    // Every file byte-identical, the raw HTTP Genesys grant of src/http/token.js included.
    expect(afterFix).toEqual(snapshotFiles(migrated));
    const changed = Object.keys(before).filter((file) => before[file] !== afterFix[file]).sort();
    expect(changed).toEqual(['src/admin/users.ts', 'src/auth/login.js', 'src/http/session.js', 'src/http/token.js', 'src/jobs/nightly.mjs', 'src/jobs/windows.js']);
    // The BOM and the CRLF line endings of the Windows file survive the fix.
    expect(afterFix['src/jobs/windows.js']!.startsWith('\xef\xbb\xbf')).toBe(true);
    expect(afterFix['src/jobs/windows.js']!.replace(/\r\n/g, '')).not.toContain('\n');

    // What is left after the fix is what check still reports after migrate.
    const again = runNode([ESLINT_BIN, '--format', 'json', '.'], linted);
    const check = runCli(['check', '.', '--format', 'json'], migrated);
    expect(
      eslintFindings(linted, again.stdout).map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`),
    ).toEqual(
      (parseJsonReport(check).findings as Compared[])
        .sort(byPlace)
        .map((finding) => `${finding.file}:${finding.line}:${finding.column} password-grant/${finding.rule}`),
    );
  });
});
