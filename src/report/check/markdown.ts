import { RULES } from '../../check/rules/index';
import { htmlText, markdownCode, markdownTableCode, markdownText } from '../escape';
import { countLevels, describeGateWeakening, describeGateWeakeningEffect, plural, renderCheckSummaryLine } from './summary';
import type { CheckPrinter } from './types';

/**
 * A pull-request comment or job summary: a table of findings, then what could not be checked.
 *
 * Repository strings (paths, messages, reasons) go through the helpers of
 * src/report/escape/markdown.ts for the place they land: `markdownTableCode` /
 * `markdownText` in table cells, `markdownCode` / `markdownText` in list items, `htmlText`
 * inside HTML elements. Never interpolate one raw.
 */

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
        const location = markdownTableCode(`${finding.file}:${finding.line}:${finding.column}`);
        out.push(`| ${location} | ${finding.level} | ${markdownTableCode(finding.rule)} | ${markdownText(finding.message)} |`);
      }
      const rules = [...new Set(report.findings.map((finding) => finding.rule))];
      out.push('', '<details><summary>What to do</summary>', '');
      for (const rule of rules) out.push(`- ${markdownCode(rule)}: ${markdownText(RULES[rule].help)}`);
      out.push('', '</details>');
    }
    if (report.errors.length > 0) {
      out.push('', '### Files not checked', '', 'These files could not be read or parsed.', '');
      for (const error of report.errors) out.push(`- ${markdownCode(error.file)} — ${markdownText(error.message)}`);
    }
    const weakened = describeGateWeakening(report);
    if (weakened) out.push('', `> [!WARNING]`, `> ${markdownText(weakened)}: ${markdownText(describeGateWeakeningEffect(report))}.`);
    out.push('', `<sub>${htmlText(renderCheckSummaryLine(report))}</sub>`);
    return `${out.join('\n')}\n`;
  },
};
