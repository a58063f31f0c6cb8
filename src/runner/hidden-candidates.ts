import type { DiscoveredFile } from './discover';
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
    if (read.tooLarge !== undefined || couldHoldPasswordGrant(read.bytes, 'check', tokenMethodsOf(entry))) hidden.push(entry.file);
  }
  return hidden;
}
