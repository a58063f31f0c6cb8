import fc from 'fast-check';
import { parse } from '@babel/parser';
import { transformSource } from '../src/rewrite/transform-source';
import { migrateText } from './helpers/migrate-text';

/**
 * Generated programs: every supported receiver shape times every credential shape, in
 * several statements and nestings, between random unrelated code, comments and blank lines,
 * with LF or CRLF and either quote. Properties: the output parses, a second run is a no-op,
 * every site is rewritten or reported, and everything outside the rewritten statements (and
 * the credential declarations they may remove) is byte-identical, in order.
 */

/** How the module is imported; `M` is the name the receivers use. */
const HEADERS = [
  (q: string) => `const platformClient = require(${q}@genesyscloud/genesyscloud${q});`,
  (q: string) => `import platformClient from ${q}purecloud-platform-client-v2${q};`,
  (q: string) => `import * as platformClient from ${q}@genesyscloud/genesyscloud${q};`,
];

/**
 * Receiver shapes (DESIGN.md): where the client comes from, the expression the call is made
 * on, and the container the call sits in (a function, a function taking the client as a
 * parameter, a class with the client as a field).
 */
interface Receiver {
  setup: string[];
  expression: string;
  open: (id: number, eol: string) => string[];
  close: string[];
}
const IN_FUNCTION = { open: (id: number) => [`async function login${id}(flag, ready, items) {`], close: ['}'] };
const RECEIVERS: Receiver[] = [
  { setup: ['const client = new platformClient.ApiClient();'], expression: 'client', ...IN_FUNCTION },
  { setup: ['const client = platformClient.ApiClient.instance;'], expression: 'client', ...IN_FUNCTION },
  { setup: ['const clientBase = platformClient.ApiClient.instance;', 'const client = clientBase;'], expression: 'client', ...IN_FUNCTION },
  { setup: ['const { ApiClient } = platformClient;', 'const client = ApiClient.instance;'], expression: 'client', ...IN_FUNCTION },
  { setup: ['const { ApiClient: Api } = platformClient;', 'const client = new Api();'], expression: 'client', ...IN_FUNCTION },
  { setup: [], expression: 'platformClient.ApiClient.instance', ...IN_FUNCTION },
  { setup: [], expression: 'client', open: (id) => [`async function login${id}(client, flag, ready, items) {`], close: ['}'] },
  {
    setup: [],
    expression: 'this.client',
    open: (id) => [`class Session${id} {`, '  client = new platformClient.ApiClient();', '  async open(flag, ready, items) {'],
    close: ['  }', '}'],
  },
];

/** Credential shapes: declarations placed before the container, and the call's argument. */
type Credentials = (id: number, q: string) => { declarations: string[]; expression: string };
const CREDENTIALS: Credentials[] = [
  () => ({ declarations: [], expression: `{ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } }` }),
  (id, q) => ({ declarations: [], expression: `{ credentials: { username: ${q}user-${id}${q}, password: ${q}pw-${id}-Zq9x${q} } }` }),
  (id, q) => ({
    declarations: [`const username${id} = ${q}svc-${id}${q};`, `const password${id} = ${q}pw-${id}-Zq9x${q};`],
    expression: `{ credentials: { username: username${id}, password: password${id} } }`,
  }),
  (id, q) => ({ declarations: [], expression: `{ grant_type: ${q}password${q}, username: process.env.U${id}, password: process.env.P${id} }` }),
  (id, q) => ({ declarations: [], expression: `{ grantType: ${q}password${q}, username: ${q}u${id}${q}, password: ${q}pw-${id}-Zq9x${q} }` }),
  (id, q) => ({
    declarations: [`const body${id} = { credentials: { username: ${q}u${id}${q}, password: ${q}pw-${id}-Zq9x${q} } };`],
    expression: `body${id}`,
  }),
  (id) => ({ declarations: [], expression: `{ credentials: { username: \`u${id}\`, password: \`pw-${id}-Zq9x\` } }` }),
];

/** The statement that holds the call. */
const STATEMENTS = [
  (call: string) => `await ${call};`,
  (call: string, id: number) => `const token${id} = await ${call};`,
  (call: string) => `return ${call};`,
  (call: string) => `${call}.then((t) => t);`,
  (call: string) => `if (flag) await ${call};`,
];

/** Blocks the statement may be nested in, innermost last. */
const NESTINGS: [string, string[]][] = [
  ['if (ready) {', ['}']],
  ['try {', ['} catch (error) {', '  // ignored on purpose', '}']],
  ['for (const item of items) {', ['}']],
  ['[1].forEach(async () => {', ['});']],
  ['{', ['} // a bare block']],
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
  "const nested$K = { a: { b: [{ c: 'd' }] } };",
  '/**\n * A doc comment.\n */\nfunction documented$K() {}',
);

/**
 * A program is a list of pieces: `fixed` text must come out byte for byte; a `site` piece is
 * the statement holding a call (or a whole one-line container) and may be rewritten; a
 * `declaration` may be removed when the rewrite leaves it unused.
 */
interface Piece {
  kind: 'fixed' | 'site' | 'declaration';
  text: string;
}
interface Program {
  pieces: Piece[];
  source: string;
  fixable: number;
  manual: number;
  eol: string;
}

const siteArbitrary = fc.record({
  credentials: fc.integer({ min: 0, max: CREDENTIALS.length - 1 }),
  statement: fc.integer({ min: 0, max: STATEMENTS.length - 1 }),
  nesting: fc.array(fc.integer({ min: 0, max: NESTINGS.length - 1 }), { maxLength: 3 }),
  arrowBody: fc.boolean(),
  manual: fc.boolean(),
  commentBefore: fc.boolean(),
  fillersBefore: fc.array(FILLERS, { maxLength: 3 }),
});

