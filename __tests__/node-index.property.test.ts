import traverse, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { assignmentSetsPassword, indexMaySetPassword, propertySetsPassword, textMaySetPassword } from '../src/check/http/grant-sites';
import { findLoginKinds } from '../src/detect/login-calls';
import { getNodeIndex, INDEXED_TYPES, type IndexedType } from '../src/parse/node-index';
import { parseSource } from '../src/parse/parse-source';
import { FIXTURE_ROOT, listFixtureSources } from './helpers/fixtures';

/**
 * The shared node index replaces @babel/traverse where a rule only needs nodes and their
 * parents (see src/parse/node-index.ts). Two properties keep that honest, over every source
 * fixture of the repository and over generated grant-type shapes:
 *
 * - the index lists exactly the nodes traverse visits, in the same order, with the same
 *   parent and key;
 * - the cheap grant-type test never says "no password" where the full NodePath walk says
 *   "maybe": it may only ever skip work, never a finding.
 */


function tryParse(code: string, file: string): t.File | null {
  try {
    return parseSource(code, file);
  } catch {
    return null;
  }
}

const fixtures = listFixtureSources(FIXTURE_ROOT)
  .map((file) => ({ name: path.relative(FIXTURE_ROOT, file), ast: tryParse(fs.readFileSync(file, 'utf8'), file) }))
  .filter((entry): entry is { name: string; ast: t.File } => entry.ast !== null);

const TYPES: readonly IndexedType[] = INDEXED_TYPES;

/** What traverse visits, per type: node, parent, key and list position. */
function visitedByTraverse(ast: t.File): Map<string, { node: t.Node; parent: t.Node | null; key: string; listIndex: number | null }[]> {
  const seen = new Map(TYPES.map((type) => [type as string, [] as { node: t.Node; parent: t.Node | null; key: string; listIndex: number | null }[]]));
  traverse(ast, {
    enter(p: NodePath) {
      seen.get(p.node.type)?.push({
        node: p.node,
        parent: p.parent ?? null,
        key: p.listKey ?? String(p.key),
        listIndex: p.listKey ? (p.key as number) : null,
      });
    },
  });
  return seen;
}

/** The full NodePath walk's answer (find-http-password-grants.ts), as the reference. */
function walkSetsPassword(ast: t.File): boolean {
  let sets = false;
  traverse(ast, {
    ObjectProperty(p) {
      sets ||= propertySetsPassword(p);
    },
    AssignmentExpression(p) {
      sets ||= assignmentSetsPassword(p);
    },
    StringLiteral(p) {
      sets ||= textMaySetPassword(p);
    },
    TemplateElement(p) {
      sets ||= textMaySetPassword(p);
    },
  });
  return sets;
}

describe('node index', () => {
  it('reads a meaningful number of fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(100);
  });

  it.each(fixtures.map((entry) => [entry.name, entry.ast] as const))('lists what traverse visits: %s', (_name, ast) => {
    const expected = visitedByTraverse(ast);
    const index = getNodeIndex(ast);
    for (const type of TYPES) {
      const listed = index.of(type).map(({ node, parent, key, listIndex }) => ({ node, parent, key, listIndex }));
      expect(listed).toEqual(expected.get(type));
    }
  });

  it('is built once per tree', () => {
    const ast = parseSource("fetch('/a', { method: 'POST' });", 'a.js');
    expect(getNodeIndex(ast)).toBe(getNodeIndex(ast));
  });

  it('walks a tree deeper than the call stack', () => {
    const depth = 20_000;
    const code = `x = ${'['.repeat(depth)}'grant_type=password'${']'.repeat(depth)};`;
    const ast = parseSourceDeep(code);
    if (!ast) return; // the parser itself ran out of stack: nothing of ours to test
    expect(getNodeIndex(ast).of('StringLiteral')).toHaveLength(1);
    expect(indexMaySetPassword(getNodeIndex(ast))).toBe(true);
  });
});

function parseSourceDeep(code: string): t.File | null {
  try {
    return parseSource(code, 'deep.js');
  } catch {
    return null;
  }
}

