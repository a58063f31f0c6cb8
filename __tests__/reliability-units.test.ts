import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listenForInterrupt } from '../src/runner/interrupt';
import { looksBinary } from '../src/runner/skip-rules';
import { getTempFileName, parseTempFileName, removeLeftoverTempFiles, writeFileAtomic } from '../src/io/write-atomic';
import { hasSourceExtension } from '../src/runner/extensions';

describe('temp file names', () => {
  it('name the file they replace and the process, and are never taken for sources', () => {
    const name = getTempFileName('login.service.ts', 4242);
    expect(name).toMatch(/^\.login\.service\.ts\.pgc-4242-[0-9a-f]{8}\.tmp$/);
    expect(parseTempFileName(name)).toEqual({ target: 'login.service.ts', pid: 4242 });
    expect(hasSourceExtension(name)).toBe(false);
  });

  it('other dot files are not mistaken for ours', () => {
    for (const name of ['.eslintrc.js', '.a.js.swp', '.a.js.12.abcd.tmp', '.a.js.pgc-1-xyz.tmp', 'a.js.pgc-1-0badf00d.tmp']) {
      expect(parseTempFileName(name)).toBeNull();
    }
  });
});

describe('writeFileAtomic and leftovers', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgc-units-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('replaces the content, keeps the mode, and leaves no temp file', async () => {
    const file = path.join(dir, 'a.js');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o750);
    await writeFileAtomic(file, 'new \u00e9');
    expect(fs.readFileSync(file, 'utf8')).toBe('new \u00e9');
    expect(fs.statSync(file).mode & 0o777).toBe(0o750);
    expect(fs.readdirSync(dir)).toEqual(['a.js']);
  });

  it('refuses a read-only file and leaves it as it was', async () => {
    const file = path.join(dir, 'a.js');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o444);
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow(/read-only/);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['a.js']);
  });

  it('removes leftovers of dead processes for the given files only', async () => {
    const deadPid = 3_999_999;
    expect(() => process.kill(deadPid, 0)).toThrow();
    const names = {
      dead: `.a.js.pgc-${deadPid}-0badf00d.tmp`,
      alive: `.a.js.pgc-${process.pid}-0badf00d.tmp`,
      otherFile: `.b.js.pgc-${deadPid}-0badf00d.tmp`,
    };
    for (const name of ['a.js', 'b.js', ...Object.values(names)]) fs.writeFileSync(path.join(dir, name), 'x');
    const removed = await removeLeftoverTempFiles([path.join(dir, 'a.js')]);
    expect(removed).toEqual([path.join(dir, names.dead)]);
    expect(fs.readdirSync(dir).sort()).toEqual([names.alive, names.otherFile, 'a.js', 'b.js'].sort());
  });
});

describe('skip rules for content', () => {
  it('NUL bytes mean binary; ordinary text does not', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(Buffer.from('const a = "\\0";\n'))).toBe(false);
  });
});

describe('listenForInterrupt', () => {
  it('aborts on the first SIGINT, then lets the default behaviour back', () => {
    const before = process.listenerCount('SIGINT');
    const seen: string[] = [];
    const listener = listenForInterrupt((signal) => seen.push(signal));
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    process.emit('SIGINT', 'SIGINT');
    expect(listener.signal.aborted).toBe(true);
    expect(listener.received).toBe('SIGINT');
    expect(seen).toEqual(['SIGINT']);
    expect(process.listenerCount('SIGINT')).toBe(before);
    listener.dispose();
  });

  it('dispose removes its handlers without aborting', () => {
    const before = process.listenerCount('SIGTERM');
    const listener = listenForInterrupt();
    listener.dispose();
    expect(process.listenerCount('SIGTERM')).toBe(before);
    expect(listener.signal.aborted).toBe(false);
  });
});
