import { detectInSource } from '../src/detect';
import type { GrantSite } from '../src/detect/types';
import { ParseError } from '../src/errors';

const SDK = "const platformClient = require('@genesyscloud/genesyscloud');\n";

function sitesOf(source: string, file = 'service.js', options = {}): GrantSite[] {
  return detectInSource(source, file, options);
}

function only(source: string, file?: string, options = {}): GrantSite {
  const sites = sitesOf(source, file, options);
  expect(sites).toHaveLength(1);
  return sites[0];
}

describe('detector: positions and plain data', () => {
  it('reports 1-based line/column of the call and its end', () => {
    const site = only(`${SDK}const client = new platformClient.ApiClient();\n  client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });\n`);
    expect(site.loc).toEqual({ line: 3, column: 3 });
    expect(site.endLoc.line).toBe(3);
    expect(site.receiverText).toBe('client');
    expect(site.receiverOrigin).toBe('sdk');
    expect(site.grant).toBe('password');
    expect(site.credentialShape).toBe('credentials-object');
    expect(site.fixable).toBe(true);
    expect(site.reason).toBeNull();
    expect(site.normalizedText).toBe("client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } })");
  });

  it('is JSON-serialisable (no AST nodes leak out)', () => {
    const site = only(`${SDK}platformClient.ApiClient.instance.postOAuthApiToken({ grant_type: 'password', username: 'u', password: 'p' });`);
    expect(JSON.parse(JSON.stringify(site))).toEqual(site);
  });

  it('counts columns after a BOM as if it were not there', () => {
    const site = only(`\uFEFF${SDK}platformClient.ApiClient.instance.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });`);
    expect(site.loc).toEqual({ line: 2, column: 1 });
  });

  it('throws ParseError with a position for broken code', () => {
    expect(() => sitesOf('const = ;', 'broken.ts')).toThrow(ParseError);
  });
});

describe('detector: SDK modules and receivers', () => {
  const body = "({ credentials: { username: 'u', password: 'p' } })";
  const cases: [string, string, string, GrantSite['receiverOrigin']][] = [
    ['require + new M.ApiClient()', `${SDK}const c = new platformClient.ApiClient(); c.postOAuthApiToken${body};`, 'a.js', 'sdk'],
    ['M.ApiClient.instance', `${SDK}const c = platformClient.ApiClient.instance; c.postOAuthApiToken${body};`, 'a.js', 'sdk'],
    ['import default', `import pc from 'purecloud-platform-client-v2'; pc.ApiClient.instance.postOAuthApiToken${body};`, 'a.mjs', 'sdk'],
    ['import namespace', `import * as gc from '@genesyscloud/genesyscloud'; new gc.ApiClient().x; const c = new gc.ApiClient(); c.postOAuthApiToken${body};`, 'a.ts', 'sdk'],
    ['named import aliased', `import { ApiClient as AC } from '@genesyscloud/genesyscloud'; const c = new AC(); c.postOAuthApiToken${body};`, 'a.ts', 'sdk'],
    ['import = require', `import pc = require('purecloud-platform-client-v2'); pc.ApiClient.instance.postOAuthApiToken${body};`, 'a.ts', 'sdk'],
    ['await import()', `const m = await import('@genesyscloud/genesyscloud'); const c = new m.ApiClient(); await c.postOAuthApiToken${body};`, 'a.mjs', 'sdk'],
    ['destructured require', `const { ApiClient } = require('@genesyscloud/genesyscloud'); ApiClient.instance.postOAuthApiToken${body};`, 'a.cjs', 'sdk'],
    ['alias chain', `${SDK}const a = platformClient.ApiClient.instance; const b = a; const c = b; c.postOAuthApiToken${body};`, 'a.js', 'sdk'],
    ['class field', `import { ApiClient } from '@genesyscloud/genesyscloud'; class S { client = new ApiClient(); go() { return this.client.postOAuthApiToken${body}; } }`, 'a.ts', 'sdk'],
    ['constructor assignment', `${SDK}class S { constructor() { this.c = platformClient.ApiClient.instance; } go() { return this.c.postOAuthApiToken${body}; } }`, 'a.js', 'sdk'],
    ['typed parameter', `import { ApiClient } from '@genesyscloud/genesyscloud'; export function go(c: ApiClient) { return c.postOAuthApiToken${body}; }`, 'a.ts', 'sdk'],
    ['untyped parameter', `export function go(c) { return c.postOAuthApiToken${body}; }`, 'a.js', 'untraced'],
    ['global', `client.postOAuthApiToken${body};`, 'a.js', 'untraced'],
    ['optional call', `${SDK}const c = platformClient.ApiClient.instance; c?.postOAuthApiToken${body};`, 'a.js', 'sdk'],
    ['in a .then chain', `${SDK}const c = platformClient.ApiClient.instance; c.postOAuthApiToken${body}.then(() => 1);`, 'a.js', 'sdk'],
    ['concise arrow', `${SDK}const c = platformClient.ApiClient.instance; const go = () => c.postOAuthApiToken${body};`, 'a.js', 'sdk'],
    ['JSX component', `${SDK}const c = platformClient.ApiClient.instance; export const A = () => { c.postOAuthApiToken${body}; return <div/>; };`, 'a.jsx', 'sdk'],
  ];
  it.each(cases)('%s', (_label, source, file, origin) => {
    expect(only(source, file).receiverOrigin).toBe(origin);
  });

  it('accepts extra SDK module names from options', () => {
    const source = `const w = require('@acme/gc'); new w.ApiClient().x; const c = new w.ApiClient(); c.postOAuthApiToken${body};`;
    expect(only(source, 'a.js').receiverOrigin).toBe('untraced');
    expect(only(source, 'a.js', { sdkModules: ['@acme/gc'] }).receiverOrigin).toBe('sdk');
  });

  it('ignores a local object or class that defines its own postOAuthApiToken', () => {
    expect(sitesOf(`const f = { postOAuthApiToken() {} }; f.postOAuthApiToken${body};`)).toEqual([]);
    expect(sitesOf(`class F { postOAuthApiToken() {} } new F().postOAuthApiToken${body};`)).toEqual([]);
    expect(sitesOf(`class F { postOAuthApiToken() {} } const f = new F(); f.postOAuthApiToken${body};`)).toEqual([]);
    expect(sitesOf(`class F { postOAuthApiToken(b: unknown) {} } function g(f: F) { f.postOAuthApiToken${body}; }`, 'a.ts')).toEqual([]);
    expect(sitesOf(`class F { postOAuthApiToken() {} go() { this.postOAuthApiToken${body}; } }`)).toEqual([]);
  });
});

