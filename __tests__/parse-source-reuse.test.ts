import { parseSource } from '../src/parse/parse-source';

/**
 * `readOnly` parses may share the tree parsed last for the same text and parser; every other
 * parse is fresh, so that a caller that edits its tree never hands the edit to another.
 */
describe('parseSource({ readOnly })', () => {
  const code = "const a = 'grant_type=password';\n";

  it('gives a read-only caller the tree parsed last for the same text and parser', () => {
    const first = parseSource(code, 'a.js', { readOnly: true });
    expect(parseSource(code, 'other/b.jsx', { readOnly: true })).toBe(first);
  });

  it('parses again for another text, another parser or other options', () => {
    const first = parseSource(code, 'a.js', { readOnly: true });
    expect(parseSource(`${code}\n`, 'a.js', { readOnly: true })).not.toBe(first);
    const js = parseSource(code, 'a.js', { readOnly: true });
    expect(parseSource(code, 'a.ts', { readOnly: true })).not.toBe(js);
    const ts = parseSource(code, 'a.ts', { readOnly: true });
    expect(parseSource(code, 'a.ts', { readOnly: true, tokens: true })).not.toBe(ts);
  });

  it('never shares with a caller that did not say it only reads', () => {
    const shared = parseSource(code, 'a.js', { readOnly: true });
    const own = parseSource(code, 'a.js');
    expect(own).not.toBe(shared);
    expect(parseSource(code, 'a.js')).not.toBe(own);
    expect(own).toEqual(shared);
  });
});
