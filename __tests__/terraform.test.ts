import { parse } from '@cdktf/hcl2json';
import * as fs from 'fs';
import * as path from 'path';
import { createNamer, renderTerraform, toHclString } from '../src/terraform/render-terraform';
import { assertBuilt, git, makeTempDir, parseJsonReport, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

/** The attributes the genesyscloud provider documents (docs/resources/*.md of MyPureCloud/terraform-provider-genesyscloud). */
const SCHEMA: Record<string, ReadonlySet<string>> = {
  genesyscloud_auth_role: new Set(['name', 'description', 'permissions', 'permission_policies', 'default_role_id']),
  'genesyscloud_auth_role.permission_policies': new Set(['domain', 'entity_name', 'action_set', 'conditions']),
  genesyscloud_oauth_client: new Set([
    'name', 'description', 'authorized_grant_type', 'access_token_validity_seconds', 'client_secret', 'directory_client_secret',
    'expose_client_secret', 'integration_credential_name', 'registered_redirect_uris', 'roles', 'scopes', 'state',
  ]),
  'genesyscloud_oauth_client.roles': new Set(['role_id', 'division_id']),
  genesyscloud_auth_division_home: new Set(['name', 'description', 'id']),
  output: new Set(['value', 'description', 'sensitive']),
};

function checkAttributes(kind: string, body: Record<string, unknown>): void {
  const allowed = SCHEMA[kind];
  expect({ kind, unknown: Object.keys(body).filter((key) => !allowed.has(key)) }).toEqual({ kind, unknown: [] });
  for (const [key, value] of Object.entries(body)) {
    if (SCHEMA[`${kind}.${key}`]) for (const block of value as Record<string, unknown>[]) checkAttributes(`${kind}.${key}`, block);
  }
}

async function parseAndCheck(text: string): Promise<any> {
  const json: any = await parse('main.tf', text);
  for (const [type, byName] of Object.entries<any>(json.resource ?? {})) for (const blocks of Object.values<any>(byName)) for (const block of blocks) checkAttributes(type, block);
  for (const [type, byName] of Object.entries<any>(json.data ?? {})) for (const blocks of Object.values<any>(byName)) for (const block of blocks) checkAttributes(type, block);
  for (const blocks of Object.values<any>(json.output ?? {})) for (const block of blocks) checkAttributes('output', block);
  return json;
}

describe('renderTerraform', () => {
  it('parses, uses only schema attributes, groups policies, and puts general permissions in permissions', async () => {
    const text = renderTerraform(
      [
        { service: 'services/a', permissions: ['admin', 'routing:queue:edit', 'routing:queue:view', 'analytics:conversationDetail:view'], unknownOperations: [], operationCount: 3 },
        { service: 'services/b', permissions: [], unknownOperations: ['NewApi.getThing'], operationCount: 1 },
        { service: '.', permissions: [], unknownOperations: [], operationCount: 0 },
      ],
      { rootName: 'repo' },
    );
    const json = await parseAndCheck(text);
    const role = json.resource.genesyscloud_auth_role.services_a[0];
    expect(role.permissions).toEqual(['admin']);
    expect(role.permission_policies).toEqual([
      { domain: 'analytics', entity_name: 'conversationDetail', action_set: ['view'] },
      { domain: 'routing', entity_name: 'queue', action_set: ['edit', 'view'] },
    ]);
    const client = json.resource.genesyscloud_oauth_client.services_a[0];
    expect(client.authorized_grant_type).toBe('CLIENT-CREDENTIALS');
    expect(client.access_token_validity_seconds).toBe(86400);
    expect(client.roles).toEqual([{ role_id: '${genesyscloud_auth_role.services_a.id}', division_id: '${data.genesyscloud_auth_division_home.home.id}' }]);
    expect(json.output.services_a_client_id[0].value).toBe('${genesyscloud_oauth_client.services_a.client_id}');
    expect(json.data.genesyscloud_auth_division_home.home).toBeDefined();
    // a service without inferred permissions: its client, an empty role, and a comment saying what to add
    expect(json.resource.genesyscloud_auth_role.services_b[0].permission_policies).toBeUndefined();
    expect(text).toMatch(/No permission could be inferred \(the operations it calls have no permission data\)/);
    expect(text).toContain('No permission data for: NewApi.getThing');
    expect(json.resource.genesyscloud_oauth_client.repo).toBeDefined();
    expect(text).toMatch(/already holds that role/);
    expect(text).not.toMatch(/secret\s*=/);
  });

  it('keeps hostile service names literal and names unique', async () => {
    const hostile = 'svc/${file("/etc/passwd")}\n" } resource "x" "y" {';
    const text = renderTerraform(
      [
        { service: hostile, permissions: [], unknownOperations: [], operationCount: 0 },
        { service: 'svc-a', permissions: [], unknownOperations: [], operationCount: 0 },
        { service: 'svc_a', permissions: [], unknownOperations: [], operationCount: 0 },
        { service: '9lives', permissions: [], unknownOperations: [], operationCount: 0 },
      ],
      { rootName: 'r' },
    );
    const json = await parseAndCheck(text);
    expect(Object.keys(json.resource.genesyscloud_oauth_client).sort()).toEqual(['service_9lives', 'svc_a', 'svc_a_2', 'svc_file_etc_passwd_resource_x_y']);
    expect(json.resource.x).toBeUndefined();
    expect(toHclString('${x} %{y}')).toBe('"$${x} %%{y}"');
    const namer = createNamer();
    expect([namer(''), namer('')]).toEqual(['service', 'service_2']);
  });
});

describe('migrate --terraform [CLI]', () => {
  beforeAll(assertBuilt);

  const SERVICE = {
    'package.json': '{ "name": "orders" }\n',
    'src/login.js': [
      "const platformClient = require('purecloud-platform-client-v2');",
      'const client = platformClient.ApiClient.instance;',
      "client.postOAuthApiToken({ credentials: { username: 'svc', password: 'hunter2-secret' } });",
      '',
    ].join('\n'),
    'src/api.js': [
      "const platformClient = require('purecloud-platform-client-v2');",
      'const users = new platformClient.UsersApi();',
      'const routing = new platformClient.RoutingApi();',
      'async function run(id) {',
      '  const me = await users.getUsersMe();',
      "  await users.patchUser(id, { name: 'x' });",
      '  return [me, await routing.getRoutingQueues()];',
      '}',
      'module.exports = { run };',
      '',
    ].join('\n'),
  };

  it('a folder outside the cwd with no package.json is its own service, not the cwd', () => {
    // Before, such files fell back to the cwd as their service, whose files are not theirs:
    // the getUsersMe warning and the role's permissions were silently lost.
    const root = makeTempDir();
    const { 'package.json': _manifest, ...withoutManifest } = SERVICE;
    writeFiles(path.join(root, 'outside'), withoutManifest);
    writeFiles(path.join(root, 'here'), { 'package.json': '{ "name": "here" }\n', 'index.js': 'module.exports = 1;\n' });
    const run = runCli(['migrate', '../outside', '--dry-run', '--format', 'json'], path.join(root, 'here'));
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.userContext).toEqual([expect.objectContaining({ file: '../outside/src/api.js', operation: 'UsersApi.getUsersMe' })]);
    expect(report.checklist.map((entry: { service: string }) => entry.service)).toEqual(['../outside']);
    expect(report.checklist[0].permissions).toEqual(['directory:user:edit', 'routing:queue:view']);
  });

  it('a dry run writes only the Terraform file; reports list the calls and the role in every format', async () => {
    const root = makeTempDir();
    writeFiles(root, SERVICE);
    const run = runCli(['migrate', '.', '--dry-run', '--format', 'json', '--terraform', 'clients.tf'], root);
    expect(run.code).toBe(0);
    const report = parseJsonReport(run);
    expect(report.userContext).toEqual([
      expect.objectContaining({ file: 'src/api.js', line: 5, column: 20, operation: 'UsersApi.getUsersMe', confidence: 'high', alternative: expect.stringContaining('TokensApi') }),
    ]);
    expect(report.checklist[0].permissions).toEqual(['directory:user:edit', 'routing:queue:view']);
    expect(report.checklist[0].unknownOperations).toEqual([]);
    expect(report.checklist[0].steps.map((step: { id: string }) => step.id)).toContain('fix-user-context-calls');
    expect(fs.readdirSync(root).sort()).toEqual(['clients.tf', 'package.json', 'src']);
    expect(fs.readFileSync(path.join(root, 'src/login.js'), 'utf8')).toBe(SERVICE['src/login.js']);
    const tf = fs.readFileSync(path.join(root, 'clients.tf'), 'utf8');
    expect(tf).not.toContain('hunter2');
    const json = await parseAndCheck(tf);
    const name = Object.keys(json.resource.genesyscloud_auth_role)[0];
    expect(json.resource.genesyscloud_auth_role[name][0].permission_policies).toEqual([
      { domain: 'directory', entity_name: 'user', action_set: ['edit'] },
      { domain: 'routing', entity_name: 'queue', action_set: ['view'] },
    ]);

    const text = runCli(['migrate', '.', '--dry-run', '--format', 'text'], root);
    expect(text.stdout).toContain('These calls will fail after the switch');
    expect(text.stdout).toMatch(/src\/api\.js:5:20 +UsersApi\.getUsersMe/);
    expect(text.stdout).toMatch(/directory:user:edit ← UsersApi\.patchUser/);
    const markdown = runCli(['migrate', '.', '--dry-run', '--format', 'markdown'], root);
    expect(markdown.stdout).toContain('These calls will fail after the switch');
    expect(markdown.stdout).toContain('### Role permissions');
    const diff = runCli(['migrate', '.', '--dry-run'], root);
    expect(diff.stderr).toContain('These calls will fail after the switch');
  });

  it('refuses a Terraform path inside .git or through a link, before any work', () => {
    const root = makeTempDir();
    writeFiles(root, { ...SERVICE, '.git/keep': '' });
    fs.symlinkSync(path.join(root, 'elsewhere.tf'), path.join(root, 'link.tf'));
    expect(runCli(['migrate', '.', '--dry-run', '--terraform', '.git/x.tf'], root).code).toBe(2);
    expect(runCli(['migrate', '.', '--dry-run', '--terraform', 'link.tf'], root).code).toBe(2);
    expect(fs.existsSync(path.join(root, 'elsewhere.tf'))).toBe(false);
  });
});

