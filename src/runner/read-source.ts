import { closeSync, fstatSync, openSync, readSync } from 'fs';
import { MAX_FILE_BYTES } from './skip-rules';

export type SourceRead = { bytes: Buffer; tooLarge?: undefined } | { tooLarge: number; bytes?: undefined };

/**
 * Reads a source file's bytes, unless it is larger than `maxBytes` (then only its size). The size is taken
 * from the open file, so discovery needs no system call per file and a huge file is never
 * read into memory. readFileSync would stat the file a second time; this makes the same
 * four system calls as `grep` per file (open, fstat, read, close), which on thousands of
 * files is most of a run. Synchronous on purpose: it runs on worker threads, where blocking
 * costs nothing, and the promise API's round trips were a quarter of a worker's time.
 * Throws when the file cannot be read.
 */
export function readSourceFile(realPath: string, maxBytes: number = MAX_FILE_BYTES): SourceRead {
  const fd = openSync(realPath, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { tooLarge: size };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(fd, bytes, filled, size - filled, null);
      if (read === 0) break; // the file shrank since fstat: what is there is the file
      filled += read;
    }
    return { bytes: filled < size ? bytes.subarray(0, filled) : bytes };
  } finally {
    closeSync(fd);
  }
}
