import type { CheckFileResult } from '../check/check-source';
import { ParseError, UsageError } from '../errors';
import { couldHoldPasswordGrant, type PrefilterMode } from './prefilter';
import { readSourceFile, type SourceRead } from './read-source';
import { CHECK_MAX_FILE_BYTES, getSkipReasonFromName, getSkipReasonFromSize, isUtf8Text, looksBinary, looksMinified, MAX_FILE_BYTES } from './skip-rules';
import type { FileOutcome, FileTask, MigrationValue } from './tasks';

type Analysers = typeof import('./analysers');
let analysers: Analysers | undefined;

/** Loaded when the first file passes the prefilter (see analysers.ts for why). */
function loadAnalysers(): Analysers {
  analysers ??= require('./analysers') as Analysers;
  return analysers;
}

/**
 * The per-file work, shared by `migrate` and `check`: read once, apply the skip rules,
 * prefilter, then run the mode's analysis. Never throws: whatever goes wrong with one file
 * becomes that file's error outcome, and the run goes on.
 *
 * The skip rules (name, size, NUL bytes, invalid UTF-8, minified) keep `migrate` from
 * rewriting generated or undecodable files; they are listed as skipped. `check` is a gate, so
 * they never hide a grant from it: a skipped-looking file whose bytes hold what the
 * prefilter looks for is scanned anyway (decoded lossily for reading only; check writes
 * nothing), and if it cannot be parsed it is an error naming both reasons, which fails the run.
 */
async function processFile<T>(task: FileTask, mode: PrefilterMode, analyse: (text: string) => T | Promise<T>): Promise<FileOutcome<T>> {
  const { file } = task;
  const nameReason = getSkipReasonFromName(file);
  if (nameReason && mode === 'migrate') return { status: 'skipped', file, reason: nameReason };
  let read: SourceRead;
  try {
    read = readSourceFile(task.realPath, mode === 'check' ? CHECK_MAX_FILE_BYTES : MAX_FILE_BYTES);
  } catch (error) {
    return { status: 'error', file, message: `cannot read the file: ${describe(error)}`, scanned: false, parsed: false };
  }
  if (read.tooLarge !== undefined) {
    const reason = getSkipReasonFromSize(read.tooLarge) as string;
    if (mode === 'migrate') return { status: 'skipped', file, reason };
    return { status: 'error', file, message: `${reason}: too large to check, so it was not checked`, scanned: false, parsed: false };
  }
  const { bytes } = read;
  // Every test up to the prefilter runs on the bytes: most files fail the prefilter, and
  // those are never decoded into a string.
  const skipReason = nameReason ?? getSkipReasonFromSize(bytes.length) ?? getSkipReasonFromContent(bytes);
  if (skipReason !== null && mode === 'migrate') return { status: 'skipped', file, reason: skipReason };
  if (!couldHoldPasswordGrant(bytes, mode, task.options.tokenMethods)) {
    return skipReason !== null ? { status: 'skipped', file, reason: skipReason } : { status: 'done', file, parsed: false, value: null };
  }
  const text = bytes.toString('utf8');
  try {
    return { status: 'done', file, parsed: true, value: await analyse(text) };
  } catch (error) {
    const message = skipReason === null ? describeFailure(error) : `${skipReason}, and it may hold a password grant, but it could not be checked: ${describeFailure(error)}`;
    return { status: 'error', file, message, scanned: true, parsed: true };
  }
}

/** Why the content says to leave a file alone (binary, not UTF-8, minified), or null. */
function getSkipReasonFromContent(bytes: Buffer): string | null {
  if (looksBinary(bytes)) return 'binary content (NUL bytes), not source text';
  if (!isUtf8Text(bytes)) return 'not UTF-8 text (invalid byte sequences)';
  if (looksMinified(bytes)) return 'minified bundle (very long lines)';
  return null;
}

export function migrateFile(task: FileTask): Promise<FileOutcome<MigrationValue>> {
  return processFile(task, 'migrate', async (text) => {
    const { transformSource, formatRewrite } = loadAnalysers();
    const result = transformSource(text, task.file, optionsWithFacts(task));
    const changed = result.changed && result.output !== text;
    // Formatting never fails the file: at worst the rewrite stays as written, with a note.
    const formatted = changed
      ? await formatRewrite(task.realPath, text, result.output, result.changedRanges, task.format ?? { enabled: false, root: task.realPath })
      : null;
    return {
      changed,
      sites: result.sites,
      manual: result.manual,
      secrets: result.secrets,
      legacyEnvVars: result.legacyEnvVars,
      scopes: [...(task.options.scopes ?? [])],
      waitingForScopes: result.waitingForScopes,
      ...(changed && formatted ? { before: text, after: formatted.text, format: formatted.format, notes: formatted.notes } : {}),
    };
  });
}

export function checkFile(task: FileTask): Promise<FileOutcome<CheckFileResult>> {
  return processFile(task, 'check', (text) => loadAnalysers().checkSourceFile(text, task.file, optionsWithFacts(task)));
}

/** Type facts arrive as plain data (functions cannot cross threads); the detector wants `TypeFacts`. */
function optionsWithFacts(task: FileTask): FileTask['options'] {
  return task.typeFacts ? { ...task.options, facts: loadAnalysers().createTypeFacts(task.typeFacts) } : task.options;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A parse error keeps the parser's message and its position; a usage error (a setting that
 * does not fit this file) keeps its message and hint; anything else is a bug of ours.
 */
function describeFailure(error: unknown): string {
  if (error instanceof ParseError) {
    return error.line !== undefined ? `${error.message} (${error.line}:${error.column ?? 0})` : error.message;
  }
  if (error instanceof UsageError) return error.hint ? `${error.message} (${error.hint})` : error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    // Deeper than even the workers' large stack: the file is not checked, and says so (an
    // error fails `check`), rather than passing as if it held nothing.
    return 'nested too deeply to analyse (the stack ran out); it was not checked and may hold a password grant';
  }
  return `internal error while processing this file: ${describe(error)}`;
}
