import { randomBytes } from 'crypto';
import { constants as fsConstants, promises as fs } from 'fs';
import * as path from 'path';

/**
 * Temporary files are named `.<name>.pgc-<pid>-<random>.tmp`, next to the file they replace:
 * recognisable, so that a later run can remove those a killed run left behind, and never
 * mistaken for sources (they end in `.tmp`, not a source extension).
 */
const TEMP_FILE_NAME = /^\.(.+)\.pgc-(\d+)-[0-9a-f]{8}\.tmp$/;

export function getTempFileName(fileName: string, pid: number = process.pid): string {
  return `.${fileName}.pgc-${pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** The file a temp file was meant to replace, and the process that made it; null for other names. */
export function parseTempFileName(name: string): { target: string; pid: number } | null {
  const match = TEMP_FILE_NAME.exec(name);
  return match ? { target: match[1], pid: Number(match[2]) } : null;
}

/**
 * Replaces a file's content so that a reader (or a crash) never sees half of it: the text
 * goes to a temporary file in the same folder (same file system, so rename is atomic), is
 * flushed to disk, takes the original's permission bits, and is renamed over the original.
 * The caller passes the real path: renaming over a symbolic link would replace the link.
 */
export interface AtomicWriteOptions {
  /**
   * A symbolic link at `filePath` is replaced by a regular file (rename replaces the link
   * itself, never its target); its target's bits are not copied and its target not touched.
   * For outputs the tool creates (`--output`, a baseline), which a repository may have
   * planted as a link to somewhere else.
   */
  replaceLink?: boolean;
}

export async function writeFileAtomic(filePath: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const own = options.replaceLink ? await fs.lstat(filePath).catch(() => null) : null;
  const existing = own?.isSymbolicLink() ? null : await fs.stat(filePath).catch(() => null);
  // The rename would put a regular file in place of a device, FIFO or socket (as root, even
  // `/dev/null`): such a name, or a link to one, is never written.
  const reached = own?.isSymbolicLink() ? await fs.stat(filePath).catch(() => null) : existing;
  if (reached && !reached.isFile()) throw new Error('it is not a regular file (a device, FIFO, socket or folder); it was left as it was');
  // A rename would replace a read-only file without complaint; its owner made it read-only
  // on purpose (generated, vendored, locked), so it is left alone. Root ignores the bits in
  // access(), hence the explicit look at them.
  if (existing && ((existing.mode & 0o222) === 0 || !(await isWritable(filePath)))) {
    throw new Error('the file is read-only; it was left as it was (make it writable and run again)');
  }
  const folder = path.dirname(filePath);
  // Root may create files in any folder; the README promises that a folder without write
  // permission is left alone, so its bits are looked at, not only what access() says.
  const folderStats = await fs.stat(folder).catch(() => null);
  if (folderStats && ((folderStats.mode & 0o222) === 0 || !(await isWritable(folder)))) {
    throw new Error('its folder is not writable (no write permission); the file was left as it was');
  }
  const temporary = path.join(folder, getTempFileName(path.basename(filePath)));
  const handle = await fs.open(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS') {
      throw new Error(`its folder is not writable (${error.code}); the file was left as it was`);
    }
    throw error;
  });
  try {
    try {
      await handle.writeFile(content, 'utf8');
      // open() applies the umask; set the original bits exactly.
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function isWritable(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath, fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** True while a process with this id runs: its temp files may still be in use. */
function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files that an interrupted run (killed before it could rename or clean up)
 * left next to the given files. Only temp files of the given files, and only those of
 * processes no longer running, so a concurrent run's writes are never disturbed. The
 * original files are whole either way: a temp file holds a copy, never the only copy.
 * Returns the paths removed.
 */
export async function removeLeftoverTempFiles(
  realPaths: readonly string[],
  /** a file it says yes to is kept whatever its name: a repository can commit a file named like ours */
  isKept: (file: string) => Promise<boolean> = async () => false,
): Promise<string[]> {
  const namesByFolder = new Map<string, Set<string>>();
  for (const realPath of realPaths) {
    const folder = path.dirname(realPath);
    let names = namesByFolder.get(folder);
    if (!names) namesByFolder.set(folder, (names = new Set()));
    names.add(path.basename(realPath));
  }
  const removed: string[] = [];
  for (const [folder, names] of namesByFolder) {
    const entries = await fs.readdir(folder).catch(() => [] as string[]);
    for (const entry of entries) {
      const parsed = parseTempFileName(entry);
      if (!parsed || !names.has(parsed.target) || isProcessAlive(parsed.pid)) continue;
      const leftover = path.join(folder, entry);
      const own = await fs.lstat(leftover).catch(() => null);
      if (!own?.isFile() || (await isKept(leftover))) continue;
      try {
        await fs.unlink(leftover);
        removed.push(leftover);
      } catch {
        // Gone already, or not ours to remove: it stays harmless either way.
      }
    }
  }
  return removed;
}
