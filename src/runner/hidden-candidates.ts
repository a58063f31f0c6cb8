import type { DiscoveredFile } from './discover';
import { ParseError } from '../errors';
import { couldHoldPasswordGrant } from './prefilter';
import { readSourceFile } from './read-source';
import { CHECK_MAX_FILE_BYTES } from './skip-rules';

/**
 * The files that the configuration's `ignore` leaves out of `check` although their bytes hold
 * what the rules look for (check's prefilter, the same test a scanned file passes before it is
 * parsed). A pull request can add an `ignore` entry as easily as it turns a rule off, so these
 * are named in the report (see check/gate-weakening.ts), not parsed: the prefilter is cheap,
 * and it is what says "this file may hold a grant" everywhere else. A file too large to read
 * is named too; one that cannot be read at all is left out, since nothing can be said of it.
 * A file of another extension (see mayRunAsJavaScript) is named when it also parses.
 */
export function findHiddenCandidates(files: readonly DiscoveredFile[], tokenMethodsOf: (file: DiscoveredFile) => readonly string[]): string[] {
  const hidden: string[] = [];
  for (const entry of files) {
    let read: ReturnType<typeof readSourceFile>;
    try {
      read = readSourceFile(entry.realPath, CHECK_MAX_FILE_BYTES);
    } catch {
      continue;
    }
    if (read.tooLarge !== undefined) {
      if (!entry.otherExtension) hidden.push(entry.file);
      continue;
    }
    if (!couldHoldPasswordGrant(read.bytes, 'check', tokenMethodsOf(entry))) continue;
    if (!entry.otherExtension || parsesAsJavaScript(entry, read.bytes)) hidden.push(entry.file);
  }
  return hidden;
}

/**
 * A file of another extension is named only when it is JavaScript (it parses), as `check`
 * would have analysed it: an ignored `docs/` whose Markdown names the token call hides no
 * grant. Babel is loaded only for such a file.
 */
function parsesAsJavaScript(entry: DiscoveredFile, bytes: Buffer): boolean {
  const { parseSource, splitBom } = require('../parse/parse-source') as typeof import('../parse/parse-source');
  try {
    parseSource(splitBom(bytes.toString('utf8')).text, entry.file, { attachComment: false, plainJavaScript: true });
    return true;
  } catch (error) {
    // Only a syntax error says "not JavaScript"; anything else (a nesting too deep for this
    // thread's stack) leaves the question open, and the file is named.
    return !(error instanceof ParseError);
  }
}
