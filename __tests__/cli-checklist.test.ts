import { assertBuilt, makeTempDir, parseJsonReport, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/**
 * The Developer Console checklist at the end of `migrate`: per service (nearest
 * package.json), in the text, Markdown and JSON reports, never with a secret value.
 */

const SECRET = 'Checklist-Secret-7731';

function writeMonorepo(root: string): void {
  writeFiles(root, {
    'package.json': '{ "name": "mono", "private": true }\n',
    'services/billing/package.json': '{ "name": "billing" }\n',
    'services/billing/src/auth.js': [
      "const platformClient = require('@genesyscloud/genesyscloud');",
      'const client = platformClient.ApiClient.instance;',
      'async function login() {',
      `  await client.postOAuthApiToken({ credentials: { username: 'svc-billing', password: '${SECRET}' } });`,
      '}',
      'module.exports = { login };',
      '',
    ].join('\n'),
    'services/reports/package.json': '{ "name": "reports" }\n',
    'services/reports/src/session.ts': [
      "import { ApiClient } from '@genesyscloud/genesyscloud';",
      'const client = new ApiClient();',
      'export async function login(): Promise<void> {',
      '  await client.postOAuthApiToken({',
      '    credentials: { username: process.env.GC_USERNAME, password: process.env.GC_PASSWORD },',
      '  });',
      '}',
      '',
    ].join('\n'),
    'tools/script.js': [
      "const gc = require('purecloud-platform-client-v2');",
      'const api = new gc.ApiClient();',
      "api.postOAuthApiToken({ grant_type: 'password', username: process.env.TOOL_USER, password: process.env.TOOL_PASS });",
      '',
    ].join('\n'),
  });
}

const ARGS = ['migrate', '.', '--dry-run', '--scopes', 'analytics:readonly'];

beforeAll(assertBuilt);
afterAll(removeTempDirs);

describe('Developer Console checklist', () => {
  it('is carried by the JSON report, one entry per service with its steps', () => {
    const root = makeTempDir();
    writeMonorepo(root);
    const run = runCli([...ARGS, '--format', 'json', '--client-id-env', 'BILLING_ID'], root);
    const report = parseJsonReport(run);
    expect(run.code).toBe(0);
    const services = report.checklist.map((entry: { service: string }) => entry.service);
    // tools/ has no package.json of its own: it belongs to the root service.
    expect(services).toEqual(['.', 'services/billing', 'services/reports']);

    const billing = report.checklist[1];
    expect(billing.files).toEqual(['services/billing/src/auth.js']);
    expect(billing.scopes).toEqual(['analytics:readonly']);
    expect(billing.envVars.clientId).toEqual(['BILLING_ID']);
    expect(billing.steps.map((step: { id: string }) => step.id)).toEqual([
      'create-oauth-client',
      'grant-scopes-and-roles',
      'set-environment-variables',
      'rotate-secrets',
    ]);
    expect(billing.steps[3].text).toContain('services/billing/src/auth.js:4 (password)');

    const reports = report.checklist[2];
    expect(reports.steps.map((step: { id: string }) => step.id)).toContain('remove-password-variables');
    expect(reports.legacyEnvVars).toEqual(['GC_PASSWORD', 'GC_USERNAME']);
    expect(report.checklist[0].legacyEnvVars).toEqual(['TOOL_PASS', 'TOOL_USER']);
    expect(run.stdout).not.toContain(SECRET);
  });

  it('ends the text report, grouped by service', () => {
    const root = makeTempDir();
    writeMonorepo(root);
    const run = runCli([...ARGS, '--format', 'text'], root);
    expect(run.code).toBe(0);
    const start = run.stdout.indexOf('Developer Console checklist');
    expect(start).toBeGreaterThan(0);
    const checklist = run.stdout.slice(start);
    expect(checklist).toContain('service services/billing:');
    expect(checklist).toContain('GENESYSCLOUD_OAUTHCLIENT_ID');
    expect(checklist).toMatch(/rotate every hard-coded credential/i);
    expect(checklist).toContain('GC_PASSWORD');
    expect(run.stdout).not.toContain(SECRET);
  });

  it('ends the Markdown report as task lists', () => {
    const root = makeTempDir();
    writeMonorepo(root);
    const run = runCli([...ARGS, '--format', 'markdown'], root);
    expect(run.code).toBe(0);
    const start = run.stdout.indexOf('### Developer Console checklist');
    expect(start).toBeGreaterThan(run.stdout.indexOf('### Diffs'));
    expect(run.stdout.slice(start)).toContain('**Service <code>services/reports</code>**');
    expect(run.stdout.slice(start)).toMatch(/- \[ \] In Genesys Cloud Admin/);
    expect(run.stdout).not.toContain(SECRET);
  });

  it('follows the diff on stderr in a dry run, leaving stdout a pure patch', () => {
    const root = makeTempDir();
    writeMonorepo(root);
    const run = runCli(ARGS, root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Developer Console checklist');
    expect(run.stdout).not.toContain('Developer Console checklist');
    expect(run.stderr).not.toContain(SECRET);
  });

  it('is empty when nothing was rewritten', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/a.js': 'export const a = 1;\n' });
    const report = parseJsonReport(runCli([...ARGS, '--format', 'json'], root));
    expect(report.checklist).toEqual([]);
  });
});
