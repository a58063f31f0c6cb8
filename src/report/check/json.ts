import type { Finding } from '../../check/types';
import type { CheckPrinter, CheckReport } from './types';

/** The machine contract of DESIGN.md ("JSON reports"), plus additive keys (end positions, skipped, baseline). */
export interface CheckJsonReport {
  version: 1;
  findings: Finding[];
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: string }[];
  summary: { filesScanned: number; filesParsed: number; findings: number; errors: number };
  baseline?: { file: string; matched: number; stale: number };
  baselineUpdated?: { file: string; recorded: number };
}

export function toCheckJson(report: CheckReport): CheckJsonReport {
  const json: CheckJsonReport = {
    version: 1,
    findings: report.findings.map(({ file, line, column, endLine, endColumn, rule, level, message, fixable, fingerprint }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      rule,
      level,
      message,
      fixable,
      fingerprint,
    })),
    errors: report.errors.map(({ file, message }) => ({ file, message })),
    skipped: report.skipped.map(({ file, reason }) => ({ file, reason })),
    summary: {
      filesScanned: report.summary.filesScanned,
      filesParsed: report.summary.filesParsed,
      findings: report.findings.length,
      errors: report.errors.length,
    },
  };
  if (report.baseline) json.baseline = { ...report.baseline };
  if (report.baselineUpdated) json.baselineUpdated = { ...report.baselineUpdated };
  return json;
}

export const jsonPrinter: CheckPrinter = {
  render(report) {
    return `${JSON.stringify(toCheckJson(report), null, 2)}\n`;
  },
};
