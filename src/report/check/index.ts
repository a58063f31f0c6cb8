// PLACEHOLDER — the check engineer replaces the body (text, json, sarif, github, markdown
// reporters). Keep the `CheckReport` shape and the `renderCheckReport` signature: the check
// command (src/cli/commands/check.ts) calls it.
import type { Finding } from '../../check/types';

export interface CheckReport {
  findings: Finding[];
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: string }[];
  summary: { filesScanned: number; filesParsed: number; findings: number; errors: number };
}

export function renderCheckReport(report: CheckReport, format: string): string {
  void format;
  return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
}