describe('detector: credentials', () => {
  const client = `${SDK}const c = platformClient.ApiClient.instance;\n`;

  it('finds inline, shorthand, const-object and grant_type shapes', () => {
    expect(only(`${client}c.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });`).credentialShape).toBe('credentials-object');
    expect(only(`${client}const username = 'u'; const password = 'p'; c.postOAuthApiToken({ credentials: { username, password } });`).fixable).toBe(true);
    expect(only(`${client}const creds = { username: 'u', password: 'p' }; const body = { credentials: creds }; c.postOAuthApiToken(body);`).grant).toBe('password');
    expect(only(`${client}c.postOAuthApiToken({ grant_type: 'password', username: 'u', password: 'p' });`).credentialShape).toBe('grant-type-password');
    expect(only(`${client}const G = 'password'; c.postOAuthApiToken({ grantType: G, username: 'u', password: 'p' });`).credentialShape).toBe('grant-type-password');
    expect(only(`${client}const cfg = { auth: { credentials: { username: 'u', password: 'p' } } }; c.postOAuthApiToken(cfg.auth);`).grant).toBe('password');
  });

  it('lists hard-coded literals (kind and line, never the value) and legacy env vars', () => {
    const site = only(`${client}const password = 'hunter2';\nc.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password } });`);
    expect(site.literals).toEqual([expect.objectContaining({ kind: 'password', line: 3 })]);
    expect(JSON.stringify(site)).not.toContain('hunter2');
    expect(site.legacyEnvVars).toEqual(['GC_USER']);
  });

  it('is not a password grant: client_credentials', () => {
    expect(sitesOf(`${client}c.postOAuthApiToken({ grant_type: 'client_credentials' });`)).toEqual([]);
  });

  it('does not report code already using loginClientCredentials', () => {
    expect(sitesOf(`${client}c.loginClientCredentials('a', 'b', ['x']);`)).toEqual([]);
  });

  const manual: [string, string, RegExp][] = [
    ['a parameter', `${client}function f(b) { return c.postOAuthApiToken(b); }`, /parameter `b`/],
    ['a call result', `${client}c.postOAuthApiToken(load());`, /returned by `load\(\)`/],
    ['an awaited value', `${client}async function f() { c.postOAuthApiToken(await load()); }`, /awaited/],
    ['an import', `import { body } from './creds';\n${client}c.postOAuthApiToken(body);`, /imported from '.\/creds'/],
    ['a reassigned variable', `${client}let b = {}; b = x; c.postOAuthApiToken(b);`, /reassigned/],
    ['a computed grant_type', `${client}c.postOAuthApiToken({ grant_type: kind(), username: 'u', password: 'p' });`, /grant_type is computed/],
    ['no argument', `${client}c.postOAuthApiToken();`, /no token request body/],
    ['credentials from a parameter', `${client}function f(x) { c.postOAuthApiToken({ credentials: x }); }`, /parameter `x`/],
  ];
  it.each(manual)('is a manual-review site when the body comes from %s', (_label, source, reason) => {
    const site = only(source, 'a.mjs');
    expect(site.grant).toBe('unknown');
    expect(site.fixable).toBe(false);
    expect(site.reason).toMatch(reason);
  });

  it('needs review when the call cannot be rewritten in place', () => {
    expect(only(`${SDK}new platformClient.ApiClient().postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });`).reason).toMatch(/store it in a variable/);
    expect(only(`${client}c.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } }, cb);`).reason).toMatch(/2 arguments/);
    expect(only(`${client}function f(t = c.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } })) {}`).reason).toMatch(/parameter default/);
  });
});
