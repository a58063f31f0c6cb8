import { escapeAnnotationText, escapeTerminalText, mapReportStrings } from '../escape';
import { describeGateWeakening, describeGateWeakeningEffect, renderCheckSummaryLine } from './summary';
import type { CheckPrinter } from './types';

/**
 * Repository strings: `render` passes the whole report through `escapeTerminalText`
 * (src/report/escape/terminal.ts), then each command percent-encodes its properties and message.
 * The `file=` property alone takes the name through `escapeAnnotationText` (controls escaped,
 * `::` kept: the property is percent-encoded), so the annotation lands on the real file.
 *
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull
 * request's diff (`::error file=…,line=…,col=…,title=…::message`, `::warning` for warnings).
 * Escaping follows @actions/core, so commas and colons in a path or newlines in a message
 * cannot break the command.
 */

/** The message part: `%`, CR and LF are escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(level: 'error' | 'warning', properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(message)}`;
}

export const githubPrinter: CheckPrinter = {
  render(unescaped) {
    const report = mapReportStrings(unescaped, escapeTerminalText);
    const lines = report.findings.map((finding, index) =>
      command(
        finding.level,
        {
          file: escapeAnnotationText((unescaped.findings[index] as { file: string }).file),
          line: finding.line,
          col: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          title: `password-grant-codemod: ${finding.rule}`,
        },
        finding.message,
      ),
    );
    for (const [index, error] of report.errors.entries()) {
      lines.push(command('error', { file: escapeAnnotationText((unescaped.errors[index] as { file: string }).file), title: 'password-grant-codemod: file not checked' }, `could not be read or parsed: ${error.message}`));
    }
    const weakened = describeGateWeakening(report);
    if (weakened && report.configuration) {
      const title = report.configuration.weakened.length > 0 ? 'password-grant-codemod: rules turned down' : 'password-grant-codemod: files hidden from the gate';
      lines.push(command('warning', { file: escapeAnnotationText((unescaped.configuration as { file: string }).file), title }, `${weakened}: ${describeGateWeakeningEffect(report)}`));
    }
    lines.push(renderCheckSummaryLine(report));
    return `${lines.join('\n')}\n`;
  },
};
