import { parse } from '@babel/parser';
import { transformSource } from '../src/rewrite/transform-source';
import { getParserFlavours } from '../src/parse/parse-source';
import { loadTransformFixtures } from './helpers/fixtures';
import { migrateText } from './helpers/migrate-text';

/** Parses with @babel/parser itself (not our wrapper), with the plugins the extension needs. */
function parsesWithBabel(code: string, file: string): void {
  const flavour = getParserFlavours(file)[0];
  // .js/.jsx: the output must parse as JavaScript, not merely as TSX
  const plugins: ('typescript' | 'jsx')[] = flavour === 'jsx' ? ['jsx'] : flavour === 'tsx' ? ['typescript', 'jsx'] : ['typescript'];
  parse(code.replace(/^\uFEFF/, ''), { sourceType: 'module', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, plugins });
}

describe('properties over every fixture input', () => {
  const fixtures = loadTransformFixtures();

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s: output parses and a second run is a no-op', (_name, fixture) => {
    const first = migrateText(fixture.input, fixture.inputFile, fixture.options);
    expect(() => parsesWithBabel(first.output, fixture.inputFile)).not.toThrow();
    const second = transformSource(first.output, fixture.inputFile, fixture.options);
    expect(second.changed).toBe(false);
    expect(second.output).toBe(first.output);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s: keeps line endings and BOM', (_name, fixture) => {
    const { output } = migrateText(fixture.input, fixture.inputFile, fixture.options);
    expect(output.startsWith('\uFEFF')).toBe(fixture.input.startsWith('\uFEFF'));
    const inputCrlf = fixture.input.includes('\r\n');
    const outputLoneLf = /[^\r]\n/.test(output);
    if (inputCrlf) expect(outputLoneLf).toBe(false);
    else expect(output.includes('\r\n')).toBe(false);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s: no hard-coded secret survives a rewrite', (_name, fixture) => {
    const result = transformSource(fixture.input, fixture.inputFile, fixture.options);
    if (!result.changed) return;
    for (const secret of ['Sup3rS3cret!', 'hunter2', 'p@ssw0rd', 'correct-horse-battery-staple', "'secret'"]) {
      expect(result.output).not.toContain(secret);
    }
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s: laid out narrow, no added line is over the limit', (_name, fixture) => {
    const result = migrateText(fixture.input, fixture.inputFile, fixture.options, { maxLineLength: 60 });
    if (!result.changed) return;
    expect(() => parsesWithBabel(result.output, fixture.inputFile)).not.toThrow();
    const before = new Set(fixture.input.split(/\r?\n/));
    const added = result.output.split(/\r?\n/).filter((line) => !before.has(line));
    // A line that cannot be broken (a receiver chain, a string) may stay long, and so may a call
    // that opens a block of the file's own lines (re-indenting them is not ours to do); a call
    // on one line never does.
    expect(added.filter((line) => line.length > 60 && /\(.+,/.test(line) && !/\{$/.test(line))).toEqual([]);
    // The HTTP Basic header the raw HTTP rewrite adds is broken too (one env read a line).
    expect(added.filter((line) => line.length > 60 && /Basic |Buffer\.from\(|\]\.join\(/.test(line))).toEqual([]);
    expect(transformSource(result.output, fixture.inputFile, fixture.options).changed).toBe(false);
  });
});
