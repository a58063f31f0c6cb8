import type { CheckFileResult } from '../check/check-source';
import type { FileServiceFacts } from '../scopes/collect-service-calls';
import { ParseError, UsageError } from '../errors';
import { couldHoldPasswordGrant, type PrefilterMode } from './prefilter';
import { readSourceFile, type SourceRead } from './read-source';
import { CHECK_MAX_FILE_BYTES, getSkipReasonFromName, getSkipReasonFromSize, isGitLfsPointer, isUtf8Text, LFS_POINTER_REASON, looksBinary, looksMinified, MAX_FILE_BYTES } from './skip-rules';
import { couldHoldServiceFactsBytes } from '../scopes/service-facts-text';
import type { BatchHandlerName, FileOutcome, FileTask, MigrationValue } from './tasks';

/**
 * What a pass reads files for: `migrate` and `check` (see prefilter.ts), or `service-facts`,
 * the API calls and logins of a service's files that scope inference and the after-switch
 * analysis read. The last keeps migrate's skip rules (what migrate would not read holds no
 * call it rewrites) and its own text test.
 */
export type ScreenMode = PrefilterMode | 'service-facts';

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
async function processFile<T>(task: FileTask, mode: ScreenMode, analyse: (text: string) => T | Promise<T>): Promise<FileOutcome<T>> {
  const screened = screenFile(task, mode);
  return 'outcome' in screened ? screened.outcome : analyseScreened(screened, analyse);
}

/** A file read and past the prefilter: what the analysis starts from. */
export interface PassedScreen {
  task: FileTask;
  bytes: Buffer;
  /** why the file looks skippable; `check` scans it anyway (see processFile) */
  skipReason: string | null;
}

/** The outcome when the file is settled before any parse, else the bytes to analyse. */
export type Screened = { outcome: FileOutcome<never> } | PassedScreen;

/**
 * Everything up to the prefilter: name, read, size, content, needles. Cheap (no parse, no
 * decoding), so the main thread runs it on every file and only the files that pass go on
 * (see file-processor.ts).
 */
export function screenFile(task: FileTask, mode: ScreenMode): Screened {
  const { file } = task;
  const nameReason = getSkipReasonFromName(file);
  if (nameReason && mode !== 'check') return { outcome: { status: 'skipped', file, reason: nameReason } };
  let read: SourceRead;
  try {
    read = readSourceFile(task.realPath, mode === 'check' ? CHECK_MAX_FILE_BYTES : MAX_FILE_BYTES);
  } catch (error) {
    return { outcome: { status: 'error', file, message: `cannot read the file: ${describe(error)}`, scanned: false, parsed: false } };
  }
  if (read.tooLarge !== undefined) {
    const reason = getSkipReasonFromSize(read.tooLarge) as string;
    if (mode !== 'check') return { outcome: { status: 'skipped', file, reason } };
    if (task.otherExtension) return { outcome: { status: 'skipped', file, reason: `${reason}, of an extension that is not JavaScript's: not read` } };
    return { outcome: { status: 'error', file, message: `${reason}: too large to check, so it was not checked`, scanned: false, parsed: false } };
  }
  const { bytes } = read;
  // A source file stored in Git LFS but not fetched: the code that runs elsewhere is not here.
  // A gate must not pass it as empty (a pointer names nothing the rules look for). Files of
  // other extensions are left alone: pictures in LFS are common, and one is no JavaScript.
  if (mode === 'check' && !task.otherExtension && isGitLfsPointer(bytes)) {
    return { outcome: { status: 'error', file, message: LFS_POINTER_REASON, scanned: false, parsed: false } };
  }
  // Every test up to the prefilter runs on the bytes: most files fail the prefilter, and
  // those are never decoded into a string. A file of another extension has no skip reason to
  // give: it counts only once it parses, so its content (a picture, a source map) is not
  // validated as UTF-8 or measured for long lines on its way past the prefilter.
  const skipReason = task.otherExtension ? null : (nameReason ?? getSkipReasonFromSize(bytes.length) ?? getSkipReasonFromContent(bytes));
  if (skipReason !== null && mode !== 'check') return { outcome: { status: 'skipped', file, reason: skipReason } };
  const passes = mode === 'service-facts' ? couldHoldServiceFactsBytes(bytes) : couldHoldPasswordGrant(bytes, mode, task.options.tokenMethods);
  if (!passes) {
    if (task.otherExtension) return { outcome: { status: 'not-javascript', file } };
    return { outcome: skipReason !== null ? { status: 'skipped', file, reason: skipReason } : { status: 'done', file, parsed: false, value: null } };
  }
  return { task, bytes, skipReason };
}

