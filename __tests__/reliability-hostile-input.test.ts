import * as fs from 'fs';
import * as path from 'path';
import { createCliFileOptionsResolver, type FileOptionsResolver } from '../src/runner/file-options';
import { runMigration } from '../src/runner/run-migration';
import { giveToUnprivilegedUser, runUnprivileged, unprivilegedSkipReason } from './helpers/unprivileged';
import { assertBuilt, GRANT_JS, makeTempDir, parseJsonReport, readFile, removeTempDirs, runCli, writeFiles, type CliRun } from './helpers/cli-harness';

/**
 * Files a repository should not hold but sometimes does. Each one ends as a clear entry in
 * `errors` or `skipped` (path and reason) or is processed normally, the run always finishes,
 * and the exit code is the documented one: 3 when a file errored, else 0 (migrate) / 1 (check
 * with findings).
 */

const MIGRATE = ['migrate', '--scopes', 'analytics:readonly', '--format', 'json'];
const CHECK = ['check', '--format', 'json'];

interface Entry {
  file: string;
  reason?: string;
  message?: string;
}

function migrate(root: string): { run: CliRun; report: any } {
  const run = runCli(MIGRATE, root);
  return { run, report: parseJsonReport(run) };
}

function entryFor(entries: Entry[], file: string): Entry | undefined {
  return entries.find((entry) => entry.file === file);
}

function changedFiles(report: any): string[] {
  return report.changed.map((entry: Entry) => entry.file);
}

/**
 * Permission tests run the CLI as an unprivileged user (helpers/unprivileged.ts stages a copy
 * of the tool it can reach when the checkout is in a folder it cannot enter). They skip, with
 * the reason printed, only when no such user can run the tool at all.
 */
const UNPRIVILEGED_SKIP = unprivilegedSkipReason();
if (UNPRIVILEGED_SKIP) console.warn(`permission tests skipped: ${UNPRIVILEGED_SKIP}`);
const permissionIt = UNPRIVILEGED_SKIP ? it.skip : it;

beforeAll(assertBuilt);
afterAll(removeTempDirs);

