import { execFileSync } from 'child_process';
import * as path from 'path';
import * as ts from 'typescript';
import { REGION_HOSTS, getRegionBasePath, getRegionHost, listRegionNames } from '../src/rewrite/regions';
import { transformSource } from '../src/rewrite/transform-source';
import { UsageError } from '../src/errors';
import { TRANSFORM_FIXTURES } from './helpers/fixtures';

/** Type-checks files against the real purecloud-platform-client-v2 index.d.ts (a devDependency). */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    types: ['node'],
    typeRoots: [path.join(__dirname, '..', 'node_modules', '@types')],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('target platform-client-v2', () => {
  const output = path.join(TRANSFORM_FIXTURES, 'target-platform-client-v2.output.ts');
  const input = path.join(TRANSFORM_FIXTURES, 'target-platform-client-v2.input.ts');

  it('the rewritten fixture type-checks against the real SDK declarations', () => {
    expect(typeErrors([output])).toEqual([]);
  });

  it('the original fixture does not (the SDK has no postOAuthApiToken), so the check above can fail', () => {
    expect(typeErrors([input]).join('\n')).toMatch(/postOAuthApiToken/);
  });

  it('emits no scopes at login and no init', () => {
    const source = "const pc = require('purecloud-platform-client-v2');\nconst c = pc.ApiClient.instance;\nc.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });\n";
    const result = transformSource(source, 'a.js', { target: 'platform-client-v2', scopes: ['analytics:readonly'] });
    expect(result.output).toContain('c.loginClientCredentialsGrant(process.env.GENESYSCLOUD_OAUTHCLIENT_ID, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET);');
    expect(result.output).not.toMatch(/init\(|analytics:readonly/);
  });

  it('does not need scopes to rewrite', () => {
    const source = "const pc = require('purecloud-platform-client-v2');\npc.ApiClient.instance.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });\n";
    expect(transformSource(source, 'a.js', { target: 'platform-client-v2' }).changed).toBe(true);
  });
});

describe('regions', () => {
  it('matches the installed SDK’s own PureCloudRegionHosts table', () => {
    // Loaded in a child process: the SDK starts a file watcher on its config file when it is
    // required, which would outlive this test file and fail jest's run after teardown.
    const script = "process.stdout.write(JSON.stringify(require('purecloud-platform-client-v2').PureCloudRegionHosts)); process.exit(0);";
    const hosts = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: path.join(__dirname, '..'), encoding: 'utf8' }));
    expect(REGION_HOSTS).toEqual(hosts);
  });

  it('maps region names to hosts and base paths', () => {
    expect(getRegionHost('us-east-1')).toBe('mypurecloud.com');
    expect(getRegionHost('eu_west_1')).toBe('mypurecloud.ie');
    expect(getRegionBasePath('ap-southeast-2')).toBe('https://api.mypurecloud.com.au');
  });

  it('rejects an unknown region with the list of known ones', () => {
    expect(() => getRegionHost('mars-north-1')).toThrow(UsageError);
    try {
      getRegionHost('mars-north-1');
    } catch (error) {
      expect((error as UsageError).hint).toContain('us-east-1');
      expect((error as UsageError).hint).toContain(listRegionNames()[listRegionNames().length - 1]);
    }
  });
});
