import * as fs from 'fs';
import * as path from 'path';
import { chooseScopes } from '../src/scopes/choose-scopes';
import { collectApiCalls } from '../src/scopes/collect-api-calls';
import type { OperationScopes } from '../src/scopes/scope-table';
import { createScopeTable, getShippedScopeTable, type ScopeTableFile } from '../src/scopes/scope-table';
import { assertBuilt, makeTempDir, parseJsonReport, removeTempDirs, REPO_ROOT, runCli } from './helpers/cli-harness';

afterAll(removeTempDirs);

const spec = (operation: string, ...accepted: string[]): OperationScopes => ({ operation, accepted, basis: 'spec' });

describe('chooseScopes: least privilege', () => {
  it('prefers the read-only scope when an operation accepts either', () => {
    const choice = chooseScopes([spec('AnalyticsApi.getX', 'analytics', 'analytics:readonly')]);
    expect(choice.scopes).toEqual(['analytics:readonly']);
  });

  it('takes the read-write scope when another call needs it, and lets the reads ride on it', () => {
    const choice = chooseScopes([
      spec('UsersApi.getUser', 'users', 'users:readonly'),
      spec('UsersApi.patchUser', 'users'),
      spec('UsersApi.getUsers', 'users', 'users:readonly'),
    ]);
    expect(choice.scopes).toEqual(['users']);
    expect(choice.reasons).toEqual([{ scope: 'users', operations: ['UsersApi.getUser', 'UsersApi.getUsers', 'UsersApi.patchUser'], hint: false }]);
  });

  it('keeps read-only scopes of other APIs next to a write scope', () => {
    const choice = chooseScopes([spec('RoutingApi.postRoutingQueues', 'routing'), spec('UsersApi.getUsersMe', 'users', 'users:readonly')]);
    expect(choice.scopes).toEqual(['routing', 'users:readonly']);
  });

  it('does not pick a read-write scope for read calls just because it serves more of them', () => {
    const choice = chooseScopes([spec('A.getA', 'x', 'x:readonly'), spec('B.getB', 'x', 'y:readonly')]);
    expect(choice.scopes).toEqual(['x:readonly', 'y:readonly']);
  });

  it('chooses one scope that serves several operations over two', () => {
    const choice = chooseScopes([
      spec('L.getDomain', 'dialog', 'dialog:readonly', 'language-understanding', 'language-understanding:readonly'),
      spec('L.postDomain', 'dialog', 'language-understanding'),
    ]);
    expect(choice.scopes).toEqual(['dialog']);
  });

  it('is sorted, de-duplicated and independent of the order of the calls', () => {
    const calls = [spec('Z.getZ', 'z', 'z:readonly'), spec('A.getA', 'a:readonly'), spec('A.getA', 'a:readonly'), spec('M.putM', 'm')];
    const forward = chooseScopes(calls);
    expect(forward.scopes).toEqual(['a:readonly', 'm', 'z:readonly']);
    expect(chooseScopes([...calls].reverse())).toEqual(forward);
  });

  it('marks scopes that rest only on guessed operations as hints, and lists operations without data', () => {
    const choice = chooseScopes([
      { operation: 'AIStudioApi.getGuess', accepted: ['conversations', 'conversations:readonly'], basis: 'hint' },
      spec('UsersApi.getUsersMe', 'user-basic-info'),
      { operation: 'AIStudioApi.getNothing', accepted: [], basis: 'unknown' },
      { operation: 'UtilitiesApi.getDate', accepted: [], basis: 'no-scope' },
    ]);
    expect(choice.scopes).toEqual(['conversations:readonly', 'user-basic-info']);
    expect(choice.reasons.map((reason) => [reason.scope, reason.hint])).toEqual([
      ['conversations:readonly', true],
      ['user-basic-info', false],
    ]);
    expect(choice.unknownOperations).toEqual(['AIStudioApi.getNothing']);
  });

  it('chooses nothing when no operation needs a scope', () => {
    expect(chooseScopes([{ operation: 'UtilitiesApi.getDate', accepted: [], basis: 'no-scope' }]).scopes).toEqual([]);
  });
});

