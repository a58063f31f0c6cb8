import type { ServiceChecklist } from '../../checklist/build-checklist';
import type { SecretKind } from '../../detect/types';
import type { FormatKind } from '../../format/types';
import type { RewriteOptions } from '../../rewrite/types';
import type { ServiceScopeInference } from '../../scopes/infer-service-scopes';
import type { ServiceAfterSwitch, UserContextEntry } from '../../service/after-switch';
import type { AnalysisMode } from '../../typeaware/types';

/** Where a file's scopes came from: the command line, the configuration (or one of its overrides), inference, or nowhere. */
export type ScopeSource = 'cli' | 'config' | 'inferred' | 'none' | `override ${string}`;

/**
 * Everything a `migrate` run found, in the order reports print it (by path, then line):
 * the one model every printer (text, diff, json, markdown) renders.
 */

export interface ChangedFile {
  /** report path: relative to the cwd, `/` separators */
  file: string;
  /** call sites rewritten */
  sites: number;
  scopes: string[];
  scopeSource: ScopeSource;
  /** when the scopes were inferred: the service's inference (scope → operations), for the reports */
  scopeInference?: ServiceScopeInference;
  /** the settings the file was rewritten with (env var names, target...) */
  options: RewriteOptions;
  /** env vars the old credentials were read from in this file */
  legacyEnvVars: string[];
  before: string;
  after: string;
  /** 1-based lines of the original text that held hard-coded credentials (for redaction) */
  secretLines: number[];
  /** with --project: whether the file was analysed with the project's type checker */
  mode?: AnalysisMode;
  /** which formatter laid out the rewritten statements (`none` with --no-format) */
  format?: FormatKind;
  /** what to know about the formatting: why Prettier was not used, what failed */
  notes?: string[];
}

export interface ManualEntry {
  file: string;
  line: number;
  column: number;
  reason: string;
  /** with --project: whether the file was analysed with the project's type checker */
  mode?: AnalysisMode;
}

export interface SecretEntry {
  file: string;
  line: number;
  kind: SecretKind;
}

export interface FileError {
  file: string;
  message: string;
}

export interface SkippedEntry {
  file: string;
  reason: string;
}

export interface MigrateSummary {
  /** files read and tested by the prefilter */
  filesScanned: number;
  /** files handed to the parser */
  filesParsed: number;
  filesChanged: number;
  sitesRewritten: number;
  manual: number;
  errors: number;
  skipped: number;
}

export interface MigrateReport {
  /** true when nothing was written (`--dry-run`): printers say "would change" */
  dryRun: boolean;
  changed: ChangedFile[];
  manual: ManualEntry[];
  secrets: SecretEntry[];
  errors: FileError[];
  skipped: SkippedEntry[];
  /** environment variables the old credentials came from: they can be retired after the move */
  legacyEnvVars: string[];
  /** the Developer Console steps left to people, per service */
  checklist: ServiceChecklist[];
  /** per service with a rewritten file: what it needs after the switch (permissions, calls that need a user) */
  services: ServiceAfterSwitch[];
  /** the calls that will fail after the switch (a client-credentials token has no user), by file, line, column */
  userContext: UserContextEntry[];
  summary: MigrateSummary;
  /** set when Ctrl-C stopped the run early: the report covers only what was done */
  interrupted?: InterruptedRun;
}

export interface InterruptedRun {
  /** discovered files that were never processed */
  filesNotProcessed: number;
  /** rewrites computed but not written (the run stopped before their turn) */
  changesNotWritten: number;
}

/** How a printer may decorate its text. */
export interface PrintContext {
  /** ANSI colour allowed (a TTY, NO_COLOR unset, not writing to --output) */
  color: boolean;
}

/** One printer per format: renders a finished report as the text to print or save. */
export interface MigratePrinter {
  render(report: MigrateReport, context: PrintContext): string;
  /** a short note for stderr when stdout carries machine-readable output (diff), else null */
  renderSideNote?(report: MigrateReport, context: PrintContext): string | null;
}

export const MIGRATE_FORMATS = ['text', 'diff', 'json', 'markdown'] as const;
export type MigrateFormat = (typeof MIGRATE_FORMATS)[number];
