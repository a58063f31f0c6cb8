import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/**
 * Replaces a file's content so that a reader (or a crash) never sees half of it: the text
 * goes to a temporary file in the same folder (same file system, so rename is atomic), is
 * flushed to disk, takes the original's permission bits, and is renamed over the original.
 * The caller passes the real path: renaming over a symbolic link would replace the link.
 */
export async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  const existing = await fs.stat(filePath).catch(() => null);
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
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