describe('collectApiCalls', () => {
  const apiClasses = new Set(['AnalyticsApi', 'UsersApi', 'RoutingApi']);
  const calls = (source: string, file = 'a.ts') => collectApiCalls(source, file, apiClasses).map((call) => `${call.apiClass}.${call.method}:${call.line}`);

  it.each([
    ['a call on the new expression', "new platformClient.AnalyticsApi().postAnalyticsConversationsDetailsQuery({});", ['AnalyticsApi.postAnalyticsConversationsDetailsQuery:1']],
    ['a variable', "const api = new UsersApi();\napi.getUsersMe();", ['UsersApi.getUsersMe:2']],
    ['a later assignment', "let api;\napi = new sdk.RoutingApi();\nawait api.getRoutingQueues();", ['RoutingApi.getRoutingQueues:3']],
    ['a class field', "class A {\n  private readonly analytics = new platformClient.AnalyticsApi();\n  run() { return this.analytics.getAnalyticsUsersDetailsJob('x'); }\n}", ['AnalyticsApi.getAnalyticsUsersDetailsJob:3']],
    ['a field set in the constructor', "class A {\n  constructor() { this.users = new UsersApi(); }\n  run() { return this.users.getUser('1'); }\n}", ['UsersApi.getUser:3']],
    ['a private field', "class A {\n  #users = new UsersApi();\n  run() { return this.#users.getUser('1'); }\n}", ['UsersApi.getUser:3']],
    ['an object property', "const apis = { users: new UsersApi() };\napis.users.patchUser('1', {});", ['UsersApi.patchUser:2']],
    ['a typed parameter', "export function f(api: UsersApi) { return api.getUsers(); }", ['UsersApi.getUsers:1']],
    ['a parameter property', "class S { constructor(private readonly routing: platformClient.RoutingApi) {}\n  go() { return this.routing.postRoutingQueues({}); } }", ['RoutingApi.postRoutingQueues:2']],
  ])('finds %s', (_name, source, expected) => {
    expect(calls(source)).toEqual(expected);
  });

  it('ignores classes the table does not know, non-operation methods, and files without an Api name', () => {
    expect(calls("const x = new FooApi();\nx.getThing();\nconst u = new UsersApi();\nu.setAccessToken('t');")).toEqual([]);
    expect(calls('const answer = 42;')).toEqual([]);
  });
});

describe('the shipped scope table', () => {
  it('ships the table in data/', () => {
    const shipped = fs.readFileSync(path.join(REPO_ROOT, 'data', 'genesys-operation-scopes.json'), 'utf8');
    const parsed = JSON.parse(shipped) as ScopeTableFile;
    expect(Object.keys(parsed.operations).length).toBeGreaterThan(2000);
  });

  it('knows operations from the spec, hints and operations without scopes', () => {
    const table = getShippedScopeTable();
    expect(table.lookup('AnalyticsApi', 'postAnalyticsConversationsDetailsQuery')).toEqual({
      operation: 'AnalyticsApi.postAnalyticsConversationsDetailsQuery',
      accepted: ['analytics', 'analytics:readonly'],
      basis: 'spec',
    });
    expect(table.lookup('UtilitiesApi', 'getDate').basis).toBe('no-scope');
    expect(table.lookup('AIStudioApi', 'getConversationsSummariesSetting').basis).toBe('hint');
    expect(table.lookup('UsersApi', 'getNoSuchThing').basis).toBe('unknown');
  });

  it('reads the file shape the regeneration script writes', () => {
    const table = createScopeTable({
      source: 't',
      sdkPackage: 'x@1',
      operations: { 'AApi.getA': ['a', 'a:readonly'] },
      nonOAuthOperations: { 'AApi.getPublic': { security: [] } },
      inferredOperations: { _note: 'hints', 'AApi.getNew': { scopes: ['a:readonly'] } },
      uncovered: ['AApi.getUnknown'],
      scopes: { a: null, 'a:readonly': null },
    });
    expect([...table.apiClasses]).toEqual(['AApi']);
    expect(['getA', 'getPublic', 'getNew', 'getUnknown'].map((method) => table.lookup('AApi', method).basis)).toEqual(['spec', 'no-scope', 'hint', 'unknown']);
  });
});

