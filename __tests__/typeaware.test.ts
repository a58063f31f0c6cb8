import * as fs from 'fs';
import * as path from 'path';
import { detectInSource } from '../src/detect';
import { transformSource } from '../src/rewrite/transform-source';
import { createTypeFacts } from '../src/typeaware/create-type-facts';
import { createTypeAwareMode, type TypeAwareMode } from '../src/typeaware/type-aware-mode';
import type { SerializedTypeFacts } from '../src/typeaware/types';
import { makeTempDir, removeTempDirs, writeFiles } from './helpers/cli-harness';

/**
 * Type-aware mode below the command line: the facts the type checker supplies for the
 * fixture project, and the one detector / rewrite deciding with them.
 */

const FIXTURE = path.resolve(__dirname, '..', '__testfixtures__', 'ts-project');
const SCOPES = ['analytics:readonly'];

let root: string;
let mode: TypeAwareMode;

/** Extra files next to the fixture's, for shapes the fixture does not need to show. */
const EXTRA_FILES: Record<string, string> = {
  'src/edge-cases.ts': [
    "import { ApiClient } from '@genesyscloud/genesyscloud';",
    "import { serviceAccount } from './credentials';",
    '',
    '// eslint-disable-next-line @typescript-eslint/no-explicit-any',
    'export async function viaAny(client: any): Promise<void> {',
    "  await client.postOAuthApiToken({ credentials: { username: 'u-any', password: 'p-any' } });",
    '}',
    '',
    'export async function viaInstance(): Promise<void> {',
    '  await (ApiClient.instance).postOAuthApiToken({ credentials: serviceAccount.credentials });',
    '}',
    '',
    'export class NotTheSdk {',
    '  async postOAuthApiToken(body: unknown): Promise<unknown> {',
    '    return body;',
    '  }',
    '}',
    '',
    'export async function viaOwnClass(other: NotTheSdk): Promise<void> {',
    "  await other.postOAuthApiToken({ grant_type: 'password', username: 'x', password: 'y' });",
    '}',
    '',
  ].join('\n'),
  // a BOM: TypeScript counts it, the detector's offsets do not
  'src/with-bom.ts': '\uFEFF' + [
    "import { createClient } from './client-factory';",
    "import { serviceAccount } from './credentials';",
    '',
    'export async function bomLogin(): Promise<void> {',
    '  await createClient().postOAuthApiToken(serviceAccount);',
    '}',
    '',
  ].join('\r\n'),
};

beforeAll(() => {
  root = makeTempDir();
  fs.cpSync(FIXTURE, root, { recursive: true });
  writeFiles(root, EXTRA_FILES);
  mode = createTypeAwareMode({ tsconfig: 'tsconfig.json', cwd: root, typecheck: true });
});

afterAll(() => removeTempDirs());

function read(relative: string): string {
  return fs.readFileSync(path.join(root, relative), 'utf8');
}

function factsOf(relative: string): SerializedTypeFacts | undefined {
  return mode.prepareTask({ realPath: path.join(root, relative), options: {} }).typeFacts;
}

/** The `start:end` key of `expression`, found where `context` (which starts with it) occurs. */
function keyOf(source: string, expression: string, context = expression): string {
  expect(context.startsWith(expression)).toBe(true);
  const start = source.indexOf(context);
  expect(start).toBeGreaterThanOrEqual(0);
  return `${start}:${start + expression.length}`;
}

