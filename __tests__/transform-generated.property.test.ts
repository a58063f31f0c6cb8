import fc from 'fast-check';
import { parse } from '@babel/parser';
import { transformSource } from '../src/rewrite/transform-source';

/**
 * Generated programs: the supported receiver and credential shapes, in several
 * placements, between random unrelated code, comments and blank lines, with LF or CRLF
 * and either quote. Properties: the output parses, a second run is a no-op, every site is
 * rewritten or reported, and every unrelated chunk survives byte for byte, in order.
 */

const HEADERS = [
  "const platformClient = require('@genesyscloud/genesyscloud');",
  "import platformClient from 'purecloud-platform-client-v2';",
  'import * as platformClient from "@genesyscloud/genesyscloud";',
];

const RECEIVERS = [
  (name: string) => [`const ${name} = new platformClient.ApiClient();`],
  (name: string) => [`const ${name} = platformClient.ApiClient.instance;`],
  (name: string) => [`const ${name}Base = platformClient.ApiClient.instance;`, `const ${name} = ${name}Base;`],
];

type Body = (id: number, q: string) => { declarations: string[]; expression: string };
const BODIES: Body[] = [
  (_id, q) => ({ declarations: [], expression: `{ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } }` }),
  (id, q) => ({ declarations: [], expression: `{ credentials: { username: ${q}user-${id}${q}, password: ${q}pw-${id}-Zq9x${q} } }` }),
  (id, q) => ({
    declarations: [`const username${id} = ${q}svc-${id}${q};`, `const password${id} = ${q}pw-${id}-Zq9x${q};`],
    expression: `{ credentials: { username: username${id}, password: password${id} } }`,
  }),
  (id, q) => ({ declarations: [], expression: `{ grant_type: ${q}password${q}, username: process.env.U${id}, password: process.env.P${id} }` }),
  (id, q) => ({
    declarations: [`const body${id} = { credentials: { username: ${q}u${id}${q}, password: ${q}pw-${id}-Zq9x${q} } };`],
    expression: `body${id}`,
  }),
];

type Placement = (id: number, call: string, eol: string) => string;
const PLACEMENTS: Placement[] = [
  (id, call, eol) => `async function login${id}() {${eol}  const token${id} = await ${call};${eol}  return token${id};${eol}}`,
  (id, call) => `const login${id} = () => ${call};`,
  (id, call, eol) => `function login${id}() {${eol}  return ${call}${eol}    .then((t) => t);${eol}}`,
  (id, call, eol) => `function login${id}(flag) {${eol}  if (flag) ${call};${eol}}`,
  (id, call, eol) => `class Session${id} {${eol}  async open() {${eol}    await ${call};${eol}  }${eol}}`,
];

const FILLERS = fc.constantFrom(
  '// a line comment about nothing in particular',
  '/* a block comment */',
  '',
  'const answer$K = 42;',
  'function helper$K(a, b) {\n  return a + b; // sum\n}',
  'const text$K = `template ${1 + 1} literal`;',
  'const config$K = { retries: 3, "quoted-key": true };',
  "const greeting$K = 'single' + \"double\";",
  'export const VERSION$K = "1.0.0";',
  'const list$K = [1, 2, 3].map((n) => n * 2);',
  'if (process.env.DEBUG) {\n  console.log("debug");\n}',
);

interface Program {
  source: string;
  fillers: string[];
  fixable: number;
  manual: number;
  eol: string;
}

const programArbitrary = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    receiver: fc.integer({ min: 0, max: RECEIVERS.length - 1 }),
    crlf: fc.boolean(),
    quote: fc.constantFrom("'", '"'),
    sites: fc.array(
      fc.record({
        body: fc.integer({ min: 0, max: BODIES.length - 1 }),
        placement: fc.integer({ min: 0, max: PLACEMENTS.length - 1 }),
        manual: fc.boolean(),
        fillersBefore: fc.array(FILLERS, { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    trailingFillers: fc.array(FILLERS, { maxLength: 3 }),
  })
  .map((spec): Program => {
    const eol = spec.crlf ? '\r\n' : '\n';
    const chunks: string[] = [spec.header, ...RECEIVERS[spec.receiver]('client')];
    const fillers: string[] = [];
    let fixable = 0;
    let manual = 0;
    let unique = 0;
    const instantiate = (filler: string) => filler.replace(/\$K/g, String(unique++)).replace(/\n/g, eol);
    spec.sites.forEach((site, id) => {
      for (const filler of site.fillersBefore) {
        const text = instantiate(filler);
        fillers.push(text);
        chunks.push(text);
      }
      if (site.manual) {
        manual++;
        chunks.push(`function review${id}(request) {${eol}  return client.postOAuthApiToken(request);${eol}}`);
        return;
      }
      fixable++;
      const body = BODIES[site.body](id, spec.quote);
      chunks.push(...body.declarations);
      chunks.push(PLACEMENTS[site.placement](id, `client.postOAuthApiToken(${body.expression})`, eol));
    });
    for (const filler of spec.trailingFillers) {
      const text = instantiate(filler);
      fillers.push(text);
      chunks.push(text);
    }
    return { source: chunks.join(eol) + eol, fillers, fixable, manual, eol };
  });

function parsesAsModule(code: string): boolean {
  try {
    parse(code, { sourceType: 'module', allowAwaitOutsideFunction: true, plugins: ['jsx', 'typescript'] });
    return true;
  } catch {
    return false;
  }
}

describe('generated programs (fast-check)', () => {
  const options = { scopes: ['analytics:readonly'] };

  it('rewrite safely', () => {
    fc.assert(
      fc.property(programArbitrary, fc.constantFrom('service.js', 'service.ts', 'service.mjs'), (program, file) => {
        const result = transformSource(program.source, file, options);

        expect(parsesAsModule(result.output)).toBe(true);
        expect(result.sites).toHaveLength(program.fixable);
        expect(result.manual).toHaveLength(program.manual);
        expect(result.output).not.toContain('Zq9x');
        expect((result.output.match(/postOAuthApiToken/g) ?? []).length).toBe(program.manual);

        // Every unrelated chunk is still there, byte for byte, in the same order.
        let cursor = 0;
        for (const filler of program.fillers) {
          const found = result.output.indexOf(filler, cursor);
          expect(found).toBeGreaterThanOrEqual(0);
          cursor = found + filler.length;
        }
        // Line endings stay what they were.
        if (program.eol === '\r\n') expect(/[^\r]\n/.test(result.output)).toBe(false);
        else expect(result.output.includes('\r')).toBe(false);

        const second = transformSource(result.output, file, options);
        expect(second.changed).toBe(false);
        expect(second.output).toBe(result.output);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('leave files without a password grant byte-for-byte untouched', () => {
    fc.assert(
      fc.property(fc.array(FILLERS, { maxLength: 12 }), fc.boolean(), (fillers, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const source = fillers.map((filler, index) => filler.replace(/\$K/g, String(index)).replace(/\n/g, eol)).join(eol);
        const result = transformSource(source, 'plain.js', options);
        expect(result.changed).toBe(false);
        expect(result.output).toBe(source);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
