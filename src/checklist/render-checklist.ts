import type { ServiceChecklist } from './build-checklist';

/** The checklist as plain text: a heading per service, numbered steps. */
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
    lines.push(`**Service \`${service.service}\`**`, '');
    for (const step of service.steps) lines.push(`- [ ] ${step.text.replace(/\|/g, '\\|')}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