describe('migrate on a monorepo with two services [CLI]', () => {
  beforeAll(assertBuilt);

  function copyMonorepo(): string {
    const root = makeTempDir();
    fs.cpSync(path.join(REPO_ROOT, '__testfixtures__', 'monorepo'), root, { recursive: true });
    return root;
  }

  it('infers per service: read-only where reads suffice, read-write where one call writes', () => {
    const root = copyMonorepo();
    const run = runCli(['migrate', '.', '--dry-run', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.changed).toEqual([
      { file: 'services/provisioning/src/session.ts', sites: 1, scopes: ['users'], scopeSource: 'inferred', service: 'services/provisioning', format: 'builtin', notes: [] },
      {
        file: 'services/reporting/src/login.js',
        sites: 1,
        scopes: ['analytics:readonly', 'conversations:readonly'],
        scopeSource: 'inferred',
        service: 'services/reporting',
        format: 'builtin',
        notes: [],
      },
    ]);
    const reporting = report.scopeInference.find((entry: { service: string }) => entry.service === 'services/reporting');
    expect(reporting.reasons).toEqual([
      { scope: 'analytics:readonly', operations: ['AnalyticsApi.postAnalyticsConversationsDetailsQuery'], hint: false },
      { scope: 'conversations:readonly', operations: ['ConversationsApi.getConversation'], hint: false },
    ]);
    const provisioning = report.scopeInference.find((entry: { service: string }) => entry.service === 'services/provisioning');
    expect(provisioning.reasons).toEqual([
      { scope: 'users', operations: ['UsersApi.getUser', 'UsersApi.getUsers', 'UsersApi.patchUser'], hint: false },
    ]);
    expect(provisioning.operations).toContainEqual({
      operation: 'UsersApi.patchUser',
      basis: 'spec',
      calledAt: ['services/provisioning/src/lib/users.ts:7'],
    });
  });

  it('lists a site for manual review, unchanged, when no scope can be inferred or is configured', () => {
    const root = copyMonorepo();
    const before = fs.readFileSync(path.join(root, 'services/no-apis/src/index.js'), 'utf8');
    const report = parseJsonReport(runCli(['migrate', '.', '--format', 'json', '--force'], root));
    expect(report.manual).toEqual([
      { file: 'services/no-apis/src/index.js', line: 6, column: 1, reason: 'no scopes known: pass --scopes or add them to the configuration' },
    ]);
    expect(report.changed.map((entry: { file: string }) => entry.file)).not.toContain('services/no-apis/src/index.js');
    expect(fs.readFileSync(path.join(root, 'services/no-apis/src/index.js'), 'utf8')).toBe(before);
  });

  it('infers with --scopes auto even when the configuration names scopes', () => {
    const root = copyMonorepo();
    fs.writeFileSync(path.join(root, '.password-grant-codemod.json'), JSON.stringify({ scopes: ['configured:readonly'] }));
    const auto = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json', '--scopes', 'auto'], root));
    expect(auto.changed.map((entry: { scopeSource: string }) => entry.scopeSource)).toEqual(['inferred', 'inferred']);
    const configured = parseJsonReport(runCli(['migrate', '.', '--dry-run', '--format', 'json'], root));
    expect(configured.changed.map((entry: { scopes: string[] }) => entry.scopes)).toEqual([
      ['configured:readonly'],
      ['configured:readonly'],
      ['configured:readonly'],
    ]);
    expect(configured.scopeInference).toEqual([]);
  });

  it('explains inferred scopes in the text report', () => {
    const root = copyMonorepo();
    const run = runCli(['migrate', '.', '--dry-run', '--format', 'text'], root);
    expect(run.stdout).toContain('analytics:readonly ← AnalyticsApi.postAnalyticsConversationsDetailsQuery');
    expect(run.stdout).toContain('(inferred from the SDK APIs used)');
  });

  it('shows where the scopes came from, and why, in the Markdown report too', () => {
    const root = copyMonorepo();
    const inferred = runCli(['migrate', '.', '--dry-run', '--format', 'markdown'], root).stdout;
    expect(inferred).toContain('(inferred from the SDK APIs used)');
    expect(inferred).toContain('### Scopes inferred');
    expect(inferred).toMatch(/\| <code>analytics\\?:readonly<\/code> \| <code>AnalyticsApi\\?\.postAnalyticsConversationsDetailsQuery<\/code> \|/);
    const named = runCli(['migrate', '.', '--dry-run', '--format', 'markdown', '--scopes', 'users'], root).stdout;
    expect(named).toContain('(from --scopes)');
    expect(named).not.toContain('### Scopes inferred');
  });
});
