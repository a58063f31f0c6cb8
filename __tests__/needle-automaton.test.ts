import { LabelledNeedles } from '../src/text/labelled-needles';
import { NeedleAutomaton } from '../src/text/needle-automaton';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('NeedleAutomaton', () => {
  const needles = ['he', 'she', 'his', 'hers', 'UsersApi', 'postOAuthApiToken', 'Api'].map(bytes);
  const automaton = new NeedleAutomaton(needles);

  it.each([
    ['ushers', true],
    ['xxhxhxsx', false],
    ['h', false],
    ['', false],
    ['new platformClient.UsersApi()', true],
    ['postOAuthAp', false],
    ['AP api aPI', false],
    ['sh', false],
    ['xxxhis', true],
  ])('%p holds a needle: %p', (text, expected) => {
    expect(automaton.test(bytes(text))).toBe(expected);
    // the reference answer
    expect(needles.some((needle) => bytes(text).includes(needle))).toBe(expected);
  });

  it('agrees with one search per needle on many generated texts', () => {
    const words = ['grant', 'grant_', 'type', 'login', 'Client', 'Api', 'Users', 'post', 'OAuth', 'Token', 'é', ' ', '\n'];
    const many = ['grant_type', 'loginClientCredentials', 'UsersApi', 'postOAuthApiToken', 'éA', 'TokenTok'].map(bytes);
    const search = new NeedleAutomaton(many);
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 2000; round++) {
      const text = bytes(Array.from({ length: 1 + Math.floor(random() * 12) }, () => words[Math.floor(random() * words.length)]).join(''));
      expect(search.test(text)).toBe(many.some((needle) => text.includes(needle)));
    }
  });

  it('matches everything with an empty needle', () => {
    expect(new NeedleAutomaton([bytes('')]).test(bytes(''))).toBe(true);
  });
});

describe("check's prefilter on bytes and on text", () => {
  it.each([
    'const api = new platformClient.UsersApi();',
    "body: 'grant_type=password'",
    'await client.loginImplicitGrant(id, uri);',
    "require('simple-oauth2')",
    'export const answer = 42;',
    'myWrapper.fetchToken()',
  ])('gives the same answer for %p', (text) => {
    for (const extra of [[], ['fetchToken']]) {
      expect(couldHoldPasswordGrant(bytes(text), 'check', extra)).toBe(couldHoldPasswordGrant(text, 'check', extra));
    }
  });
});

describe('NeedleAutomaton on decoded text', () => {
  it('agrees with String#includes on generated texts, non-ASCII letters included', () => {
    const words = ['grant', '_type', 'Users', 'Api', 'é', '日本', '\u{1F600}', 'ĀUsers', ' ', 'Tok', 'en'];
    const needles = ['grant_type', 'UsersApi', 'Token', 'ApiApi'];
    const search = NeedleAutomaton.forText(needles);
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => words[Math.floor(random() * words.length)]).join('');
      expect(search.testText(text)).toBe(needles.some((needle) => text.includes(needle)));
    }
  });

  it('does not let a code unit above 0x7f stand for the ASCII byte it ends with', () => {
    // U+0141 ends in 0x41 ('A'): read as bytes modulo 256 it would complete "UsersApi"
    expect(NeedleAutomaton.forText(['UsersApi']).testText('Users\u0141pi')).toBe(false);
    expect(NeedleAutomaton.forText(['UsersApi']).testText('UsersApi')).toBe(true);
  });

  it('finds a needle that is not ASCII, written or spelled with escapes', () => {
    const search = NeedleAutomaton.forText(['hämtaToken', 'x\u{1D465}']);
    expect(search.testText('api.hämtaToken()')).toBe(true);
    expect(search.testText('api.h\\u00e4mtaToken()')).toBe(true);
    expect(search.testText('api.h\\xe4mtaToken()')).toBe(true);
    expect(search.testText('const x\\u{1D465} = 1')).toBe(true);
    expect(search.testText('api.hamtaToken()')).toBe(false);
    expect(search.testText('api.h\\u00e5mtaToken()')).toBe(false);
  });
});

describe('LabelledNeedles', () => {
  const entries = [
    { needle: 'grant_type', label: 1 },
    { needle: 'grantType', label: 1 },
    { needle: 'UsersApi', label: 2 },
    { needle: 'Api', label: 4 },
    { needle: 'postOAuthApiToken', label: 8 },
  ];
  const labelled = new LabelledNeedles(entries);
  const reference = (text: string) => entries.reduce((all, { needle, label }) => (text.includes(needle) ? all | label : all), 0);

  it.each([
    ['new platformClient.UsersApi()', 6],
    ['body.grant_type = x; client.postOAuthApiToken(b)', 13],
    ['nothing here', 0],
    ['Users\u0141pi', 0],
  ])('%p names the labels %p', (text, expected) => {
    expect(labelled.labelsIn(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it('agrees with one search per needle on generated texts', () => {
    const words = ['grant', '_type', 'Type', 'Users', 'Api', 'post', 'OAuth', 'Token', 'é', ' ', 'Ł'];
    let seed = 5;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => words[Math.floor(random() * words.length)]).join('');
      expect(labelled.labelsIn(text)).toBe(reference(text));
    }
  });

  it('refuses a needle that is not ASCII and a label that is not a bit mask', () => {
    expect(() => new LabelledNeedles([{ needle: 'clé', label: 1 }])).toThrow(/not ASCII/);
    expect(() => new LabelledNeedles([{ needle: 'x', label: 0 }])).toThrow(/bit mask/);
  });
});
