import * as fs from 'fs';
import * as path from 'path';
import { toServiceFileFacts } from '../src/runner/read-service-files';
import { assertBuilt, makeTempDir, parseJsonReport, removeTempDirs, REPO_ROOT, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

/**
 * How migrate reads a service's files for scope inference and the after-switch analysis: the
 * runner reads them (from its own discovery when it covered the folder, else by listing the
 * folder), on its threads, with the run's ignores; the inference never walks the tree itself.
 */

describe('toServiceFileFacts', () => {
  it('keeps the files with facts in path order and names the unreadable ones', () => {
    const call = { apiClass: 'UsersApi', method: 'getUsersMe', line: 1, column: 1, endLine: 1, endColumn: 2 };
    const facts = toServiceFileFacts([
      { status: 'done', file: 'svc/b.js', parsed: true, value: { calls: [call], logins: [] } },
      { status: 'error', file: 'svc/broken.js', message: 'Unexpected token', scanned: true, parsed: true },
      { status: 'done', file: 'svc/a.js', parsed: true, value: { calls: [], logins: ['user'] } },
      { status: 'done', file: 'svc/plain.js', parsed: false, value: null },
      { status: 'skipped', file: 'svc/bundle.min.js', reason: 'minified bundle (very long lines)' },
    ]);
    expect(facts.files.map((file) => file.file)).toEqual(['svc/a.js', 'svc/b.js']);
    expect(facts.unreadFiles).toEqual(['svc/broken.js']);
  });
});

describe('service files [CLI]', () => {
  beforeAll(assertBuilt);

  function makeService(): string {
    const root = makeTempDir();
    fs.cpSync(path.join(REPO_ROOT, '__testfixtures__', 'monorepo', 'services', 'reporting'), path.join(root, 'svc'), { recursive: true });
    writeFiles(root, {
      'svc/src/me.js': "const platformClient = require('purecloud-platform-client-v2');\nconst users = new platformClient.UsersApi();\nexports.me = () => users.getUsersMe();\n",
      'svc/src/broken.js': 'const api = new platformClient.RoutingApi(;\n',
      'svc/legacy/queues.js': "const platformClient = require('purecloud-platform-client-v2');\nnew platformClient.RoutingApi().postRoutingQueues({ name: 'q' });\n",
    });
    return root;
  }

  const scopesOf = (report: { changed: { file: string; scopes: string[] }[] }) => report.changed.find((entry) => entry.file === 'svc/src/login.js')?.scopes;
  const unreadOf = (report: { scopeInference: { unreadFiles: string[] }[] }) => report.scopeInference[0]?.unreadFiles;

  it('reads every file of the service the run covered, names the unparsable one, and lists the call that needs a user', () => {
    const report = parseJsonReport(runCli(['migrate', 'svc', '--dry-run', '--format', 'json'], makeService()));
    expect(scopesOf(report)).toEqual(expect.arrayContaining(['routing']));
    expect(unreadOf(report)).toEqual(['svc/src/broken.js']);
    expect(report.userContext.map((entry: { file: string }) => entry.file)).toEqual(['svc/src/me.js']);
  });

  it('reads the rest of the service when only one file is named', () => {
    const root = makeService();
    const whole = parseJsonReport(runCli(['migrate', 'svc', '--dry-run', '--format', 'json'], root));
    const named = parseJsonReport(runCli(['migrate', 'svc/src/login.js', '--dry-run', '--format', 'json'], root));
    expect(named.changed.map((entry: { file: string }) => entry.file)).toEqual(['svc/src/login.js']);
    expect(scopesOf(named)).toEqual(scopesOf(whole));
    expect(unreadOf(named)).toEqual(['svc/src/broken.js']);
    expect(named.userContext).toEqual(whole.userContext);
  });

  it('leaves out the files --ignore and the configuration leave out, whether or not the run covered the folder', () => {
    const root = makeService();
    for (const args of [
      ['migrate', 'svc', '--ignore', 'svc/legacy/**'],
      ['migrate', 'svc/src/login.js', '--ignore', 'svc/legacy/**'],
    ]) {
      const report = parseJsonReport(runCli([...args, '--dry-run', '--format', 'json'], root));
      expect(scopesOf(report)).not.toContain('routing');
    }
    fs.writeFileSync(path.join(root, '.password-grant-codemod.json'), JSON.stringify({ ignore: ['svc/legacy/**'] }));
    for (const target of ['svc', 'svc/src/login.js']) {
      const report = parseJsonReport(runCli(['migrate', target, '--dry-run', '--format', 'json'], root));
      expect(scopesOf(report)).not.toContain('routing');
    }
  });
});
