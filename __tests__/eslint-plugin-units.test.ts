import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { Linter } from 'eslint';
import * as checkSourceModule from '../src/check/check-source';
import { getSmallestEdit } from '../src/eslint-plugin/smallest-edit';
import plugin = require('../src/eslint-plugin/index');
import { makeTempDir, removeTempDirs, writeFiles } from './helpers/cli-harness';

/**
 * The plugin's own decisions, one at a time: where its settings come from (JSON
 * configuration only, found from the file's folder, overrides by file), that one file costs
 * one detector run however many rules run, that a file without a candidate costs none,
 * how file-level problems and ESLint's directives are reported, and the fix's edit.
 */

afterAll(() => removeTempDirs());

const GRANT = [
  "const platformClient = require('@genesyscloud/genesyscloud');",
  'const client = platformClient.ApiClient.instance;',
  'async function login() {',
  "  await client.postOAuthApiToken({ credentials: { username: 'svc', password: 'pw' } });",
  '}',
  'module.exports = { login };',
  '',
].join('\n');

function lint(root: string, relative: string, extra: Linter.Config[] = []) {
  const linter = new Linter({ cwd: root });
  const file = path.join(root, relative);
  const config: Linter.Config[] = [
    { files: ['**/*.{js,mjs,cjs}'], linterOptions: { reportUnusedDisableDirectives: 'off' } },
    plugin.configs.recommended,
    ...extra,
  ];
  const source = fs.readFileSync(file, 'utf8');
  return { messages: linter.verify(source, config, file), fixed: linter.verifyAndFix(source, config, file).output };
}

describe('settings for a linted file', () => {
  it('reads the scopes of the JSON configuration found from the file upwards, overrides by file', () => {
    const root = makeTempDir();
    writeFiles(root, {
      '.password-grant-codemod.json': JSON.stringify({ scopes: ['analytics:readonly'], overrides: [{ files: ['admin/**'], scopes: ['users:readonly'] }] }),
      'jobs/a.js': GRANT,
      'admin/b.js': GRANT,
    });
    expect(lint(root, 'jobs/a.js').fixed).toContain("['analytics:readonly']");
    expect(lint(root, 'admin/b.js').fixed).toContain("['users:readonly']");
  });

  it('reads the package.json key, and the nearest configuration wins', () => {
    const root = makeTempDir();
    writeFiles(root, {
      '.password-grant-codemod.json': JSON.stringify({ scopes: ['analytics:readonly'] }),
      'service/package.json': JSON.stringify({ name: 'svc', passwordGrantCodemod: { scopes: ['routing:readonly'], clientIdEnv: 'SVC_ID' } }),
      'service/src/a.js': GRANT,
    });
    const { fixed } = lint(root, 'service/src/a.js');
    expect(fixed).toContain("['routing:readonly']");
    expect(fixed).toContain('process.env.SVC_ID');
  });

  it('never runs a JavaScript configuration: it is skipped, the JSON one above applies', () => {
    const root = makeTempDir();
    const marker = path.join(root, 'executed');
    writeFiles(root, {
      'password-grant-codemod.config.json': JSON.stringify({ scopes: ['analytics:readonly'] }),
      'app/password-grant-codemod.config.js': `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { scopes: ['users:readonly'] };`,
      'app/a.js': GRANT,
    });
    const { fixed } = lint(root, 'app/a.js');
    expect(fs.existsSync(marker)).toBe(false);
    expect(fixed).toContain("['analytics:readonly']");
  });

  it('lets rule options win over the configuration file, as the command line does', () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify({ scopes: ['analytics:readonly'], clientIdEnv: 'FROM_FILE' }), 'a.js': GRANT });
    const { fixed } = lint(root, 'a.js', [{ rules: { 'password-grant/sdk-password-grant': ['error', { scopes: ['users:readonly'], region: 'eu-west-1' }] } }]);
    expect(fixed).toContain("['users:readonly']");
    expect(fixed).toContain('process.env.FROM_FILE');
    expect(fixed).toContain('mypurecloud.ie');
  });

  it('leaves files the configuration ignores alone, as check does', () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify({ scopes: ['a:b'], ignore: ['vendor/'] }), 'vendor/a.js': GRANT, 'src/a.js': GRANT });
    expect(lint(root, 'vendor/a.js').messages).toEqual([]);
    expect(lint(root, 'src/a.js').messages).toHaveLength(1);
  });

  it('stops with a message naming the file and the key when the configuration is invalid', () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify({ scope: ['a:b'] }), 'a.js': GRANT });
    expect(() => lint(root, 'a.js')).toThrow(/password-grant-codemod: invalid configuration in .*\.password-grant-codemod\.json:\s+scope: unknown key \(did you mean "scopes"\?\)/);
  });

  it('checks rule options with the configuration schema (a region that does not exist)', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT });
    expect(() => lint(root, 'a.js', [{ rules: { 'password-grant/sdk-password-grant': ['error', { scopes: ['a:b'], region: 'mars-1' }] } }])).toThrow(
      /invalid options for the ESLint rule password-grant\/sdk-password-grant:\s+region: expected a Genesys Cloud region/,
    );
    expect(() => lint(root, 'a.js', [{ rules: { 'password-grant/sdk-password-grant': ['error', { scope: ['a:b'] }] } }])).toThrow(/should NOT have additional properties/);
  });

  it('reports without a fix when no scopes are known (migrate lists the site for review)', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT });
    const { messages, fixed } = lint(root, 'a.js');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fix).toBeUndefined();
    expect(fixed).toBe(GRANT);
  });
});

