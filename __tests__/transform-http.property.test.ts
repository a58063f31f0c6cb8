import fc from 'fast-check';
import { parse } from '@babel/parser';
import { LOGIN_HOSTS } from '../src/genesys/region-hosts';
import { transformSource } from '../src/rewrite/transform-source';

/**
 * Generated raw HTTP password grants: every request shape (axios with and without a config,
 * fetch, got, request, an existing Basic header) times every body shape (object, qs.stringify,
 * URLSearchParams, append statements, form string, template) times every credential source
 * (env vars, literals, parameters), to a Genesys Cloud login host or to another server, among
 * unrelated code, with LF or CRLF and either quote. Properties: the output parses; a second run
 * is a no-op; exactly the Genesys requests are rewritten; no literal password survives; every
 * byte outside the statements of the requests (and the declarations they read) is unchanged.
 */

interface Piece {
  kind: 'fixed' | 'site';
  text: string;
}

type Credentials = (id: number, q: string) => { user: string; pass: string; declarations: string[] };
const CREDENTIALS: Credentials[] = [
  () => ({ user: 'process.env.GC_USER', pass: 'process.env.GC_PASS', declarations: [] }),
  (id, q) => ({ user: `${q}user-${id}${q}`, pass: `${q}pw-${id}-Zq9x${q}`, declarations: [] }),
  (id, q) => ({ user: `user${id}`, pass: `pass${id}`, declarations: [`const user${id} = ${q}svc-${id}${q};`, `const pass${id} = ${q}pw-${id}-Zq9x${q};`] }),
  () => ({ user: 'user', pass: 'pass', declarations: [] }),
];

/** A body: statements before the request (may change), and the body expression. */
type Body = (id: number, q: string, credentials: ReturnType<Credentials>) => { statements: string[]; expression: string };
const BODIES: Body[] = [
  (_id, q, c) => ({ statements: [], expression: `{ grant_type: ${q}password${q}, username: ${c.user}, password: ${c.pass} }` }),
  (_id, q, c) => ({ statements: [], expression: `qs.stringify({ grant_type: ${q}password${q}, username: ${c.user}, password: ${c.pass} })` }),
  (_id, q, c) => ({ statements: [], expression: `new URLSearchParams({ grant_type: ${q}password${q}, username: ${c.user}, password: ${c.pass} })` }),
  (id, q, c) => ({
    statements: [
      `const params${id} = new URLSearchParams();`,
      `params${id}.append(${q}grant_type${q}, ${q}password${q});`,
      `params${id}.append(${q}username${q}, ${c.user});`,
      `params${id}.append(${q}password${q}, ${c.pass});`,
    ],
    expression: `params${id}`,
  }),
  (id, q) => ({ statements: [], expression: `${q}grant_type=password&username=u${id}&password=pw-${id}-Zq9x${q}` }),
  (_id, _q, c) => ({ statements: [], expression: `\`grant_type=password&username=\${${c.user}}&password=\${${c.pass}}\`` }),
];

const FORM_STRING_BODY = 4;

const REQUESTS: ((url: string, body: string, q: string) => string)[] = [
  (url, body) => `axios.post(${url}, ${body})`,
  (url, body, q) => `axios.post(${url}, ${body}, { headers: { ${q}Content-Type${q}: ${q}application/x-www-form-urlencoded${q} } })`,
  (url, body, q) => `fetch(${url}, { method: ${q}POST${q}, body: ${body} })`,
  (url, body) => `got.post(${url}, { form: ${body} }).json()`,
  (url, body) => `request.post({ url: ${url}, form: ${body} })`,
  (url, body, q) => `axios.post(${url}, ${body}, { headers: { Authorization: ${q}Basic ${q} + basic } })`,
];

const FILLERS = fc.constantFrom(
  '// a comment about nothing',
  '',
  'const answer$K = 42;',
  "const config$K = { retries: 3, 'quoted-key': true };",
  'function helper$K(a, b) {\n  return a + b; // sum\n}',
  'const text$K = `template ${1 + 1} literal`;',
  "const other$K = fetch('https://api.mypurecloud.com/api/v2/users', { method: 'GET' });",
);

const siteArbitrary = fc.record({
  credentials: fc.integer({ min: 0, max: CREDENTIALS.length - 1 }),
  body: fc.integer({ min: 0, max: BODIES.length - 1 }),
  request: fc.integer({ min: 0, max: REQUESTS.length - 1 }),
  host: fc.integer({ min: 0, max: LOGIN_HOSTS.length - 1 }),
  genesys: fc.boolean(),
  awaited: fc.boolean(),
  fillersBefore: fc.array(FILLERS, { maxLength: 2 }),
});

