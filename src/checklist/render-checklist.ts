import { markdownCode, markdownText } from '../report/escape';
import type { ServiceChecklist } from './build-checklist';

/** The checklist as plain text: a heading per service, numbered steps. Callers escape the model (escapeForTerminal). */
export function renderChecklistText(checklist: readonly ServiceChecklist[]): string {
  if (checklist.length === 0) return '';
  const lines = ['Developer Console checklist (steps left to people):'];
  for (const service of checklist) {
    lines.push('', `  service ${service.service}:`);
    service.steps.forEach((step, index) => lines.push(`    ${index + 1}. ${step.text}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The checklist as Markdown task lists, ready for a PR comment. */
export function renderChecklistMarkdown(checklist: readonly ServiceChecklist[]): string {
  if (checklist.length === 0) return '';
  const lines = ['### Developer Console checklist', ''];
  for (const service of checklist) {
    lines.push(`**Service ${markdownCode(service.service)}**`, '');
    // Step texts carry repository strings (service, env var and file names): prose, escaped.
    for (const step of service.steps) lines.push(`- [ ] ${markdownText(step.text)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