describe('check: user-context-api [CLI]', () => {
  beforeAll(assertBuilt);

  it('warns in a service that logs in without a user; --strict fails the run', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'package.json': '{}\n',
      'login.js': "const c = require('purecloud-platform-client-v2').ApiClient.instance;\nc.loginClientCredentials(process.env.A, process.env.B);\n",
      'me.js': "const p = require('purecloud-platform-client-v2');\nnew p.UsersApi().getUsersMe();\n",
    });
    const run = runCli(['check', '.', '--format', 'json'], root);
    expect(run.code).toBe(0);
    expect(parseJsonReport(run).findings).toEqual([expect.objectContaining({ file: 'me.js', line: 2, rule: 'user-context-api', level: 'warning' })]);
    expect(runCli(['check', '.', '--strict'], root).code).toBe(1);
  });

  // A run that reads part of a service (files named one by one, a shard) judges with the
  // facts of the service's other files too: the login in login.js decides about me.js.
  it.each([
    ['the file named alone', ['check', 'me.js', '--format', 'json']],
    ['a path below the service folder', ['check', 'lib', '--format', 'json']],
    ['each shard', ['check', '.', '--shard', '1/2', '--format', 'json'], ['check', '.', '--shard', '2/2', '--format', 'json']],
  ])('a partial scan still sees how the whole service logs in: %s', (_name, ...runs) => {
    const root = makeTempDir();
    writeFiles(root, {
      'package.json': '{}\n',
      'login.js': "const c = require('purecloud-platform-client-v2').ApiClient.instance;\nc.loginClientCredentials(process.env.A, process.env.B);\n",
      'me.js': "const p = require('purecloud-platform-client-v2');\nnew p.UsersApi().getUsersMe();\n",
      'lib/me.js': "const p = require('purecloud-platform-client-v2');\nnew p.UsersApi().getUsersMe();\n",
      'other/package.json': '{}\n',
      'other/sign-in.js': "const c = require('purecloud-platform-client-v2').ApiClient.instance;\nc.loginImplicitGrant('id', 'https://app/cb');\n",
    });
    const found = runs.flatMap((args) => parseJsonReport(runCli(args as string[], root)).findings.map((finding: { file: string; rule: string }) => `${finding.file} ${finding.rule}`));
    const expected = (runs[0] as string[])[1] === 'me.js' ? ['me.js user-context-api'] : (runs[0] as string[])[1] === 'lib' ? ['lib/me.js user-context-api'] : ['lib/me.js user-context-api', 'me.js user-context-api'];
    expect(found.sort()).toEqual(expected);
  });

  it('a --changed-since run sees the login of an unchanged file of the service', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'package.json': '{}\n',
      'login.js': "const c = require('purecloud-platform-client-v2').ApiClient.instance;\nc.loginClientCredentials(process.env.A, process.env.B);\n",
      'other.js': 'module.exports = 1;\n',
    });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'base');
    writeFiles(root, { 'me.js': "const p = require('purecloud-platform-client-v2');\nnew p.UsersApi().getUsersMe();\n" });
    const report = parseJsonReport(runCli(['check', '.', '--changed-since', 'main', '--format', 'json'], root));
    expect(report.summary.filesScanned).toBe(1);
    expect(report.findings.map((finding: { file: string; rule: string }) => `${finding.file} ${finding.rule}`)).toEqual(['me.js user-context-api']);
  });

  it('a service whose user signs in in a file the run did not read still has its "me"', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'package.json': '{}\n',
      'sign-in.js': "const c = require('purecloud-platform-client-v2').ApiClient.instance;\nc.loginImplicitGrant('id', 'https://app/cb');\nc.loginClientCredentials(process.env.A, process.env.B);\n",
      'me.js': "const p = require('purecloud-platform-client-v2');\nnew p.UsersApi().getUsersMe();\n",
    });
    expect(parseJsonReport(runCli(['check', 'me.js', '--format', 'json'], root)).findings).toEqual([]);
  });
});
