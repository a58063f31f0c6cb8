import { parseExpression } from '@babel/parser';
import fc from 'fast-check';
import { decodeEscapes } from '../src/text/js-escapes';
import { mentions, mentionsAny } from '../src/text/mentions';
import { NeedleAutomaton } from '../src/text/needle-automaton';

/**
 * The text tests in front of the parser must read a name spelled with escapes as the parser
 * does (src/text/js-escapes.ts): `'grant\u005ftype'` is `grant_type` to Babel, and a test that
 * only read raw text let such a file through the gate unparsed.
 */

/** What the parser makes of a string literal's body. */
function babelValue(body: string): string {
  const node = parseExpression(`'${body}'`);
  if (node.type !== 'StringLiteral') throw new Error(`not a string literal: ${body}`);
  return node.value;
}

describe('decodeEscapes', () => {
  it.each([
    ['grant\\u005ftype', 'grant_type'],
    ['grant\\x5ftype', 'grant_type'],
    ['postOAuth\\u{41}piToken', 'postOAuthApiToken'],
    ['postOAuth\\u{000000041}piToken', 'postOAuthApiToken'],
    ['grant\\_type', 'grant_type'],
    ['pass\\167ord', 'password'],
    ['pass\\0word', 'pass\0word'],
    ['grant_\\\ntype', 'grant_type'],
    ['grant_\\\r\ntype', 'grant_type'],
    ['grant_\\\u2028type', 'grant_type'],
    ['a\\\\u0041', 'a\\u0041'],
    ['tab\\there', 'tab\there'],
    ['\\u{1F600}!', '\u{1F600}!'],
    ['no escapes at all', 'no escapes at all'],
  ])('decodes %p as the parser does', (body, expected) => {
    expect(decodeEscapes(body)).toBe(expected);
    expect(babelValue(body)).toBe(expected);
  });

  it('agrees with the parser on generated string literals', () => {
    const piece = fc.oneof(
      fc.constantFrom('g', 'r', 'a', 'n', 't', '_', 'y', 'p', 'e', 'A', 'é', ' ', '日'),
      fc.integer({ min: 0x20, max: 0x7e }).map((code) => `\\u${code.toString(16).padStart(4, '0')}`),
      fc.integer({ min: 0x20, max: 0xff }).map((code) => `\\x${code.toString(16).padStart(2, '0')}`),
      fc.integer({ min: 0x20, max: 0x1f600 }).map((code) => `\\u{${code.toString(16)}}`),
      fc.integer({ min: 0o40, max: 0o377 }).map((code) => `\\${code.toString(8)}`),
      fc.constantFrom('\\_', '\\q', '\\n', '\\t', '\\\\', '\\\n', '\\\r\n', '\\"', "\\'", '\\b', '\\v', '\\f'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const body = pieces.join('');
        expect(decodeEscapes(body)).toBe(babelValue(body));
      }),
      { numRuns: 500 },
    );
  });
});

describe('mentions', () => {
  it('finds a needle as written or spelled with escapes, and nothing else', () => {
    expect(mentions("body['grant\\u005ftype'] = x", 'grant_type')).toBe(true);
    expect(mentions('client.postOAuth\\u0041piToken(body)', 'postOAuthApiToken')).toBe(true);
    expect(mentions('grant-type', 'grant_type')).toBe(false);
    expect(mentionsAny("require('simple-oauth\\x32')", ['jsforce', 'simple-oauth2'])).toBe(true);
    expect(mentionsAny('const a = "\\n";', ['jsforce', 'simple-oauth2'])).toBe(false);
    // a configured wrapper name need not be ASCII: searched in the decoded text instead
    expect(mentionsAny('api.h\\u00e4mtaToken(body)', ['hämtaToken'])).toBe(true);
    expect(mentionsAny('api.hamtaToken(body) // \\n', ['hämtaToken'])).toBe(false);
  });
});

describe('NeedleAutomaton with escapes', () => {
  const needles = ['grant_type', 'postOAuthApiToken', 'UsersApi', 'password', 'clé'];
  const automaton = NeedleAutomaton.forText(needles);
  const bytesOf = (text: string) => Buffer.from(text, 'utf8');
  /** The reference answer: the raw text or its decoded form holds a needle. */
  const reference = (text: string) => needles.some((needle) => text.includes(needle) || decodeEscapes(text).includes(needle));

  it.each([
    ["{ 'grant\\u005ftype': 'pass\\u0077ord' }", true],
    ["client['postOAuth\\x41piToken'](body)", true],
    ['new Users\\u{41}pi()', true],
    ['grant_\\\ntype', true],
    ['a regex /\\d+\\s*/ and "\\n"', false],
    ['\\u004Api is J and pi', false],
    ['an identity escape before a letter that is not ASCII: cl\\é', true],
    [`after an escape and a long plain stretch: \\n${'x'.repeat(40)}grant_type`, true],
    [`an escaped needle after a long plain stretch: \\n${'x'.repeat(40)}grant\\u005ftype`, true],
    [`escapes on both sides of a stretch as long as a needle: gran\\x74${'_'.repeat(17)}pass\\x77ord`, true],
    [`no needle across a long stretch: pass\\x77${'x'.repeat(30)}ord`, false],
    ['a line continuation by U+2028: grant_\\\u2028type', true],
  ])('%p holds a needle: %p', (text, expected) => {
    expect(automaton.test(bytesOf(text))).toBe(expected);
    expect(automaton.testText(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it('agrees with decoding then searching on generated texts', () => {
    const piece = fc.oneof(
      fc.constantFrom('grant', '_', 'type', 'Users', 'Api', 'pass', 'word', 'post', 'OAuth', 'Token', 'é', '\\', 'u', '{', '}', '0'),
      fc.constantFrom('\\u005f', '\\x5f', '\\u{41}', '\\101', '\\_', '\\\n', '\\\\', '\\u00', '\\x', '\\u{', '\\w', '\\u0041', '\\x41', 'cl', '\\u00e9', '\\xe9', '\\u{e9}', '\\uD835'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(automaton.test(bytesOf(text))).toBe(reference(text));
        expect(automaton.testText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
