import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatRewrite } from '../src/format/format-rewrite';
import type { FormatSettings } from '../src/format/types';

/**
 * formatRewrite keeps, per run (per settings object), which folders hold a Prettier
 * configuration: files of one run in different folders still get the note their own folders
 * call for, and a new run looks again.
 */
describe('formatting look-ups kept per run', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-run-lookups-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const before = 'a();\n';
  const after = 'init();\na();\n';
  const ranges = [{ start: 0, end: 7 }];

  function write(relative: string, text: string): string {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    return target;
  }

  async function notesOf(file: string, settings: FormatSettings): Promise<string> {
    return (await formatRewrite(file, before, after, ranges, settings)).notes.join(' ');
  }

  it('notes the configuration each file has above it, within one run', async () => {
    write('svc-a/.prettierrc', '{}\n');
    write('svc-b/src/.prettierrc.json', '{}\n');
    const a = write('svc-a/src/deep/one.js', before);
    const b = write('svc-b/src/two.js', before);
    const c = write('svc-c/three.js', before);
    const a2 = write('svc-a/src/other.js', before);
    const run: FormatSettings = { enabled: true, root };
    for (let pass = 0; pass < 2; pass++) {
      expect(await notesOf(a, run)).toMatch(/^svc-a\/\.prettierrc configures Prettier, but no Prettier is installed/);
      expect(await notesOf(b, run)).toMatch(/^svc-b\/src\/\.prettierrc\.json configures Prettier/);
      expect(await notesOf(c, run)).toBe('');
      expect(await notesOf(a2, run)).toMatch(/^svc-a\/\.prettierrc configures Prettier/);
    }
  });

  it('looks again in a new run', async () => {
    const file = write('svc/src/one.js', before);
    const first: FormatSettings = { enabled: true, root };
    expect(await notesOf(file, first)).toBe('');
    write('svc/prettier.config.mjs', 'export default {};\n');
    expect(await notesOf(file, { enabled: true, root })).toMatch(/^svc\/prettier\.config\.mjs configures Prettier/);
  });
});
