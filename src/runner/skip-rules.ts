/**
 * Files the codemod leaves alone and lists as skipped, with the reason a person reads.
 * Huge files and minified bundles are generated code: rewriting them is pointless (they are
 * rebuilt) and parsing them is what makes codemods slow.
 */

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const MINIFIED_NAME = /[.-]min\.[cm]?[jt]sx?$/i;

/** Why a file is skipped from its name and size alone, or null to read it. */
export function getSkipReasonFromStat(fileName: string, size: number): string | null {
  if (size > MAX_FILE_BYTES) return `larger than 2 MB (${(size / (1024 * 1024)).toFixed(1)} MB)`;
  if (MINIFIED_NAME.test(fileName)) return 'minified bundle (by its name)';
  return null;
}

const MINIFIED_MIN_LENGTH = 2000;
const MINIFIED_AVERAGE_LINE = 300;

/** Minified code: long enough to matter, with lines far longer than anyone writes by hand. */
export function looksMinified(text: string): boolean {
  if (text.length < MINIFIED_MIN_LENGTH) return false;
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return text.length / lines > MINIFIED_AVERAGE_LINE;
}

/**
 * Binary content under a source name (an image or a compiled blob called `x.js`): a NUL byte
 * in the first 8 KB, the test git and most editors use. Source text never holds one raw.
 */
export function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Decodes UTF-8, or returns null when the bytes are not valid UTF-8: rewriting such a file
 * through a JavaScript string would silently replace the bytes it cannot decode.
 */
export function decodeUtf8(bytes: Buffer): string | null {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(bytes)) return null;
  return text;
}
