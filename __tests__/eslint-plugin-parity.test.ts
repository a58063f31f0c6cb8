import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Linter } from 'eslint';
import { checkSource } from '../src/check/check-source';
import type { RewriteOptions } from '../src/rewrite/types';
import plugin = require('../src/eslint-plugin/index');
import { loadTransformFixtures } from './helpers/fixtures';
import { migrateText } from './helpers/migrate-text';

/**
 * The plugin against check and migrate on every fixture the project has: the transform's
 * input/output pairs and check's rule fixtures. For each file, ESLint's findings must be
 * check's (rule, position, message) and `verifyAndFix` must write migrate's bytes. The
 * project's parser is chosen as a project would: typescript-eslint for TypeScript, espree
 * for JavaScript (typescript-eslint where the JavaScript carries syntax espree refuses).
 */

const tsParser = require('@typescript-eslint/parser') as Linter.Parser;

// No password-grant-codemod configuration above it: the fixture's options are the only settings.
const ROOT = path.join(fs.realpathSync(os.tmpdir()), 'pgc-eslint-parity');
const CHECK_FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'check');

const linter = new Linter({ cwd: ROOT });

function configFor(options: RewriteOptions | undefined, parser: 'espree' | 'typescript'): Linter.Config[] {
  const rules: Linter.RulesRecord = {};
  for (const id of Object.keys(plugin.rules)) rules[`password-grant/${id}`] = options ? ['error', options] : 'error';
  const languageOptions: Linter.LanguageOptions =
    parser === 'typescript'
      ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }
      : { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
  // Unused-directive reports (and their fixes) are ESLint's business, not the comparison's.
  const linterOptions: Linter.LinterOptions = { reportUnusedDisableDirectives: 'off' };
  return [{ files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], plugins: { 'password-grant': plugin }, rules, languageOptions, linterOptions }];
}

function isTypeScript(file: string): boolean {
  return /\.[mc]?tsx?$/.test(file);
}

/** The parser a project would lint the file with; null when neither parses it (not ESLint's file then). */
function pickParser(source: string, filename: string): 'espree' | 'typescript' | null {
  const order: ('espree' | 'typescript')[] = isTypeScript(filename) ? ['typescript'] : ['espree', 'typescript'];
  for (const parser of order) {
    const messages = linter.verify(source, configFor(undefined, parser).map((config) => ({ ...config, rules: {} })), filename);
    if (!messages.some((message) => message.fatal)) return parser;
  }
  return null;
}

function eslintFindings(messages: Linter.LintMessage[]) {
  return messages.map((message) => ({
    rule: message.ruleId?.replace(/^password-grant\//, ''),
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    message: message.message,
  }));
}

function checkFindings(source: string, file: string, options: RewriteOptions | undefined) {
  return checkSource(source, file, options ?? {}).map(({ rule, line, column, endLine, endColumn, message }) => ({ rule, line, column, endLine, endColumn, message }));
}

interface Sample {
  name: string;
  file: string;
  source: string;
  options: RewriteOptions | undefined;
  expected: string | null;
}

/** `scopes: []` is the rewrite's "none known"; a rule option names scopes or leaves them out. */
function asRuleOptions(options: RewriteOptions): RewriteOptions {
  const { scopes, ...rest } = options;
  return scopes && scopes.length > 0 ? options : rest;
}

const transformSamples: Sample[] = loadTransformFixtures().map((fixture) => ({
  name: `transform/${fixture.inputFile}`,
  file: `src/${fixture.inputFile}`,
  source: fixture.input,
  options: asRuleOptions(fixture.options),
  expected: fixture.expected,
}));

const checkSamples: Sample[] = fs
  .readdirSync(CHECK_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((group) =>
    fs
      .readdirSync(path.join(CHECK_FIXTURES, group.name))
      .sort()
      .map((name) => ({
        name: `check/${group.name}/${name}`,
        file: `${group.name}/${name}`,
        source: fs.readFileSync(path.join(CHECK_FIXTURES, group.name, name), 'utf8'),
        options: undefined,
        expected: null,
      })),
  );

const unparsed: string[] = [];

describe.each([...transformSamples, ...checkSamples].map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
  const filename = path.join(ROOT, sample.file);
  const parser = pickParser(sample.source, filename);
  if (parser === null) {
    unparsed.push(sample.name);
    it.skip('is not parsed by espree or typescript-eslint', () => undefined);
    return;
  }

  it(`ESLint (${parser}) reports what check reports`, () => {
    const messages = linter.verify(sample.source, configFor(sample.options, parser), filename);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(eslintFindings(messages)).toEqual(checkFindings(sample.source, sample.file, sample.options));
  });

  it(`eslint --fix (${parser}) writes what migrate writes`, () => {
    // What migrate writes here: no Prettier configuration or .editorconfig governs the fixtures.
    const migrated = migrateText(sample.source, sample.file, sample.options ?? {});
    const migrateOutput = migrated.changed ? migrated.output : sample.source;
    const fixed = linter.verifyAndFix(sample.source, configFor(sample.options, parser), filename);
    expect(fixed.output).toBe(migrateOutput);
    if (sample.expected !== null) expect(fixed.output).toBe(sample.expected);
    // Fixed files have no fixable finding left (a second `eslint --fix` changes nothing).
    expect(fixed.messages.filter((message) => message.fix)).toEqual([]);
  });
});

describe('the fixture sweep', () => {
  it('lints nearly every fixture with a real ESLint parser', () => {
    expect(unparsed.length).toBeLessThanOrEqual(3);
  });

  it('fixes at least the transform fixtures migrate rewrites', () => {
    const rewritten = transformSamples.filter((sample) => migrateText(sample.source, sample.file, sample.options ?? {}).changed);
    expect(rewritten.length).toBeGreaterThan(30);
  });
});