describe('hostile input', () => {
  it('a binary file with a .js name is skipped, and left untouched', () => {
    const root = makeTempDir();
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, ...Buffer.from('postOAuthApiToken')]);
    writeFiles(root, { 'logo.js': binary, 'a.js': GRANT_JS });
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(entryFor(report.skipped, 'logo.js')?.reason).toMatch(/binary/);
    expect(fs.readFileSync(path.join(root, 'logo.js')).equals(binary)).toBe(true);
    expect(changedFiles(report)).toEqual(['a.js']);
  });

  it('invalid UTF-8 is skipped, never re-encoded', () => {
    const root = makeTempDir();
    const bytes = Buffer.concat([Buffer.from(GRANT_JS), Buffer.from([0xff, 0xfe, 0x0a])]);
    writeFiles(root, { 'latin.js': bytes });
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(entryFor(report.skipped, 'latin.js')?.reason).toMatch(/not UTF-8/);
    expect(fs.readFileSync(path.join(root, 'latin.js')).equals(bytes)).toBe(true);
  });

  it('a 50 MB file is skipped by its size, without being read', () => {
    const root = makeTempDir();
    const big = path.join(root, 'bundle.js');
    fs.writeFileSync(big, GRANT_JS);
    fs.truncateSync(big, 50 * 1024 * 1024);
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(entryFor(report.skipped, 'bundle.js')?.reason).toMatch(/larger than 2 MB \(50\.0 MB\)/);
    expect(fs.statSync(big).size).toBe(50 * 1024 * 1024);
  });

  it('a file deleted between listing and reading is an error naming it; the others are written', async () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT_JS, 'gone.js': GRANT_JS });
    // Deleting while settings are resolved puts the deletion after discovery, before the read.
    const cli = createCliFileOptionsResolver({ scopes: ['analytics:readonly'] });
    const resolver: FileOptionsResolver = {
      ...cli,
      resolve(absolutePath) {
        if (absolutePath.endsWith('gone.js')) fs.rmSync(absolutePath);
        return cli.resolve(absolutePath);
      },
    };
    const report = await runMigration({ cwd: root, paths: ['.'], ignore: [], workers: 1, resolveFileOptions: resolver, dryRun: false, force: true });
    expect(report.errors).toEqual([{ file: 'gone.js', message: expect.stringMatching(/cannot read the file: ENOENT/) }]);
    expect(report.changed.map((entry) => entry.file)).toEqual(['a.js']);
  });

  permissionIt('an unreadable file is an error naming it; migrate exits 3 and check reports it too', () => {
    const root = makeTempDir();
    writeFiles(root, { 'locked.js': GRANT_JS, 'a.js': GRANT_JS });
    giveToUnprivilegedUser(root);
    fs.chmodSync(path.join(root, 'locked.js'), 0o000);

    const run = runUnprivileged(MIGRATE, root);
    expect(run.code).toBe(3);
    const report = parseJsonReport(run);
    expect(entryFor(report.errors, 'locked.js')?.message).toMatch(/cannot read the file: EACCES/);
    expect(changedFiles(report)).toEqual(['a.js']);

    fs.chmodSync(path.join(root, 'a.js'), 0o644);
    const check = runUnprivileged(CHECK, root);
    const checkReport = parseJsonReport(check);
    expect(entryFor(checkReport.errors, 'locked.js')).toBeDefined();
    // a.js was migrated, so there is no finding left: the error decides the exit code.
    expect(check.code).toBe(3);
  });

  permissionIt('a read-only file or folder is an error naming it and stays as it was; exit 3', () => {
    const root = makeTempDir();
    writeFiles(root, { 'readonly.js': GRANT_JS, 'sealed/inner.js': GRANT_JS, 'a.js': GRANT_JS });
    giveToUnprivilegedUser(root);
    fs.chmodSync(path.join(root, 'readonly.js'), 0o444);
    fs.chmodSync(path.join(root, 'sealed'), 0o555);

    const run = runUnprivileged(MIGRATE, root);
    expect(run.code).toBe(3);
    const report = parseJsonReport(run);
    expect(entryFor(report.errors, 'readonly.js')?.message).toMatch(/read-only/);
    expect(entryFor(report.errors, 'sealed/inner.js')?.message).toMatch(/folder is not writable/);
    expect(changedFiles(report)).toEqual(['a.js']);
    expect(readFile(root, 'readonly.js')).toBe(GRANT_JS);
    expect(readFile(root, 'sealed/inner.js')).toBe(GRANT_JS);
    expect(fs.readdirSync(path.join(root, 'sealed'))).toEqual(['inner.js']);
  });

  it('a read-only file is refused even when the bits would not stop the user (root)', () => {
    const root = makeTempDir();
    writeFiles(root, { 'readonly.js': GRANT_JS });
    fs.chmodSync(path.join(root, 'readonly.js'), 0o444);
    const { run, report } = migrate(root);
    expect(run.code).toBe(3);
    expect(entryFor(report.errors, 'readonly.js')?.message).toMatch(/read-only/);
    expect(readFile(root, 'readonly.js')).toBe(GRANT_JS);
  });

  it('symbolic link loops and dangling links are skipped with the reason; a folder loop is walked once', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': GRANT_JS });
    fs.symlinkSync('b.js', path.join(root, 'src', 'loop.js'));
    fs.symlinkSync('loop.js', path.join(root, 'src', 'b.js'));
    fs.symlinkSync('missing.js', path.join(root, 'src', 'dangling.js'));
    fs.symlinkSync('..', path.join(root, 'src', 'parent'));
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(entryFor(report.skipped, 'src/loop.js')?.reason).toBe('symbolic link loop');
    expect(entryFor(report.skipped, 'src/b.js')?.reason).toBe('symbolic link loop');
    expect(entryFor(report.skipped, 'src/dangling.js')?.reason).toMatch(/broken symbolic link/);
    expect(changedFiles(report)).toEqual(['src/a.js']);

    const check = runCli(CHECK, root);
    expect(check.code).toBe(0);
  });

  it('paths with spaces and non-ASCII characters are read, reported and written', () => {
    const root = makeTempDir();
    const file = 'my services/zürich café/登录 ø.js';
    writeFiles(root, { [file]: GRANT_JS });
    const check = runCli(CHECK, root);
    expect(check.code).toBe(1);
    expect(parseJsonReport(check).findings.map((finding: Entry) => finding.file)).toEqual([file]);
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(changedFiles(report)).toEqual([file]);
    expect(readFile(root, file)).toContain('loginClientCredentials');
  });

  it('empty files, shebang-only files and .d.ts files are processed without errors and left untouched', () => {
    const root = makeTempDir();
    const files = {
      'empty.js': '',
      'cli.js': '#!/usr/bin/env node\n',
      'bare-shebang.mjs': '#!/usr/bin/env node',
      'types.d.ts': 'export declare function postOAuthApiToken(body: { username: string; password: string }): Promise<void>;\ndeclare const client: { postOAuthApiToken(b: unknown): void };\n',
    };
    writeFiles(root, files);
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(report.errors).toEqual([]);
    expect(report.changed).toEqual([]);
    for (const [file, content] of Object.entries(files)) expect(readFile(root, file)).toBe(content);
    expect(runCli(CHECK, root).code).toBe(0);
  });

  it('a Flow-annotated .js file and JSX in .js are rewritten', () => {
    const root = makeTempDir();
    const flow = `// @flow\ntype Creds = {| username: string, password: string |};\nfunction id(x: ?string): string { return x ?? ''; }\n${GRANT_JS}`;
    const jsx = `const Banner = () => <div className="banner">{'hello'}</div>;\n${GRANT_JS}`;
    writeFiles(root, { 'flow.js': flow, 'view.js': jsx });
    const { run, report } = migrate(root);
    expect(run.code).toBe(0);
    expect(report.errors).toEqual([]);
    expect(changedFiles(report)).toEqual(['flow.js', 'view.js']);
    expect(readFile(root, 'flow.js')).toMatch(/^\/\/ @flow\ntype Creds = \{\| username: string, password: string \|\};\n/);
    expect(readFile(root, 'view.js')).toContain('<div className="banner">');
    for (const file of ['flow.js', 'view.js']) expect(readFile(root, file)).toContain('loginClientCredentials');
  });

  it('a file that does not parse is an error with its position; the rest are written; exit 3', () => {
    const root = makeTempDir();
    writeFiles(root, { 'broken.js': 'const client = ;\nclient.postOAuthApiToken({});\n', 'a.js': GRANT_JS });
    const { run, report } = migrate(root);
    expect(run.code).toBe(3);
    expect(entryFor(report.errors, 'broken.js')?.message).toMatch(/\(1:\d+\)/);
    expect(changedFiles(report)).toEqual(['a.js']);
    // a.js is migrated now: no finding is left, so the parse error decides check's exit code.
    const check = runCli(CHECK, root);
    expect(check.code).toBe(3);
    expect(entryFor(parseJsonReport(check).errors, 'broken.js')).toBeDefined();
  });
});
