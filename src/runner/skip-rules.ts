import { isUtf8 } from 'buffer';

/**
 * Files the codemod leaves alone and lists as skipped, with the reason a person reads.
 * Huge files and minified bundles are generated code: rewriting them is pointless (they are
 * rebuilt) and parsing them is what makes codemods slow.
 */

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * `check` reads files past the 2 MB rule (a grant padded past it must not pass the gate);
 * beyond this it cannot afford to, and the file is an error that fails the run.
 */
export const CHECK_MAX_FILE_BYTES = 256 * 1024 * 1024;

const MINIFIED_NAME = /[.-]min\.[cm]?[jt]sx?$/i;

/** Why a file is skipped from its name alone (a `.min.js` bundle), or null to read it. */
export function getSkipReasonFromName(fileName: string): string | null {
  return MINIFIED_NAME.test(fileName) ? 'minified bundle (by its name)' : null;
}

/** Why a file is skipped from its size alone, or null to read it. */
export function getSkipReasonFromSize(size: number): string | null {
  return size > MAX_FILE_BYTES ? `larger than 2 MB (${(size / (1024 * 1024)).toFixed(1)} MB)` : null;
}

const MINIFIED_MIN_LENGTH = 2000;
const MINIFIED_AVERAGE_LINE = 300;
const NEWLINE = 0x0a;

/**
 * Minified code: long enough to matter, with lines far longer than anyone writes by hand
 * (over 300 on average). Measured in bytes when given bytes (the runner tests files before
 * decoding them) and in characters when given text; the thresholds are far from where the
 * two differ in practice.
 */
export function looksMinified(source: string | Buffer): boolean {
  if (source.length < MINIFIED_MIN_LENGTH) return false;
  // Counting stops at the number of lines that rules minified out: for hand-written code,
  // within its first eighth or so (measured: counting every line was most of the test).
  return countLines(source, source.length / MINIFIED_AVERAGE_LINE) < source.length / MINIFIED_AVERAGE_LINE;
}

/** The number of lines, counted up to `enough` at most. */
function countLines(source: string | Buffer, enough: number): number {
  let lines = 1;
  if (typeof source === 'string') {
    for (let index = source.indexOf('\n'); index !== -1 && lines < enough; index = source.indexOf('\n', index + 1)) lines++;
  } else {
    for (let index = source.indexOf(NEWLINE); index !== -1 && lines < enough; index = source.indexOf(NEWLINE, index + 1)) lines++;
  }
  return lines;
}

/**
 * Binary content under a source name (an image or a compiled blob called `x.js`): a NUL byte
 * in the first 8 KB, the test git and most editors use. Source text never holds one raw.
 */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Whether the bytes are valid UTF-8. A file that is not must be left alone: rewriting it
 * through a JavaScript string would silently replace the bytes it cannot decode. Node's
 * native validator, so the test costs no string.
 */
export function isUtf8Text(bytes: Buffer): boolean {
  return isUtf8(bytes);
}

/**
 * A Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): the few
 * lines git checks out in place of a file stored in LFS when LFS objects are not fetched, as
 * `actions/checkout` does by default. The file's real content, which the service runs where
 * LFS is fetched, is not here.
 */
export function isGitLfsPointer(bytes: Buffer): boolean {
  return bytes.length < LFS_POINTER_MAX_BYTES && LFS_POINTER_STARTS.some((start) => bytes.subarray(0, start.length).equals(start));
}

/** The spec caps a pointer at 1024 bytes. */
const LFS_POINTER_MAX_BYTES = 1024;
const LFS_POINTER_STARTS = ['version https://git-lfs.github.com/spec/', 'version https://hawser.github.com/spec/'].map((start) => Buffer.from(start, 'latin1'));

export const LFS_POINTER_REASON =
  'stored in Git LFS and not fetched here: git checked out a pointer in its place, so its content was not checked (fetch it before check: git lfs pull, or actions/checkout with lfs: true)';
