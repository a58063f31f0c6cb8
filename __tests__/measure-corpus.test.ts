import * as fs from 'fs';
import * as path from 'path';
import { isPositive, measureCorpus, parseRules, PASSWORD_GRANT_RULES } from '../scripts/measure-corpus';
import { makeTempDir, removeTempDirs, REPO_ROOT } from './helpers/cli-harness';

afterAll(removeTempDirs);

/**
 * The measurement of `check` on real public code: the script, and the labels list that lets
 * anyone repeat it (__testfixtures__/check/real-world-corpus.json; the code is not vendored).
 */

interface CorpusEntry {
  repository: string;
  path: string;
  label: string;
  shape: string;
}

const CORPUS_FILE = path.join(REPO_ROOT, '__testfixtures__', 'check', 'real-world-corpus.json');
const corpus = JSON.parse(fs.readFileSync(CORPUS_FILE, 'utf8')) as Record<string, Record<string, CorpusEntry> | string>;

describe('scripts/measure-corpus', () => {
  it('counts a file as found when any of the named rules reports in it', () => {
    const folder = makeTempDir();
    fs.writeFileSync(path.join(folder, 'grant.js'), "axios.post('/oauth/token', { grant_type: 'password', username: u, password: p });\n");
    fs.writeFileSync(path.join(folder, 'library.js'), "const C = require('client-oauth2');\nnew C({}).owner.getToken(u, p);\n");
    fs.writeFileSync(path.join(folder, 'other.js'), "axios.post('/oauth/token', { grant_type: 'client_credentials' });\n");
    const labels = { 'grant.js': true, 'library.js': { label: 'grant' }, 'other.js': { label: 'look-alike' } };

    const httpOnly = measureCorpus(folder, labels, ['http-password-grant']);
    expect(httpOnly.truePositive).toEqual(['grant.js']);
    expect(httpOnly.falseNegative).toEqual(['library.js']);
    expect(httpOnly.trueNegative).toEqual(['other.js']);

    const any = measureCorpus(folder, labels, parseRules('any-password-grant'));
    expect(any.truePositive.sort()).toEqual(['grant.js', 'library.js']);
    expect(any.falsePositive).toEqual([]);
  });

  it('reads --rule as one id, a comma list, or any-password-grant', () => {
    expect(parseRules('http-password-grant')).toEqual(['http-password-grant']);
    expect(parseRules('http-password-grant, library-password-grant')).toEqual(['http-password-grant', 'library-password-grant']);
    expect(parseRules('any-password-grant')).toEqual([...PASSWORD_GRANT_RULES]);
    expect(isPositive(true)).toBe(true);
    expect(isPositive({ label: 'look-alike' })).toBe(false);
  });

  it('records an unreadable file as an error, not as a finding', () => {
    const tally = measureCorpus(makeTempDir(), { 'missing.js': true }, ['http-password-grant']);
    expect(tally.errors).toHaveLength(1);
    expect(tally.falseNegative).toEqual(['missing.js']);
  });
});

describe('real-world-corpus.json', () => {
  const sets = Object.entries(corpus).filter((entry): entry is [string, Record<string, CorpusEntry>] => typeof entry[1] === 'object');

  it('holds the raw HTTP and the library corpora, large enough to measure on', () => {
    const sizes = Object.fromEntries(sets.map(([name, files]) => [name, Object.keys(files).length]));
    expect(sizes.http).toBeGreaterThanOrEqual(60);
    expect(sizes.libraries).toBeGreaterThanOrEqual(30);
  });

  it('names every file by repository and path, with a label and a shape in words', () => {
    for (const [, files] of sets) {
      for (const [file, entry] of Object.entries(files)) {
        expect(entry.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(entry.path.length).toBeGreaterThan(0);
        expect(['grant', 'look-alike']).toContain(entry.label);
        expect(entry.shape.length).toBeGreaterThan(5);
        // h/l: the training sets (http, libraries); x/y: the first held-out ones; z: the second; w: the third
        expect(file).toMatch(/^[hlwxyz]\d{3}-/);
      }
    }
  });

  it('keeps the held-out sets apart from the training sets: no repository and path in both', () => {
    const training = new Set(['http', 'libraries'].flatMap((name) => Object.values(corpus[name] as Record<string, CorpusEntry>).map((entry) => `${entry.repository}:${entry.path}`)));
    const seen = new Set(training);
    for (const name of ['heldout-http', 'heldout-libraries', 'heldout2-http', 'heldout2-libraries', 'heldout3-http', 'heldout3-libraries']) {
      const files = Object.values(corpus[name] as Record<string, CorpusEntry>);
      expect(files.length).toBeGreaterThanOrEqual(15);
      // each held-out set is apart from the training sets and from the held-out sets before it
      for (const entry of files) expect(seen.has(`${entry.repository}:${entry.path}`)).toBe(false);
      for (const entry of files) seen.add(`${entry.repository}:${entry.path}`);
    }
  });

  it('keeps the raw HTTP corpus about half password grants, half look-alikes', () => {
    const http = Object.values(corpus.http as Record<string, CorpusEntry>);
    const grants = http.filter((entry) => entry.label === 'grant').length;
    expect(grants / http.length).toBeGreaterThan(0.4);
    expect(grants / http.length).toBeLessThan(0.6);
  });
});