describe('facts computed from the project', () => {
  test('a client made by a factory in another module is the SDK ApiClient; imported credentials are a password grant', () => {
    const source = read('src/login-service.ts');
    const facts = factsOf('src/login-service.ts');
    expect(facts?.receivers[keyOf(source, 'gc', 'gc.postOAuthApiToken')]).toBe('sdk');
    expect(facts?.credentials[keyOf(source, 'serviceAccount', 'serviceAccount)')]).toEqual({
      grant: 'password',
      shape: 'credentials-object',
      legacyEnvVars: ['SVC_USERNAME', 'SVC_PASSWORD'],
    });
  });

  test('a namespace import member resolving to a grant_type password object is resolved', () => {
    const source = read('src/legacy-login.ts');
    const facts = factsOf('src/legacy-login.ts');
    expect(facts?.credentials[keyOf(source, 'settings.legacyGrant')]).toEqual({
      grant: 'password',
      shape: 'grant-type-password',
      legacyEnvVars: [],
    });
  });

  test('a constructor-injected client typed through an alias of ApiClient is the SDK', () => {
    const source = read('src/report-service.ts');
    expect(factsOf('src/report-service.ts')?.receivers[keyOf(source, 'this.client')]).toBe('sdk');
  });

  test('a JavaScript file of an allowJs project gets facts too', () => {
    const source = read('src/legacy-job.js');
    expect(factsOf('src/legacy-job.js')?.receivers[keyOf(source, 'jobClient', 'jobClient.postOAuthApiToken')]).toBe('sdk');
  });

  test('a fake client class with its own postOAuthApiToken is not the SDK', () => {
    const source = read('src/fake-login.ts');
    expect(factsOf('src/fake-login.ts')?.receivers[keyOf(source, 'client', 'client.postOAuthApiToken')]).toBe('not-sdk');
  });

  test('edge cases: `any` gives no fact, a parenthesised SDK singleton is keyed inside and out, a local class is not the SDK', () => {
    const source = read('src/edge-cases.ts');
    const facts = factsOf('src/edge-cases.ts') as SerializedTypeFacts;
    expect(facts.receivers[keyOf(source, 'client', 'client.postOAuthApiToken')]).toBeUndefined();
    expect(facts.receivers[keyOf(source, '(ApiClient.instance)')]).toBe('sdk');
    expect(facts.receivers[keyOf(source, 'ApiClient.instance')]).toBe('sdk');
    // `{ credentials: serviceAccount.credentials }`: the inner value lives in another module
    expect(facts.credentials[keyOf(source, '{ credentials: serviceAccount.credentials }')]).toMatchObject({ grant: 'password' });
    expect(facts.receivers[keyOf(source, 'other', 'other.postOAuthApiToken')]).toBe('not-sdk');
  });

  test('files outside the tsconfig, and files the prefilter rules out, get no facts', () => {
    expect(mode.modeOf(path.join(root, 'scripts/outside.js'))).toBe('file');
    expect(factsOf('scripts/outside.js')).toBeUndefined();
    expect(mode.modeOf(path.join(root, 'src/client-factory.ts'))).toBe('project');
    expect(factsOf('src/client-factory.ts')).toBeUndefined();
  });

  test('facts are plain data: they survive a structured clone to a worker', () => {
    const facts = factsOf('src/login-service.ts');
    expect(structuredClone(facts)).toEqual(facts);
  });
});

describe('the one detector and rewrite, fed with the facts', () => {
  function withFacts(relative: string) {
    const facts = factsOf(relative);
    expect(facts).toBeDefined();
    return createTypeFacts(facts as SerializedTypeFacts);
  }

  test('per file, the cross-module site needs review; with facts it is a fixable password grant confirmed by type', () => {
    const source = read('src/login-service.ts');
    const [perFile] = detectInSource(source, 'src/login-service.ts');
    expect(perFile).toMatchObject({ grant: 'unknown', fixable: false, receiverOrigin: 'untraced' });
    const [typed] = detectInSource(source, 'src/login-service.ts', { facts: withFacts('src/login-service.ts') });
    expect(typed).toMatchObject({
      grant: 'password',
      fixable: true,
      receiverOrigin: 'sdk-typed',
      credentialShape: 'credentials-object',
      legacyEnvVars: ['SVC_USERNAME', 'SVC_PASSWORD'],
    });
  });

  test('the fake client is a finding per file and none with facts', () => {
    const source = read('src/fake-login.ts');
    expect(detectInSource(source, 'src/fake-login.ts')).toHaveLength(1);
    expect(detectInSource(source, 'src/fake-login.ts', { facts: withFacts('src/fake-login.ts') })).toEqual([]);
  });

  test('the rewrite removes the import the credentials came through, and only that', () => {
    const source = read('src/login-service.ts');
    const result = transformSource(source, 'src/login-service.ts', { scopes: SCOPES, facts: withFacts('src/login-service.ts') });
    expect(result.changed).toBe(true);
    expect(result.manual).toEqual([]);
    expect(result.output).not.toContain('serviceAccount');
    expect(result.output).not.toContain("from './credentials'");
    expect(result.output).toContain("import { createClient } from './client-factory';");
    expect(result.output).toContain("gc.loginClientCredentials(process.env.GENESYSCLOUD_OAUTHCLIENT_ID as string, process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET as string, ['analytics:readonly'])");
    expect(result.legacyEnvVars).toEqual(['SVC_PASSWORD', 'SVC_USERNAME']);
  });

  test('a file with a BOM and CRLF line ends: the facts line up with the detector', () => {
    const source = read('src/with-bom.ts');
    const [site] = detectInSource(source, 'src/with-bom.ts', { facts: withFacts('src/with-bom.ts') });
    // the receiver is made in the call itself, so it stays manual, but the grant was resolved by type
    expect(site).toMatchObject({ grant: 'password', receiverOrigin: 'sdk-typed', legacyEnvVars: ['SVC_USERNAME', 'SVC_PASSWORD'] });
  });

  test('a namespace import left unused by the rewrite is removed too', () => {
    const source = read('src/legacy-login.ts');
    const result = transformSource(source, 'src/legacy-login.ts', { scopes: SCOPES, facts: withFacts('src/legacy-login.ts') });
    expect(result.changed).toBe(true);
    expect(result.output).not.toContain('settings');
    expect(result.output.startsWith("import { createClient } from './client-factory';")).toBe(true);
  });
});

