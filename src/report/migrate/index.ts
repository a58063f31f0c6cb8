import { diffPrinter } from './diff';
import { jsonPrinter } from './json';
import { markdownPrinter } from './markdown';
import { textPrinter } from './text';
import type { MigrateFormat, MigratePrinter } from './types';

export { MIGRATE_FORMATS } from './types';
export type { MigrateFormat, MigratePrinter, MigrateReport, PrintContext } from './types';

const PRINTERS: Record<MigrateFormat, MigratePrinter> = {
  text: textPrinter,
  diff: diffPrinter,
  json: jsonPrinter,
  markdown: markdownPrinter,
};

export function getMigratePrinter(format: MigrateFormat): MigratePrinter {
  return PRINTERS[format];
}
