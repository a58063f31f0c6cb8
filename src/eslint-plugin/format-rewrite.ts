import { formatRewrite as formatLikeMigrate } from '../format/format-rewrite';
import type { TextRange } from '../format/types';

/**
 * The formatting step of a rewrite, as the ESLint fix runs it: `migrate`'s own formatter
 * (src/format) with `migrate`'s defaults, so that `eslint --fix` writes what `migrate`
 * writes. Formatting (Prettier 3, `.editorconfig`) is asynchronous, as Prettier's API is;
 * the fix is synchronous, so this runs on a worker thread behind `format-sync.ts`.
 */

/** Plain data (it crosses a thread boundary). Both texts are the whole file without its BOM. */
export interface FormatRequest {
  /** absolute path of the file: where formatting configuration is looked up from */
  file: string;
  /** the file as it is on disk */
  before: string;
  /** the file as the rewrite (`transformSource`) leaves it */
  after: string;
  /** the statements the rewrite added or changed, as offsets into `after` */
  ranges: readonly TextRange[];
  /** the folder ESLint runs in: as for `migrate`, a Prettier is only loaded from inside it */
  root: string;
}

export async function formatRewrite(request: FormatRequest): Promise<string> {
  const outcome = await formatLikeMigrate(request.file, request.before, request.after, request.ranges, { enabled: true, root: request.root });
  return outcome.text;
}
