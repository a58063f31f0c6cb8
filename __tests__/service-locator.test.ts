import * as fs from 'fs';
import * as path from 'path';
import { createServiceLocator } from '../src/service/find-service';
import { makeTempDir, removeTempDirs, writeFiles } from './helpers/cli-harness';

afterAll(removeTempDirs);

describe('createServiceLocator', () => {
  const root = makeTempDir();
  writeFiles(root, {
    'cwd/package.json': '{}',
    'cwd/svc/package.json': '{}',
    'cwd/svc/src/a.js': '',
    'cwd/loose/b.js': '',
    'cwd/given/g.js': '',
    'cwd/given/deep/h.js': '',
    'plain/src/c.js': '',
    'plain/lib/d.js': '',
    'repo/src/e.js': '',
    'bare/f.js': '',
  });
  fs.mkdirSync(path.join(root, 'repo', '.git'));
  fs.rmSync(path.join(root, 'cwd', 'package.json'));
  const cwd = path.join(root, 'cwd');
  const locate = createServiceLocator(cwd, ['../plain', '../repo/src/e.js', 'given']);

  it.each([
    ['the nearest package.json', 'cwd/svc/src/a.js', 'cwd/svc'],
    ['no package.json inside the cwd, under no given folder: the cwd', 'cwd/loose/b.js', 'cwd'],
    ['no package.json under a folder given inside the cwd: that folder, not the whole cwd', 'cwd/given/deep/h.js', 'cwd/given'],
    ['...also for a file directly in it', 'cwd/given/g.js', 'cwd/given'],
    ['outside the cwd: the given folder that holds it, one service for all its files', 'plain/src/c.js', 'plain'],
    ['...the same service for a sibling folder', 'plain/lib/d.js', 'plain'],
    ['a given file outside the cwd: the folder that holds it', 'repo/src/e.js', 'repo/src'],
  ])('%s', (_name, file, expected) => {
    expect(locate(path.join(root, file))).toBe(path.join(root, expected));
  });

  it('not under any given path, outside the cwd: the top of its git work tree, else its own folder', () => {
    const bare = createServiceLocator(cwd);
    expect(bare(path.join(root, 'repo/src/e.js'))).toBe(path.join(root, 'repo'));
    expect(bare(path.join(root, 'bare/f.js'))).toBe(path.join(root, 'bare'));
  });
});
