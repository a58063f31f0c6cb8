import type { CheckFileResult } from '../check/check-source';
import { ParseError, UsageError } from '../errors';
import { couldHoldPasswordGrant, type PrefilterMode } from './prefilter';
import { readSourceFile, type SourceRead } from './read-source';
import { isUtf8Text, looksBinary, looksMinified } from './skip-rules';
import type { FileOutcome, FileTask, MigrationValue } from './tasks';

type Analysers = typeof import('./analysers');
let analysers: Analysers | undefined;

/** Loaded when the first file passes the prefilter (see analysers.ts for why). */
function loadAnalysers(): Analysers {
  analysers ??= require('./analysers') as Analysers;
  return analysers;
}

/**
 * The per-file work, shared by `migrate` and `check`: read once, skip what is generated,
 * prefilter, then run the mode's analysis. Never throws: whatever goes wrong with one file
 * becomes that file's error outcome, and the run goes on.
 */
async function processFile<T>(task: FileTask, mode: PrefilterMode, analyse: (text: string) => T | Promise<T>): Promise<FileOutcome<T>> {
  const { file } = task;
  let read: SourceRead;
  try {
    read = readSourceFile(task.realPath);
  } catch (error) {
    return { status: 'error', file, message: `cannot read the file: ${describe(error)}`, scanned: false, parsed: false };
  }
  if (read.skipReason !== undefined) return { status: 'skipped', file, reason: read.skipReason };
  const { bytes } = read;
  // Every test up to the prefilter runs on the bytes: most files fail the prefilter, and
  // those are never decoded into a string.
  if (looksBinary(bytes)) return { status: 'skipped', file, reason: 'binary content (NUL bytes), not source text' };
  if (!isUtf8Text(bytes)) return { status: 'skipped', file, reason: 'not UTF-8 text (invalid byte sequences)' };
  if (looksMinified(bytes)) return { status: 'skipped', file, reason: 'minified bundle (very long lines)' };
  if (!couldHoldPasswordGrant(bytes, mode, task.options.tokenMethods)) return { status: 'done', file, parsed: false, value: null };
  const text = bytes.toString('utf8');
  try {
    return { status: 'done', file, parsed: true, value: await analyse(text) };
  } catch (error) {
    return { status: 'error', file, message: describeFailure(error), scanned: true, parsed: true };
  }
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
  return `internal error while processing this file: ${describe(error)}`;
}
