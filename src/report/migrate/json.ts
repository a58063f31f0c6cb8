import type { MigratePrinter, MigrateReport } from './types';

/** The machine contract of DESIGN.md ("JSON reports"): nothing more, nothing less. */
export interface MigrateJsonReport {
  version: 1;
  changed: { file: string; sites: number; scopes: string[] }[];
  manual: { file: string; line: number; column: number; reason: string }[];
  secrets: { file: string; line: number; kind: 'username' | 'password' }[];
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: string }[];
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
    changed: report.changed.map(({ file, sites, scopes }) => ({ file, sites, scopes })),
    manual: report.manual.map(({ file, line, column, reason }) => ({ file, line, column, reason })),
    secrets: report.secrets.map(({ file, line, kind }) => ({ file, line, kind })),
    errors: report.errors.map(({ file, message }) => ({ file, message })),
    skipped: report.skipped.map(({ file, reason }) => ({ file, reason })),
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
    return `${JSON.stringify(toMigrateJson(report), null, 2)}\n`;
  },
};
