import traverse from '@babel/traverse';
import type * as t from '@babel/types';
import { parseSource } from '../src/parse/parse-source';
import * as traversalCache from '../src/parse/traversal-cache';
import { releaseTraversalCache } from '../src/parse/traversal-cache';
import { transformSource } from '../src/rewrite/transform-source';
import { listNodes } from '../src/parse/walk-nodes';

/**
 * releaseTraversalCache drops @babel/traverse's cached NodePaths and scopes of one tree (see
 * src/parse/traversal-cache.ts): all of that tree's, none of another's, and the tree can be
 * walked again afterwards with the same result.
 */
const cache = traverse.cache as unknown as { path: WeakMap<object, unknown>; scope: WeakMap<object, unknown> };

function callNames(ast: t.File): string[] {
  const names: string[] = [];
  traverse(ast, {
    CallExpression(path) {
      const callee = path.get('callee');
      names.push(callee.isIdentifier() ? `${callee.node.name}:${path.scope.hasBinding(callee.node.name)}` : '?');
    },
  });
  return names;
}

const SOURCE = 'function f(a) { return g(a, () => h(a)); }\nconst g = (x, y) => y();\nf(1);\n';

describe('releaseTraversalCache', () => {
  it('drops every cached path and scope of the tree, and only of that tree', () => {
    const ast = parseSource(SOURCE, 'a.js');
    const other = parseSource(SOURCE, 'b.js');
    const before = callNames(ast);
    callNames(other);
    expect(cache.path.has(ast)).toBe(true);
    expect(cache.scope.has(ast.program)).toBe(true);

    releaseTraversalCache(ast);
    for (const node of [ast, ...listNodes(ast).nodes]) {
      expect(cache.path.has(node)).toBe(false);
      expect(cache.scope.has(node)).toBe(false);
    }
    expect(cache.path.has(other)).toBe(true);
    expect(cache.scope.has(other.program)).toBe(true);

    // walked again: new paths and scopes, the same answers
    expect(callNames(ast)).toEqual(before);
    expect(cache.path.has(ast)).toBe(true);
  });

  it('leaves a tree that was never walked alone', () => {
    const ast = parseSource(SOURCE, 'c.js');
    releaseTraversalCache(ast);
    expect(cache.path.has(ast)).toBe(false);
    expect(callNames(ast)).toEqual(['g:true', 'h:false', 'y:true', 'f:true']);
  });
});

describe('transformSource', () => {
  it('leaves no cached path or scope of the trees it walked', () => {
    const released = jest.spyOn(traversalCache, 'releaseTraversalCache');
    const source = [
      "const platformClient = require('purecloud-platform-client-v2');",
      'const client = platformClient.ApiClient.instance;',
      "client.postOAuthApiToken({ grant_type: 'password', username: process.env.U, password: process.env.P });",
      "axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=password&username=u&password=p');",
      '',
    ].join('\n');
    const result = transformSource(source, 'svc.js', { scopes: ['analytics:readonly'] });
    expect(result.changed).toBe(true);
    const trees = released.mock.calls.map(([tree]) => tree);
    expect(trees.length).toBeGreaterThan(0);
    for (const tree of trees) {
      expect(cache.path.has(tree)).toBe(false);
      expect(cache.scope.has(tree.program)).toBe(false);
    }
    released.mockRestore();
  });
});
