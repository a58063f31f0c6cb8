import { createColors } from 'picocolors';
import type { Finding } from '../../check/types';
import { escapeTerminalText, guardWorkflowCommands, mapReportStrings } from '../escape';
import { renderCheckSummaryLine } from './summary';
import type { CheckPrinter } from './types';

/**
 * Repository strings: `render` passes the whole report through `escapeTerminalText`
 * (src/report/escape/terminal.ts) first; a line built from anything else must use it too.
 *
 * The human report, grouped by file as linters print it:
 *
 *     src/login.js
 *       4:9  error  OAuth password grant: ...  sdk-password-grant
 */

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  return groups;
}

export const textPrinter: CheckPrinter = {
  render(unescaped, context) {
    const report = mapReportStrings(unescaped, escapeTerminalText);
    const c = createColors(context.color);
    const lines: string[] = [];
    const positionWidth = Math.max(0, ...report.findings.map((finding) => `${finding.line}:${finding.column}`.length));
    for (const [file, findings] of groupByFile(report.findings)) {
      lines.push(c.underline(file));
      for (const finding of findings) {
        const position = `${finding.line}:${finding.column}`.padEnd(positionWidth);
        const level = finding.level === 'error' ? c.red('error  ') : c.yellow('warning');
        lines.push(`  ${c.dim(position)}  ${level}  ${finding.message}  ${c.dim(finding.rule)}`);
      }
      lines.push('');
    }
    if (report.errors.length > 0) {
      lines.push(c.bold(c.red('Files that could not be read or parsed (not checked):')));
      for (const error of report.errors) lines.push(`  ${error.file}  ${error.message}`);
      lines.push('');
    }
    const mark = report.findings.length > 0 ? c.red('✖ ') : report.errors.length > 0 ? c.yellow('! ') : c.green('✔ ');
    lines.push(`${mark}${renderCheckSummaryLine(report)}`);
    return guardWorkflowCommands(`${lines.join('\n')}\n`);
  },
};
