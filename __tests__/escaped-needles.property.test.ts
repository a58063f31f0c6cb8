import * as fs from 'fs';
import * as path from 'path';
import { checkSource } from '../src/check/check-source';
import { CHECK_RULES } from '../src/check/rules/index';
import { SUPPRESSION_MARKER } from '../src/check/suppressions';
import { parseSource } from '../src/parse/parse-source';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';
import { TOKEN_METHOD } from '../src/detect/types';
import { GRANT_NEEDLES, HOST_NEEDLES } from '../src/rewrite/http/needles';
import { transformSource } from '../src/rewrite/transform-source';

/**
 * Property over every `check` fixture with findings: spelling one character of a name the
 * rules look for with a JavaScript escape (`postOAuth\u0041piToken`, `'gr\u{61}nt_type'`)
 * changes nothing `check` finds. The parser reads the same program, so the text tests in
 * front of it (the runner's prefilter, each rule's needles) must too; before they read only
 * the raw text, and one escape took a file past the gate unparsed. Deterministic: every
 * occurrence of every needle in every fixture, two spellings each.
 */

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'check');
const NEEDLES = [...new Set(CHECK_RULES.flatMap((rule) => rule.needles))].filter((needle) => needle !== SUPPRESSION_MARKER);

/** What the runner reports for a file: nothing unless its bytes pass the prefilter. */
function findingsOf(text: string, file: string): string[] {
  if (!couldHoldPasswordGrant(Buffer.from(text, 'utf8'), 'check')) return [];
  return checkSource(text, file).map((finding) => `${finding.rule}:${finding.line}`);
}

function fixturesWithFindings(): { file: string; text: string }[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) => fs.readdirSync(path.join(FIXTURES, folder.name)).map((name) => `${folder.name}/${name}`))
    .filter((file) => /\.[cm]?[jt]sx?$/.test(file) && !file.includes('.no-finding.'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(FIXTURES, file), 'utf8') }));
}

/** Offsets of the needles' occurrences outside comments (a comment's text is not decoded). */
function occurrences(text: string, file: string): { at: number; needle: string }[] {
  const comments = parseSource(text, file).comments ?? [];
  const inComment = (offset: number) => comments.some((comment) => (comment.start ?? 0) <= offset && offset < (comment.end ?? 0));
  const found: { at: number; needle: string }[] = [];
  for (const needle of NEEDLES) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (!inComment(at)) found.push({ at, needle });
    }
  }
  return found;
}

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(4, '0');
const SPELLINGS: [string, (char: string) => string][] = [
  ['\\uXXXX', (char) => `\\u${hex(char)}`],
  ['\\u{XX}', (char) => `\\u{${char.charCodeAt(0).toString(16)}}`],
];

describe('a needle spelled with escapes', () => {
  const fixtures = fixturesWithFindings();

  it('has fixtures with findings and needles in them to spell', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    expect(fixtures.filter(({ text, file }) => findingsOf(text, file).length > 0).length).toBeGreaterThan(10);
  });

  it.each(fixtures.map(({ file, text }) => [file, text] as const))('changes nothing check finds in %s', (file, text) => {
    const expected = findingsOf(text, file);
    let mutants = 0;
    for (const { at, needle } of occurrences(text, file)) {
      // The first character and one in the middle: where an identifier starts, and inside it.
      for (const index of new Set([0, Math.floor(needle.length / 2)])) {
        for (const [, spell] of SPELLINGS) {
          const mutated = text.slice(0, at + index) + spell(text[at + index]) + text.slice(at + index + 1);
          expect({ spelling: mutated.slice(Math.max(0, at - 20), at + needle.length + 20), findings: findingsOf(mutated, file) }).toEqual({
            spelling: mutated.slice(Math.max(0, at - 20), at + needle.length + 20),
            findings: expected,
          });
          mutants++;
        }
      }
    }
    // A fixture without findings or needles outside comments has nothing to spell.
    if (expected.length > 0) expect(mutants).toBeGreaterThan(0);
  });
});

/**
 * The same property for `migrate`, over the transform fixtures it rewrites (default options):
 * a name spelled with escapes is the same call or grant type, so the file is still rewritten,
 * at the same sites.
 */
describe('a name spelled with escapes, for migrate', () => {
  const TRANSFORM = path.join(__dirname, '..', '__testfixtures__', 'transform');
  const MIGRATE_NEEDLES = [TOKEN_METHOD, ...GRANT_NEEDLES, ...HOST_NEEDLES];
  const rewritten = fs
    .readdirSync(TRANSFORM)
    .filter((name) => /\.input\.[cm]?[jt]sx?$/.test(name) && !name.includes('no-change'))
    .filter((name) => !fs.existsSync(path.join(TRANSFORM, name.replace(/\.input\.[^.]+$/, '.options.json'))))
    .map((name) => ({ file: name.replace('.input', ''), text: fs.readFileSync(path.join(TRANSFORM, name), 'utf8') }));
  const OPTIONS = { scopes: ['analytics:readonly'] };
  const sitesOf = (text: string, file: string) => transformSource(text, file, OPTIONS).sites.map((site) => site.line);

  it('has fixtures to spell', () => {
    expect(rewritten.length).toBeGreaterThan(20);
  });

  it.each(rewritten.map(({ file, text }) => [file, text] as const))('rewrites %s the same', (file, text) => {
    const expected = sitesOf(text, file);
    expect(expected.length).toBeGreaterThan(0);
    const comments = parseSource(text, file).comments ?? [];
    const inComment = (offset: number) => comments.some((comment) => (comment.start ?? 0) <= offset && offset < (comment.end ?? 0));
    for (const needle of MIGRATE_NEEDLES) {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        if (inComment(at)) continue;
        const index = Math.floor(needle.length / 2);
        const mutated = text.slice(0, at + index) + `\\u${hex(text[at + index])}` + text.slice(at + index + 1);
        expect({ at: mutated.slice(Math.max(0, at - 20), at + needle.length + 20), sites: sitesOf(mutated, file) }).toEqual({
          at: mutated.slice(Math.max(0, at - 20), at + needle.length + 20),
          sites: expected,
        });
      }
    }
  });
});
