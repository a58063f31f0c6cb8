import { parseSync } from 'editorconfig';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readEditorconfig } from '../src/format/editorconfig-settings';

/**
 * readEditorconfig asks the editorconfig parser only when some folder above the file holds
 * an `.editorconfig`, and then no higher than the topmost such folder: its answers must be
 * the parser's own, wherever the files are.
 */
describe('readEditorconfig', () => {
  let base: string;
  beforeEach(() => {
    base = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-editorconfig-'));
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  function write(relative: string, text: string): void {
    const target = path.join(base, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }

  const files = ['a/b/c/module-12.js', 'a/b/c/z.ts', 'a/b/x.js', 'a/y.mjs', 'q.js', 'a/b/c/d/e/module-1.js'];

  function expectSameAsParser(): void {
    for (const file of files) expect([file, readEditorconfig(path.join(base, file))]).toEqual([file, parseSync(path.join(base, file))]);
  }

  it('reads nothing where there is no .editorconfig', () => {
    // (a folder above the temporary one may hold one: the parser's answer is the reference)
    expectSameAsParser();
  });

  it('merges nested files, nearest last, with sections matched by name', () => {
    write('a/.editorconfig', '[*.js]\nindent_style = tab\n[module-1*.js]\nmax_line_length = 60\n');
    write('a/b/c/.editorconfig', '[*]\nindent_size = 3\n');
    expectSameAsParser();
    expect(readEditorconfig(path.join(base, 'a/b/c/module-12.js'))).toMatchObject({ indent_style: 'tab', max_line_length: 60, indent_size: 3 });
  });

  it('stops at root = true', () => {
    write('.editorconfig', '[*]\nmax_line_length = 100\n');
    write('a/b/.editorconfig', 'root = true\n[*]\nindent_style = space\n');
    expectSameAsParser();
    expect(readEditorconfig(path.join(base, 'a/b/x.js'))).toEqual({ indent_style: 'space' });
  });

  it('sees a file added after an earlier look-up', () => {
    expect(readEditorconfig(path.join(base, 'a/b/x.js'))).toEqual(parseSync(path.join(base, 'a/b/x.js')));
    write('a/.editorconfig', 'root = true\n[*]\nindent_size = 4\n');
    expect(readEditorconfig(path.join(base, 'a/b/x.js'))).toEqual({ indent_size: 4, tab_width: 4 });
  });

  it('treats an .editorconfig it cannot read as absent, as the parser does', () => {
    fs.mkdirSync(path.join(base, 'a', '.editorconfig'), { recursive: true });
    expectSameAsParser();
  });
});
