import { assertBuilt, makeTempDir, readFile, removeTempDirs, runCli, writeFiles } from './helpers/cli-harness';

/** New Relic timing through the command line and the configuration file. */

const SOURCE = [
  "const platformClient = require('@genesyscloud/genesyscloud');",
  'const client = platformClient.ApiClient.instance;',
  'module.exports = () => client.postOAuthApiToken({ credentials: { username: process.env.U, password: process.env.P } });',
  '',
].join('\n');

beforeAll(assertBuilt);
afterAll(removeTempDirs);

describe('New Relic segment', () => {
  it('--newrelic wraps the new login in the default segment and loads the agent', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/login.js': SOURCE });
    const run = runCli(['migrate', '.', '--scopes', 'analytics:readonly', '--newrelic', '--format', 'text'], root);
    expect(run.code).toBe(0);
    const output = readFile(root, 'src/login.js');
    // Laid out at 80 columns (the built-in layout): one argument per line.
    expect(output).toMatch(/newrelic\.startSegment\(\s*'genesys-cloud\/loginClientCredentials',\s*true,\s*\(\) =>/);
    expect(output).toContain("require('newrelic')");
  });

  it('--newrelic-segment names the segment, quoted safely', () => {
    const root = makeTempDir();
    writeFiles(root, { 'src/login.js': SOURCE });
    const run = runCli(['migrate', '.', '--scopes', 'a:b', '--newrelic', '--newrelic-segment', "svc/it's-login", '--format', 'text'], root);
    expect(run.code).toBe(0);
    expect(readFile(root, 'src/login.js')).toMatch(/newrelic\.startSegment\(\s*'svc\/it\\'s-login',\s*true,\s*\(\) =>/);
  });

  it('takes the segment name from the configuration file, and refuses an empty one (exit 2)', () => {
    const root = makeTempDir();
    writeFiles(root, {
      'src/login.js': SOURCE,
      '.password-grant-codemod.json': JSON.stringify({ scopes: ['a:b'], newrelic: true, newrelicSegmentName: 'cfg/segment' }),
    });
    expect(runCli(['migrate', '.', '--format', 'text'], root).code).toBe(0);
    expect(readFile(root, 'src/login.js')).toContain("startSegment('cfg/segment'");

    const bad = makeTempDir();
    writeFiles(bad, { 'src/login.js': SOURCE, '.password-grant-codemod.json': JSON.stringify({ newrelicSegmentName: ' ' }) });
    const run = runCli(['migrate', '.', '--format', 'text'], bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('newrelicSegmentName');
    expect(readFile(bad, 'src/login.js')).toBe(SOURCE);
  });
});
