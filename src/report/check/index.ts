import { readOwnPackageVersion } from '../../cli/package-info';
import { githubPrinter } from './github';
import { jsonPrinter } from './json';
import { markdownPrinter } from './markdown';
import { sarifPrinter } from './sarif';
import { textPrinter } from './text';
import type { CheckFormat, CheckPrintContext, CheckPrinter, CheckReport } from './types';

export { CHECK_FORMATS } from './types';
export type { CheckFormat, CheckPrintContext, CheckPrinter, CheckReport } from './types';

const PRINTERS: Record<CheckFormat, CheckPrinter> = {
  text: textPrinter,
  json: jsonPrinter,
  sarif: sarifPrinter,
  github: githubPrinter,
  markdown: markdownPrinter,
};

export function getCheckPrinter(format: CheckFormat): CheckPrinter {
  const printer = PRINTERS[format];
  if (!printer) throw new Error(`unknown check format: ${format}`);
  return printer;
}

/** The whole report in one format, as one document. */
export function renderCheckReport(report: CheckReport, format: string, context: Partial<CheckPrintContext> = {}): string {
  return getCheckPrinter(format as CheckFormat).render(report, {
    color: context.color ?? false,
    toolVersion: context.toolVersion ?? readOwnPackageVersion(),
  });
}
