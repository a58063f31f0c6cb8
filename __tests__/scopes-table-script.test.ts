import * as fs from 'fs';
import * as path from 'path';
import { buildScopeTable, readSdkMethods } from '../scripts/regenerate-scope-table';
import type { ScopeTableFile } from '../src/scopes/scope-table';
import { makeTempDir, removeTempDirs, REPO_ROOT } from './helpers/cli-harness';

afterAll(removeTempDirs);

const SDK_API_FOLDER = path.join(REPO_ROOT, 'node_modules', 'purecloud-platform-client-v2', 'src', 'purecloud-platform-client-v2', 'api');

function sdkMethodSource(name: string, http: string, apiPath: string): string {
  return [
    `\t${name}(body, opts) { `,
    '\t\topts = opts || {};',
    '\t\treturn this.apiClient.callApi(',
    `\t\t\t'${apiPath}', `,
    `\t\t\t'${http}', `,
    "\t\t\t{  },\n\t\t\tnull, \n\t\t\t['PureCloud OAuth']",
    '\t\t);',
    '\t}',
    '',
  ].join('\n');
}

describe('scripts/regenerate-scope-table', () => {
  it('joins SDK methods to the spec by HTTP method and path, whatever the path parameters are called', () => {
    const folder = makeTempDir();
    fs.writeFileSync(
      path.join(folder, 'UsersApi.js'),
      [
        'class UsersApi {',
        '\tconstructor(apiClient) {\n\t\tthis.apiClient = apiClient;\n\t}',
        sdkMethodSource('getUser', 'GET', '/api/v2/users/{userId}'),
        sdkMethodSource('patchUser', 'PATCH', '/api/v2/users/{userId}'),
        sdkMethodSource('getUsersPublic', 'GET', '/api/v2/users/public'),
        sdkMethodSource('getUsersPreviewThing', 'GET', '/api/v2/users/preview/thing'),
        sdkMethodSource('getElsewhere', 'GET', '/api/v2/elsewhere'),
        '}',
      ].join('\n'),
    );
    const methods = readSdkMethods(folder);
    expect(methods.map((method) => `${method.key} ${method.http} ${method.path}`)).toEqual([
      'UsersApi.getUser GET /api/v2/users/{userId}',
      'UsersApi.patchUser PATCH /api/v2/users/{userId}',
      'UsersApi.getUsersPublic GET /api/v2/users/public',
      'UsersApi.getUsersPreviewThing GET /api/v2/users/preview/thing',
      'UsersApi.getElsewhere GET /api/v2/elsewhere',
    ]);
    const table = buildScopeTable({
      swagger: {
        securityDefinitions: { 'PureCloud OAuth': { scopes: { users: 'Manage users' } } },
        paths: {
          '/api/v2/users/{id}': {
            get: { operationId: 'getUser', security: [{ 'PureCloud OAuth': ['users:readonly', 'users'] }] },
            patch: { operationId: 'patchUser', security: [{ 'PureCloud OAuth': ['users'] }] },
          },
          '/api/v2/users/public': { get: { operationId: 'getUsersPublic', security: [] } },
        },
      },
      sdkMethods: methods,
      sdkPackage: 'purecloud-platform-client-v2@0.0.0',
      source: 'test',
    });
    expect(table.operations).toEqual({ 'UsersApi.getUser': ['users', 'users:readonly'], 'UsersApi.patchUser': ['users'] });
    expect(table.nonOAuthOperations).toEqual({ 'UsersApi.getUsersPublic': { security: [] } });
    expect(table.inferredOperations['UsersApi.getUsersPreviewThing']).toMatchObject({ scopes: ['users', 'users:readonly'] });
    expect(table.uncovered).toEqual(['UsersApi.getElsewhere']);
    expect(table.scopes).toEqual({ users: 'Manage users', 'users:readonly': null });
  });

  it('rebuilds the shipped table from a spec holding the shipped security entries (round trip over the real SDK)', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'data', 'genesys-operation-scopes.json'), 'utf8')) as ScopeTableFile;
    const methods = readSdkMethods(SDK_API_FOLDER);
    const paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>> = {};
    for (const method of methods) {
      const scopes = shipped.operations[method.key];
      const nonOAuth = shipped.nonOAuthOperations[method.key] as { security: string[] } | undefined;
      if (!scopes && !nonOAuth) continue;
      paths[method.path] ??= {};
      (paths[method.path] as Record<string, unknown>)[method.http.toLowerCase()] = {
        operationId: method.method,
        security: scopes ? [{ 'PureCloud OAuth': scopes }] : nonOAuth?.security.map((scheme) => ({ [scheme]: [] })),
      };
    }
    const rebuilt = buildScopeTable({ swagger: { paths }, sdkMethods: methods, sdkPackage: shipped.sdkPackage, source: 'round trip' });
    const sortedValues = (record: Record<string, string[]>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, [...value].sort()]));
    expect(rebuilt.operations).toEqual(sortedValues(shipped.operations));
    expect(Object.keys(rebuilt.nonOAuthOperations)).toEqual(Object.keys(shipped.nonOAuthOperations).sort());
    expect(rebuilt.uncovered).toEqual([...shipped.uncovered].sort());
  });
});
