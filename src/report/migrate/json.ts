import type { ServiceChecklist } from '../../checklist/build-checklist';
import type { SecretKind } from '../../detect/types';
import type { FormatKind } from '../../format/types';
import type { AnalysisMode } from '../../typeaware/types';
import type { ScopeSource } from './types';
import type { ServiceScopeInference } from '../../scopes/infer-service-scopes';
import { collectScopeInferences } from '../../scopes/scope-report';
import type { UserContextEntry } from '../../service/after-switch';
import { stringifyReportJson } from '../escape';
import type { MigratePrinter, MigrateReport } from './types';

/** The machine contract of DESIGN.md ("JSON reports"): nothing more, nothing less. */
export interface MigrateJsonReport {
  version: 1;
  /** `mode` only with --project: "project" (type-aware) or "file" (outside the tsconfig) */
  /**
   * `scopeSource`: where the scopes came from (`cli`, `config`, `override <glob>`, `inferred`,
   * `none`); `service`: with `inferred`, the service whose entry in `scopeInference` explains them
   */
  /**
   * `format`: which formatter laid out the rewritten statements (`prettier`, `editorconfig`,
   * `builtin`, `none`); `notes`: what to know about it (additions to the DESIGN contract)
   */
  changed: {
    file: string;
    sites: number;
    scopes: string[];
    scopeSource: ScopeSource;
    service?: string;
    mode?: AnalysisMode;
    format: FormatKind;
    notes: string[];
  }[];
  /** per service whose scopes were inferred: scope → the operations that need it (an addition to the DESIGN contract) */
  scopeInference?: ServiceScopeInference[];
  manual: { file: string; line: number; column: number; reason: string; mode?: AnalysisMode }[];
  secrets: { file: string; line: number; kind: SecretKind }[];
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: string }[];
  /** Developer Console steps left to people, per service (an addition to the DESIGN contract) */
  checklist: ServiceChecklist[];
  /** the calls that will fail after the switch: a client-credentials token has no user (an addition) */
  userContext?: UserContextEntry[];
  summary: {
    filesScanned: number;
    filesParsed: number;
    filesChanged: number;
    sitesRewritten: number;
    manual: number;
    errors: number;
    skipped: number;
  };
}

export function toMigrateJson(report: MigrateReport): MigrateJsonReport {
  const { summary } = report;
  return {
    version: 1,
    changed: report.changed.map(({ file, sites, scopes, scopeSource, scopeInference, mode, format, notes }) => ({
      file,
      sites,
      scopes,
      scopeSource,
      ...(scopeInference ? { service: scopeInference.service } : {}),
      ...(mode ? { mode } : {}),
      format: format ?? 'none',
      notes: notes ?? [],
    })),
    manual: report.manual.map(({ file, line, column, reason, mode }) => ({ file, line, column, reason, ...(mode ? { mode } : {}) })),
    secrets: report.secrets.map(({ file, line, kind }) => ({ file, line, kind })),
    errors: report.errors.map(({ file, message }) => ({ file, message })),
    skipped: report.skipped.map(({ file, reason }) => ({ file, reason })),
    checklist: report.checklist,
    userContext: report.userContext.map(({ file, line, column, operation, confidence, alternative }) => ({ file, line, column, operation, confidence, alternative })),
    scopeInference: collectScopeInferences(report.changed),
    summary: {
      filesScanned: summary.filesScanned,
      filesParsed: summary.filesParsed,
      filesChanged: summary.filesChanged,
      sitesRewritten: summary.sitesRewritten,
      manual: summary.manual,
      errors: summary.errors,
      skipped: summary.skipped,
    },
  };
}

export const jsonPrinter: MigratePrinter = {
  render(report) {
    return `${stringifyReportJson(toMigrateJson(report))}\n`;
  },
};