describe('indexMaySetPassword never hides what the NodePath walk would look at', () => {
  it.each(fixtures.map((entry) => [entry.name, entry.ast] as const))('%s', (_name, ast) => {
    if (walkSetsPassword(ast)) expect(indexMaySetPassword(getNodeIndex(ast))).toBe(true);
  });

  const values = fc.constantFrom(
    "'password'",
    "'client_credentials'",
    '`password`',
    '`refresh_token`',
    'kind',
    'PASSWORD',
    'GrantType.Password',
    "'pass' + 'word'",
    '`pass${"word"}`',
    "cond ? 'password' : 'refresh_token'",
    "process.env.GRANT || 'password'",
    'undefined',
  );
  const declarations = fc.constantFrom(
    '',
    "const kind = 'password';\n",
    "const kind = 'client_credentials';\n",
    "const PASSWORD = 'password';\n",
    "const GrantType = { Password: 'password' };\n",
  );
  const shapes = fc.constantFrom(
    (v: string) => `post(url, { grant_type: ${v}, username: u, password: p });`,
    (v: string) => `post(url, { 'grantType': ${v}, username: u, password: p });`,
    (v: string) => `body.grant_type = ${v};\npost(url, body);`,
    (v: string) => `body['grant_type'] = ${v};\npost(url, body);`,
    (v: string) => `params.append('grant_type', ${v});\nfetch(url, { method: 'POST', body: params });`,
    (v: string) => `new URLSearchParams([['grant_type', ${v}], ['username', u], ['password', p]]);`,
    (v: string) => `pm.sendRequest({ url, body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: ${v} }] } });`,
    (v: string) => `post(url, 'grant_type=' + ${v} + '&username=' + u + '&password=' + p);`,
    (v: string) => `post(url, \`grant_type=\${${v}}&username=\${u}&password=\${p}\`);`,
    (v: string) => `post(url, 'grant_type=' + encodeURIComponent(${v}));`,
    (v: string) => `post(url, { "grant_type": ${v} }, { params: { grant_type: ${v} } });`,
    (v: string) => `post(url, JSON.stringify({ grant_type: ${v} }));`,
    (v: string) => `f?.('grant_type', ${v});`,
    (v: string) => `send(['grant_type', ${v}]);`,
  );

  it('on generated grant-type shapes', () => {
    fc.assert(
      fc.property(declarations, shapes, values, (declaration, shape, value) => {
        const code = `${declaration}${shape(value)}`;
        const ast = tryParse(code, 'generated.js');
        if (!ast) return;
        if (walkSetsPassword(ast)) expect(indexMaySetPassword(getNodeIndex(ast))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('settles literal grant types other than password without the walk', () => {
    const code = [
      "post(url, { grant_type: 'client_credentials' });",
      "body.grant_type = 'refresh_token';",
      "params.append('grant_type', 'authorization_code');",
      "const form = 'grant_type=client_credentials&scope=x';",
      "const key = { 'grant_type': `urn:ietf:params:oauth:grant-type:saml2-bearer` };",
    ].join('\n');
    const ast = parseSource(code, 'sdk-like.js');
    expect(walkSetsPassword(ast)).toBe(false);
    expect(indexMaySetPassword(getNodeIndex(ast))).toBe(false);
  });

  it('leaves a grant type it cannot settle to the walk', () => {
    for (const code of ["post(url, { grant_type: kind });", "body.grant_type = pick();", "params.append('grant_type', kind);", "const t = 'grant_type=';"]) {
      expect(indexMaySetPassword(getNodeIndex(parseSource(code, 'open.js')))).toBe(true);
    }
  });
});

describe('login kinds from the index', () => {
  it.each([
    ['client.loginClientCredentialsGrant(id, secret);', ['client-credentials']],
    ['client?.loginImplicitGrant(id, uri);', ['user']],
    ['await client.loginClientCredentialsGrant(a, b);\nclient.loginPKCEGrant(id, uri);', ['client-credentials', 'user']],
    ['loginClientCredentialsGrant(id, secret); // a bare function, not the SDK method', []],
  ])('%s', (code, kinds) => {
    expect(findLoginKinds(parseSource(code, 'login.js'), code)).toEqual(kinds);
  });
});