/**
 * Thrown instead of an error outcome when the analysis ran out of stack and the caller
 * asked for it (`rethrowStackOverflow`): the main thread's stack is small, so a file nested
 * that deep is handed to a worker, whose stack is large, rather than reported unchecked.
 */
export class StackTooSmallError extends Error {}

async function analyseScreened<T>(screened: PassedScreen, analyse: (text: string) => T | Promise<T>, rethrowStackOverflow = false): Promise<FileOutcome<T>> {
  const { task, bytes, skipReason } = screened;
  const { file } = task;
  const text = bytes.toString('utf8');
  try {
    return { status: 'done', file, parsed: true, value: await analyse(text) };
  } catch (error) {
    if (rethrowStackOverflow && isStackOverflow(error)) throw new StackTooSmallError(file);
    // A file of another extension that does not parse is not JavaScript, and Node could not
    // run it either: not a file `check` failed to read.
    if (task.otherExtension && error instanceof ParseError) return { status: 'not-javascript', file };
    const message = skipReason === null ? describeFailure(error) : `${skipReason}, and it may hold a password grant, but it could not be checked: ${describeFailure(error)}`;
    return { status: 'error', file, message, scanned: true, parsed: true };
  }
}

function isStackOverflow(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'RangeError' && typeof message === 'string' && /call stack/i.test(message);
}

/** Why the content says to leave a file alone (binary, not UTF-8, minified), or null. */
function getSkipReasonFromContent(bytes: Buffer): string | null {
  if (looksBinary(bytes)) return 'binary content (NUL bytes), not source text';
  if (!isUtf8Text(bytes)) return 'not UTF-8 text (invalid byte sequences)';
  if (looksMinified(bytes)) return 'minified bundle (very long lines)';
  return null;
}

export function migrateFile(task: FileTask): Promise<FileOutcome<MigrationValue>> {
  return processFile(task, 'migrate', (text) => analyseForMigrate(task, text));
}

async function analyseForMigrate(task: FileTask, text: string): Promise<MigrationValue> {
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
}

export function checkFile(task: FileTask): Promise<FileOutcome<CheckFileResult>> {
  return processFile(task, 'check', (text) => analyseForCheck(task, text));
}

function analyseForCheck(task: FileTask, text: string): CheckFileResult {
  return loadAnalysers().checkSourceFile(text, task.file, optionsWithFacts(task), { otherExtension: task.otherExtension === true });
}

export function serviceFactsFile(task: FileTask): Promise<FileOutcome<FileServiceFacts>> {
  return processFile(task, 'service-facts', (text) => analyseForServiceFacts(task, text));
}

function analyseForServiceFacts(task: FileTask, text: string): FileServiceFacts | null {
  return loadAnalysers().collectFileServiceFacts(text, task.file);
}

/** The screen mode of a worker handler. */
export function modeOfHandler(handler: BatchHandlerName): ScreenMode {
  return handler === 'checkBatch' ? 'check' : handler === 'serviceFactsBatch' ? 'service-facts' : 'migrate';
}

/**
 * The analysis of a screened file on the thread that calls it (the main thread, for runs
 * where few files pass the prefilter). Throws StackTooSmallError for a file nested deeper
 * than this thread's stack allows; every other failure is the file's error outcome.
 */
export function analyseScreenedFile(handler: BatchHandlerName, screened: PassedScreen): Promise<FileOutcome<unknown>> {
  const { task } = screened;
  switch (handler) {
    case 'checkBatch':
      return analyseScreened(screened, (text) => analyseForCheck(task, text), true);
    case 'migrateBatch':
      return analyseScreened(screened, (text) => analyseForMigrate(task, text), true);
    case 'serviceFactsBatch':
      return analyseScreened(screened, (text) => analyseForServiceFacts(task, text), true);
  }
}

/** Type facts arrive as plain data (functions cannot cross threads); the detector wants `TypeFacts`. */
function optionsWithFacts(task: FileTask): FileTask['options'] {
  return task.typeFacts ? { ...task.options, facts: loadAnalysers().createTypeFacts(task.typeFacts) } : task.options;
}

function describe(error: unknown): string {
  // Duck-typed: on the main thread under a test runner, Node's own errors come from another realm.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
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
