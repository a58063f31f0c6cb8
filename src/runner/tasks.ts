import type { CheckFileResult } from '../check/check-source';
import type { CheckOptions } from '../check/rule';
import type { FormatKind, FormatSettings } from '../format/types';
import type { ManualSite, RewriteOptions, RewrittenSite, SecretReport } from '../rewrite/types';
import type { FileServiceFacts } from '../scopes/collect-service-calls';
import type { SerializedTypeFacts } from '../typeaware/types';

/**
 * The messages between the main thread and the workers. Everything here is plain data,
 * because it crosses a thread boundary by structured clone.
 */

export interface FileTask {
  /** report path (relative to the cwd, `/`): what the transform and the reports call the file */
  file: string;
  /** where the worker reads the file */
  realPath: string;
  /** the rewrite settings, the wrapper names (`tokenMethods`) and, for check, the rule levels */
  options: RewriteOptions & Pick<CheckOptions, 'rules'>;
  /** type-aware mode (--project): what the type checker knows of this file, as plain data */
  typeFacts?: SerializedTypeFacts;
  /** `migrate`: how to format the rewritten statements (absent: not at all) */
  format?: FormatSettings;
  /**
   * `check`: a file of another extension, read because Node runs it as JavaScript when code
   * requires it. It counts only if it parses as JavaScript (see process-file.ts).
   */
  otherExtension?: true;
}

/** The name of the worker function that handles a batch (see worker.ts). */
export type BatchHandlerName = 'migrateBatch' | 'checkBatch' | 'serviceFactsBatch';

export type FileOutcome<T> =
  /** left alone, e.g. a minified bundle or a file that is not UTF-8 */
  | { status: 'skipped'; file: string; reason: string }
  /** could not be read or parsed; `scanned`/`parsed` say how far it got */
  | { status: 'error'; file: string; message: string; scanned: boolean; parsed: boolean }
  /** read and tested by the prefilter; `value` is null when the prefilter ruled it out */
  | { status: 'done'; file: string; parsed: boolean; value: T | null }
  /**
   * a file of another extension (`otherExtension`) that is not JavaScript Node could run: it
   * names nothing the rules look for, or does not parse. Not reported, not counted.
   */
  | { status: 'not-javascript'; file: string };

/** What `migrate` learns about one file. Texts are sent only for changed files. */
export interface MigrationValue {
  changed: boolean;
  sites: RewrittenSite[];
  manual: ManualSite[];
  secrets: SecretReport[];
  legacyEnvVars: string[];
  scopes: string[];
  /** sites held back only because no scopes were known (see TransformResult) */
  waitingForScopes: number;
  before?: string;
  after?: string;
  /** changed files: which formatter laid out the rewritten statements, and what to know about it */
  format?: FormatKind;
  notes?: string[];
}

export type MigrationOutcome = FileOutcome<MigrationValue>;
export type CheckOutcome = FileOutcome<CheckFileResult>;

/** What a service's file holds for scope inference and the after-switch analysis (null: nothing). */
export type ServiceFactsOutcome = FileOutcome<FileServiceFacts>;