describe('--typecheck: rewrites checked in memory against the project', () => {
  test('a rewrite whose result is read with the old token type is refused with the diagnostic; a sound one passes; the project is restored', () => {
    const consumer = read('src/token-consumer.ts');
    const brokenRewrite = transformSource(consumer, 'src/token-consumer.ts', { scopes: SCOPES }).output;
    const service = read('src/report-service.ts');
    const soundRewrite = transformSource(service, 'src/report-service.ts', { scopes: SCOPES }).output;
    expect(brokenRewrite).not.toBe(consumer);
    expect(soundRewrite).not.toBe(service);

    const review = mode.reviewRewrites?.([
      { file: 'src/token-consumer.ts', realPath: path.join(root, 'src/token-consumer.ts'), after: brokenRewrite },
      { file: 'src/report-service.ts', realPath: path.join(root, 'src/report-service.ts'), after: soundRewrite },
    ]);
    expect([...(review?.keys() ?? [])]).toEqual(['src/token-consumer.ts']);
    expect(review?.get('src/token-consumer.ts')).toEqual([
      expect.stringMatching(/^src\/token-consumer\.ts\(\d+,\d+\): error TS2551: Property 'access_token' does not exist on type 'AuthData'/),
    ]);
    // restored: the in-memory file is the one on disk again, and still has no errors
    const file = mode.loaded.project.getSourceFileOrThrow(path.join(root, 'src/token-consumer.ts'));
    expect(file.getFullText()).toBe(consumer);
    expect(file.getPreEmitDiagnostics()).toEqual([]);
  });

  test('errors a rewrite adds in a module that imports it count against that rewrite, not against the importer\'s own sound rewrite', () => {
    writeFiles(root, {
      'src/exports-token.ts': [
        "import { createClient } from './client-factory';",
        '',
        'const client = createClient();',
        '',
        'export function getToken() {',
        "  return client.postOAuthApiToken({ credentials: { username: 'svc-x', password: 'pw-x' } });",
        '}',
        '',
      ].join('\n'),
      'src/reads-token.ts': [
        "import { ApiClient } from '@genesyscloud/genesyscloud';",
        "import { getToken } from './exports-token';",
        '',
        'export async function tokenText(client: ApiClient): Promise<string> {',
        "  await client.postOAuthApiToken({ credentials: { username: 'svc-y', password: 'pw-y' } });",
        '  return (await getToken()).access_token;',
        '}',
        '',
      ].join('\n'),
    });
    const own = createTypeAwareMode({ tsconfig: 'tsconfig.json', cwd: root, typecheck: true });
    const rewrites = ['src/exports-token.ts', 'src/reads-token.ts'].map((file) => ({
      file,
      realPath: path.join(root, file),
      after: transformSource(read(file), file, { scopes: SCOPES }).output,
    }));
    expect(rewrites[1].after).toContain('client.loginClientCredentials(');
    const review = own.reviewRewrites?.(rewrites);
    expect([...(review?.keys() ?? [])]).toEqual(['src/exports-token.ts']);
    expect(review?.get('src/exports-token.ts')).toEqual([expect.stringMatching(/^src\/reads-token\.ts\(6,\d+\): error TS2551/)]);
    for (const file of ['src/exports-token.ts', 'src/reads-token.ts']) fs.rmSync(path.join(root, file));
  });

  test('without --typecheck there is no review', () => {
    const plain = createTypeAwareMode({ tsconfig: 'tsconfig.json', cwd: root, typecheck: false });
    expect(plain.reviewRewrites).toBeUndefined();
  });
});

describe('loading the project', () => {
  test('a tsconfig that is not valid JSON config is a usage error naming --project', () => {
    writeFiles(root, { 'bad/tsconfig.json': '{ "compilerOptions": { "target": "nope" } }' });
    expect(() => createTypeAwareMode({ tsconfig: 'bad/tsconfig.json', cwd: root, typecheck: false })).toThrow(/--project bad\/tsconfig\.json/);
  });
});