const programArbitrary = fc
  .record({ crlf: fc.boolean(), quote: fc.constantFrom("'", '"'), sites: fc.array(siteArbitrary, { minLength: 1, maxLength: 3 }), trailing: fc.array(FILLERS, { maxLength: 2 }) })
  .map((spec) => {
    const eol = spec.crlf ? '\r\n' : '\n';
    const q = spec.quote;
    const pieces: Piece[] = [];
    const fixed = (text: string) => pieces.push({ kind: 'fixed', text });
    let unique = 0;
    const filler = (text: string) => fixed(text.replace(/\$K/g, String(unique++)).replace(/\n/g, eol) + eol);
    let genesys = 0;
    fixed([`const axios = require(${q}axios${q});`, `const qs = require(${q}qs${q});`, `const got = require(${q}got${q});`, `const request = require(${q}request${q});`, `const basic = process.env.BASIC;`, ''].join(eol) + eol);
    spec.sites.forEach((site, id) => {
      site.fillersBefore.forEach(filler);
      const credentials = CREDENTIALS[site.credentials](id, q);
      const body = BODIES[site.body](id, q, credentials);
      // The form string writes its own literal credentials: no declarations for it.
      if (site.body === FORM_STRING_BODY) credentials.declarations = [];
      const url = site.genesys ? `${q}https://${LOGIN_HOSTS[site.host]}/oauth/token${q}` : `${q}https://sso.example.com/oauth/token${q}`;
      if (site.genesys) genesys++;
      // Declarations the body reads may be removed once unused: they are part of the site.
      if (credentials.declarations.length > 0) pieces.push({ kind: 'site', text: credentials.declarations.map((line) => line + eol).join('') });
      fixed(`async function token${id}(user, pass) {${eol}`);
      const call = REQUESTS[site.request](url, body.expression, q);
      const statement = site.awaited ? `  const response${id} = await ${call};${eol}  return response${id};${eol}` : `  return ${call};${eol}`;
      pieces.push({ kind: 'site', text: body.statements.map((line) => `  ${line}${eol}`).join('') + statement });
      fixed(`}${eol}`);
    });
    spec.trailing.forEach(filler);
    return { pieces, source: pieces.map((piece) => piece.text).join(''), genesys, eol };
  });

function expectFixedPiecesUntouched(pieces: Piece[], source: string, output: string): void {
  const pattern = pieces.map((piece) => (piece.kind === 'fixed' ? piece.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '[\\s\\S]*?')).join('');
  if (!new RegExp(`^${pattern}$`).test(output)) {
    throw new Error(`text outside the rewritten statements changed.\n--- source ---\n${source}\n--- output ---\n${output}`);
  }
}

function parsesAsModule(code: string): boolean {
  try {
    parse(code, { sourceType: 'module', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, plugins: ['typescript'] });
    return true;
  } catch {
    return false;
  }
}

describe('generated raw HTTP password grants (fast-check)', () => {
  it('rewrite exactly the Genesys Cloud requests, safely', () => {
    fc.assert(
      fc.property(programArbitrary, fc.constantFrom('service.js', 'service.ts', 'service.cjs'), fc.boolean(), (program, file, withScopes) => {
        const options = withScopes ? { scopes: ['analytics:readonly'] } : {};
        const result = transformSource(program.source, file, options);
        expect(parsesAsModule(program.source)).toBe(true);
        expect(parsesAsModule(result.output)).toBe(true);
        expect(result.manual).toEqual([]);
        expect(result.sites).toHaveLength(program.genesys);
        expect(result.changed).toBe(program.genesys > 0);
        const left = (result.output.match(/grant_type[=:'", ]+password/g) ?? []).length;
        expect(left).toBe(program.source.match(/grant_type[=:'", ]+password/g)!.length - program.genesys);
        if (program.genesys === program.pieces.filter((piece) => piece.kind === 'site' && /return|await/.test(piece.text)).length) {
          expect(result.output).not.toContain('Zq9x');
        }
        expectFixedPiecesUntouched(program.pieces, program.source, result.output);
        if (program.eol === '\r\n') expect(/[^\r]\n/.test(result.output)).toBe(false);
        else expect(result.output.includes('\r')).toBe(false);

        const second = transformSource(result.output, file, options);
        expect(second.changed).toBe(false);
        expect(second.output).toBe(result.output);
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });
});