const programArbitrary = fc
  .record({
    header: fc.integer({ min: 0, max: HEADERS.length - 1 }),
    receiver: fc.integer({ min: 0, max: RECEIVERS.length - 1 }),
    crlf: fc.boolean(),
    quote: fc.constantFrom("'", '"'),
    sites: fc.array(siteArbitrary, { minLength: 1, maxLength: 4 }),
    trailingFillers: fc.array(FILLERS, { maxLength: 3 }),
  })
  .map((spec): Program => {
    const eol = spec.crlf ? '\r\n' : '\n';
    const receiver = RECEIVERS[spec.receiver];
    const pieces: Piece[] = [];
    const fixed = (lines: string[]) => pieces.push({ kind: 'fixed', text: lines.map((line) => line + eol).join('') });
    let fixable = 0;
    let manual = 0;
    let unique = 0;
    const filler = (text: string) => fixed([text.replace(/\$K/g, String(unique++)).replace(/\n/g, eol)]);

    fixed([HEADERS[spec.header](spec.quote), ...receiver.setup]);
    spec.sites.forEach((site, id) => {
      site.fillersBefore.forEach(filler);
      if (site.manual) {
        manual++;
        fixed([...receiver.open(id, eol), `  return ${receiver.expression}.postOAuthApiToken(buildRequest${id}(flag));`, ...receiver.close]);
        return;
      }
      fixable++;
      const credentials = CREDENTIALS[site.credentials](id, spec.quote);
      for (const declaration of credentials.declarations) pieces.push({ kind: 'declaration', text: declaration + eol });
      const call = `${receiver.expression}.postOAuthApiToken(${credentials.expression})`;
      // A one-line arrow container: the whole line is the site (it gains a block body).
      if (site.arrowBody && receiver.expression !== 'this.client' && !receiver.open(id, eol)[0].includes('(client,')) {
        pieces.push({ kind: 'site', text: `const login${id} = () => ${call};${eol}` });
        return;
      }
      const nesting = site.nesting.map((index) => NESTINGS[index]);
      const base = receiver.close.length === 2 ? '    ' : '  ';
      const indent = (depth: number) => base + '  '.repeat(depth);
      const opening = [...receiver.open(id, eol), ...nesting.map(([open], depth) => indent(depth) + open)];
      fixed(opening);
      // The indentation stays in place before whatever takes the statement's place. A comment
      // right above the statement belongs to it: the new `init` goes above the comment.
      pieces.push({ kind: 'fixed', text: indent(nesting.length) });
      const comment = site.commentBefore ? `// the login of site ${id}${eol}${indent(nesting.length)}` : '';
      pieces.push({ kind: 'site', text: comment + STATEMENTS[site.statement](call, id) + eol });
      const closing = nesting
        .map(([, close], depth) => close.map((line) => indent(depth) + line))
        .reverse()
        .flat();
      fixed([...closing, ...receiver.close]);
    });
    spec.trailingFillers.forEach(filler);
    return { pieces: mergeFixed(pieces), source: pieces.map((piece) => piece.text).join(''), fixable, manual, eol };
  });

function mergeFixed(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'fixed' && piece.kind === 'fixed') last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged.filter((piece) => piece.text !== '');
}

/**
 * The output is the fixed pieces, byte for byte and in order, with only the site and
 * declaration pieces replaced: the whole output must match fixed texts joined by gaps, and
 * a gap only where the source had a replaceable piece.
 */
function expectFixedPiecesUntouched(program: Program, output: string): void {
  const pattern = program.pieces
    .map((piece) => (piece.kind === 'fixed' ? piece.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '[\\s\\S]*?'))
    .join('');
  if (!new RegExp(`^${pattern}$`).test(output)) {
    throw new Error(`text outside the rewritten statements changed.\n--- source ---\n${program.source}\n--- output ---\n${output}`);
  }
}

function parsesAsModule(code: string): boolean {
  try {
    parse(code, { sourceType: 'module', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, plugins: ['jsx', 'typescript'] });
    return true;
  } catch {
    return false;
  }
}

describe('generated programs (fast-check)', () => {
  const options = { scopes: ['analytics:readonly'] };

  it('rewrite safely', () => {
    fc.assert(
      fc.property(programArbitrary, fc.constantFrom('service.js', 'service.ts', 'service.mjs'), fc.constantFrom(40, 80, 120), (program, file, width) => {
        // With formatting on (the built-in layout at several widths), as migrate writes files.
        const result = migrateText(program.source, file, options, { maxLineLength: width });

        expect(parsesAsModule(program.source)).toBe(true);
        expect(parsesAsModule(result.output)).toBe(true);
        // Every site is either rewritten or reported for manual review, none silently left.
        expect(result.sites).toHaveLength(program.fixable);
        expect(result.manual).toHaveLength(program.manual);
        expect(result.output).not.toContain('Zq9x');
        expect((result.output.match(/postOAuthApiToken/g) ?? []).length).toBe(program.manual);
        expect((result.output.match(/loginClientCredentials/g) ?? []).length).toBe(program.fixable);

        expectFixedPiecesUntouched(program, result.output);
        // Comments that travel with a rewritten statement are kept too.
        for (const comment of program.source.match(/\/\/ the login of site \d+/g) ?? []) expect(result.output).toContain(comment);
        // Line endings stay what they were.
        if (program.eol === '\r\n') expect(/[^\r]\n/.test(result.output)).toBe(false);
        else expect(result.output.includes('\r')).toBe(false);

        const second = transformSource(result.output, file, options);
        expect(second.changed).toBe(false);
        expect(second.output).toBe(result.output);
      }),
      { numRuns: 250, seed: 20261124 },
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
