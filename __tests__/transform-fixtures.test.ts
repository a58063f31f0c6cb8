import { applyTransform } from 'jscodeshift/src/testUtils';
import * as transformModule from '../transforms/password-grant-to-client-credentials';
import { transformSource } from '../src/rewrite/transform-source';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadTransformFixtures } from './helpers/fixtures';
import { migrateText, withoutLayout } from './helpers/migrate-text';

const fixtures = loadTransformFixtures();
// The jscodeshift entry looks for Prettier and .editorconfig from the file's folder: give it
// one that has neither (this repository lists Prettier as a devDependency).
const NEUTRAL_DIR = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-fixtures-'));
afterAll(() => fs.rmSync(NEUTRAL_DIR, { recursive: true, force: true }));

describe('transform fixtures (__testfixtures__/transform)', () => {
  it('has at least 40 fixture pairs, each with an output file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((fixture) => fixture.expected === null).map((fixture) => fixture.name)).toEqual([]);
  });

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    it('produces the expected output (with the built-in layout)', () => {
      const result = migrateText(fixture.input, fixture.inputFile, fixture.options);
      expect(result.output).toBe(fixture.expected);
    });

    it('is laid out, not rewritten, by the formatter: only white space and trailing commas differ', () => {
      const unformatted = transformSource(fixture.input, fixture.inputFile, fixture.options).output;
      expect(withoutLayout(unformatted)).toBe(withoutLayout(fixture.expected ?? ''));
    });

    if (fixture.name.includes('-no-change-')) {
      it('is a negative case: output is byte-identical to input', () => {
        expect(fixture.expected).toBe(fixture.input);
        expect(transformSource(fixture.input, fixture.inputFile, fixture.options).changed).toBe(false);
      });
    } else if (fixture.name.startsWith('http-')) {
      it('is a positive raw HTTP case: client credentials, no username or password, the client authenticated', () => {
        expect(fixture.expected).not.toBe(fixture.input);
        expect(fixture.expected).toMatch(/grant_type[=:'" ,]+client_credentials/);
        expect(fixture.expected).not.toMatch(/grant_type[=:'" ,]+password/);
        expect(fixture.expected).not.toMatch(/\b(username|password)=|['"](username|password)['"],|\b(username|password): (?!process\.env\.GENESYS_CLIENT)/);
        expect(fixture.expected).toMatch(/Basic|auth: \{/);
        const result = migrateText(fixture.input, fixture.inputFile, { ...fixture.options, scopes: [] });
        expect(result.output).toBe(fixture.expected);
        expect(result.sites.length).toBeGreaterThan(0);
      });
    } else {
      it('is a positive case: the password grant is gone', () => {
        expect(fixture.expected).not.toBe(fixture.input);
        expect(fixture.expected).not.toMatch(/postOAuthApiToken/);
        expect(fixture.expected).toMatch(/loginClientCredentials(Grant)?\(/);
      });
    }

    it('gives the same output through the jscodeshift module entry', async () => {
      const output = await applyTransform(
        transformModule,
        { ...fixture.options, scopes: fixture.options.scopes?.join(','), sdkModules: fixture.options.sdkModules?.join(',') },
        { source: fixture.input, path: path.join(NEUTRAL_DIR, fixture.inputFile) },
      );
      // jscodeshift's test helper trims the output.
      expect(output).toBe((fixture.expected ?? '').trim());
    });
  });
});

describe('files without a token call', () => {
  // jscodeshift hands the transform every file of a repository: one that never names
  // postOAuthApiToken is returned as it is, unparsed, so syntax we cannot read costs nothing.
  it.each([
    ['plain.js', 'export const answer = 42;\n'],
    ['broken.js', 'const client = ;\n'],
    ['only-http.ts', "await axios.post('https://login.mypurecloud.com/oauth/token', body) +;\n"],
  ])('leaves %s alone without parsing it', async (file, source) => {
    const result = transformSource(source, file, { scopes: ['analytics:readonly'] });
    expect(result).toEqual({ output: source, changed: false, sites: [], manual: [], secrets: [], legacyEnvVars: [], waitingForScopes: 0, changedRanges: [] });
    expect(await applyTransform(transformModule, { scopes: 'analytics:readonly' }, { source, path: file })).toBe(source.trim());
  });

  it('still parses a file that names it, and reports what it cannot read', () => {
    expect(() => transformSource('const client = ;\nclient.postOAuthApiToken({});\n', 'broken.js')).toThrow();
  });
});
