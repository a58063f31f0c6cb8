import { stringifyReportJson } from '../escape';
import type { CheckPrinter, CheckReport } from './types';

/** The machine contract of DESIGN.md ("JSON reports"), plus additive keys (end positions, skipped, baseline). */
export type CheckJsonReport = { version: 1 } & CheckReport;

export function toCheckJson(report: CheckReport): CheckJsonReport {
  const json: CheckJsonReport = {
    version: 1,
    findings: report.findings.map(({ file, line, column, endLine, endColumn, rule, level, message, fixable, fingerprint, endpoint, library }) => ({
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
      ...(endpoint ? { endpoint: { ...endpoint } } : {}),
      ...(library ? { library } : {}),
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
  if (report.configuration) {
    json.configuration = {
      file: report.configuration.file,
      weakened: report.configuration.weakened.map(({ rule, setting, where }) => ({ rule, setting, where })),
      ...(report.configuration.ignored && report.configuration.ignored.length > 0 ? { ignored: [...report.configuration.ignored] } : {}),
    };
  }
  return json;
}

export const jsonPrinter: CheckPrinter = {
  render(report) {
    return `${stringifyReportJson(toCheckJson(report))}\n`;
  },
};
