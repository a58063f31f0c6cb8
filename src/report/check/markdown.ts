import { RULES } from '../../check/rules/index';
import { countLevels, plural, renderCheckSummaryLine } from './summary';
import type { CheckPrinter } from './types';

/** A pull-request comment or job summary: a table of findings, then what could not be checked. */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A table cell: no pipes or line breaks may leak into the table's structure. */
function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return longestRun > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

export const markdownPrinter: CheckPrinter = {
  render(report) {
    const out: string[] = ['## Password grant check', ''];
    const { errors, warnings, files } = countLevels(report);
    if (report.findings.length === 0) {
      out.push('No OAuth password grants found.');
    } else {
      out.push(
        `**${plural(report.findings.length, 'finding')}** (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}.`,
        '',
        '| Location | Level | Rule | Message |',
        '|---|---|---|---|',
      );
      for (const finding of report.findings) {
        const location = code(`${finding.file}:${finding.line}:${finding.column}`).replace(/\|/g, '\\|');
        out.push(`| ${location} | ${finding.level} | ${code(finding.rule)} | ${cell(finding.message)} |`);
      }
      const rules = [...new Set(report.findings.map((finding) => finding.rule))];
      out.push('', '<details><summary>What to do</summary>', '');
      for (const rule of rules) out.push(`- ${code(rule)}: ${escapeHtml(RULES[rule].help)}`);
      out.push('', '</details>');
    }
    if (report.errors.length > 0) {
      out.push('', '### Files not checked', '', 'These files could not be read or parsed.', '');
      for (const error of report.errors) out.push(`- ${code(error.file)} — ${escapeHtml(error.message)}`);
    }
    out.push('', `<sub>${escapeHtml(renderCheckSummaryLine(report))}</sub>`);
    return `${out.join('\n')}\n`;
  },
};
