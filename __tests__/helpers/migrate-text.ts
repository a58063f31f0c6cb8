import { formatWithLayout } from '../../src/format/format-rewrite';
import type { LineLayout } from '../../src/format/types';
import { transformSource } from '../../src/rewrite/transform-source';
import type { RewriteOptions, TransformResult } from '../../src/rewrite/types';

/**
 * The rewrite as `migrate` writes it in a repository without Prettier or `.editorconfig`:
 * transformSource, then the built-in layout (80 columns, the file's own habits), no I/O.
 */
export function migrateText(source: string, file: string, options: RewriteOptions, layout?: Partial<LineLayout>): TransformResult {
  const result = transformSource(source, file, options);
  if (!result.changed) return result;
  return { ...result, output: formatWithLayout(file, source, result.output, result.changedRanges, layout) };
}

/** The text without layout: white space and the commas before a closing bracket removed. */
export function withoutLayout(text: string): string {
  return text.replace(/\s+/g, '').replace(/,([)\]}])/g, '$1');
}
