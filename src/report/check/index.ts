import { readOwnPackageVersion } from '../../io/package-info';
import type { CheckFormat, CheckPrintContext, CheckPrinter, CheckReport } from './types';

export { CHECK_FORMATS } from './types';
export type { CheckFormat, CheckPrintContext, CheckPrinter, CheckReport } from './types';

/**
 * Each printer is loaded when its format is asked for: the SARIF and Markdown printers read
 * the rules' descriptions, and loading the rules loads Babel, which a run that parsed nothing
 * (most runs over a repository without grants) has no other reason to load.
 */
const PRINTERS: Record<CheckFormat, () => CheckPrinter> = {
  text: () => (require('./text') as typeof import('./text')).textPrinter,
  json: () => (require('./json') as typeof import('./json')).jsonPrinter,
  sarif: () => (require('./sarif') as typeof import('./sarif')).sarifPrinter,
  github: () => (require('./github') as typeof import('./github')).githubPrinter,
  markdown: () => (require('./markdown') as typeof import('./markdown')).markdownPrinter,
};

export function getCheckPrinter(format: CheckFormat): CheckPrinter {
  const load = Object.prototype.hasOwnProperty.call(PRINTERS, format) ? PRINTERS[format] : undefined;
  if (!load) throw new Error(`unknown check format: ${format}`);
  return load();
}

/** The whole report in one format, as one document. */
export function renderCheckReport(report: CheckReport, format: string, context: Partial<CheckPrintContext> = {}): string {
  return getCheckPrinter(format as CheckFormat).render(report, {
    color: context.color ?? false,
    toolVersion: context.toolVersion ?? readOwnPackageVersion(),
  });
}