describe('cost', () => {
  it('runs the detector once per file for all rules, and never on a file without a candidate', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT, 'plain.js': 'module.exports = 1;\n' });
    const spy = jest.spyOn(checkSourceModule, 'checkSource');
    try {
      const linter = new Linter({ cwd: root });
      const config = [plugin.configs.recommended];
      linter.verify(GRANT, config, path.join(root, 'a.js'));
      expect(spy).toHaveBeenCalledTimes(1);
      linter.verify('module.exports = 1;\n', config, path.join(root, 'plain.js'));
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('reports', () => {
  it('honours ESLint directives naming the rule', () => {
    const root = makeTempDir();
    writeFiles(root, { 'a.js': GRANT.replace('  await client', '  // eslint-disable-next-line password-grant/sdk-password-grant -- migrated next sprint\n  await client') });
    expect(lint(root, 'a.js').messages).toEqual([]);
  });

  it('reports a file our parser cannot read once, not once per rule', () => {
    const root = makeTempDir();
    // A parser of another language (as for .vue or .svelte files) hands the rules text
    // that Babel cannot read: the rules say so instead of passing the file silently.
    const lines = ['<template>{{ client.postOAuthApiToken(body) }}</template>', '<script>const url = "/oauth/token"</script>', ''];
    const text = lines.join('\n');
    const otherLanguage: Linter.Parser = {
      parseForESLint: (code: string) => ({
        ast: {
          type: 'Program',
          body: [],
          sourceType: 'module',
          range: [0, code.length],
          loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: 0 } },
          tokens: [],
          comments: [],
        } as unknown as import('estree').Program & { tokens: []; comments: []; range: [number, number] },
      }),
    } as unknown as Linter.Parser;
    writeFiles(root, { 'a.view.js': text });
    const { messages } = lint(root, 'a.view.js', [{ languageOptions: { parser: otherLanguage } }]);
    expect(messages.map((message) => [message.ruleId, message.messageId])).toEqual([['password-grant/sdk-password-grant', 'unparsable']]);
    expect(messages[0]!.message).toMatch(/^password-grant-codemod could not parse this file, so it was not checked for password grants: /);
  });

  it('keeps the BOM: the fixed file is migrate output, BOM first', () => {
    const root = makeTempDir();
    writeFiles(root, { '.password-grant-codemod.json': JSON.stringify({ scopes: ['a:b'] }), 'a.js': `\uFEFF${GRANT}` });
    const { fixed } = lint(root, 'a.js');
    expect(fixed.startsWith('\uFEFF')).toBe(true);
    expect(fixed.indexOf('\uFEFF', 1)).toBe(-1);
    expect(fixed).toContain('loginClientCredentials');
  });
});

describe('getSmallestEdit', () => {
  it('turns the old text into the new one with a range no larger than needed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (prefix, a, b, suffix) => {
        const before = prefix + a + suffix;
        const after = prefix + b + suffix;
        const edit = getSmallestEdit(before, after);
        if (before === after) return edit === null;
        if (!edit) return false;
        const applied = before.slice(0, edit.range[0]) + edit.text + before.slice(edit.range[1]);
        // One code unit of slack each side: a surrogate pair is never cut.
        return applied === after && edit.range[1] - edit.range[0] <= a.length + 2;
      }),
    );
  });

  it('never cuts a surrogate pair', () => {
    const edit = getSmallestEdit('x\u{1F600}y', 'x\u{1F601}y');
    expect(edit).toEqual({ range: [1, 3], text: '\u{1F601}' });
  });
});
