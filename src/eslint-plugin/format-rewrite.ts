/**
 * The formatting step of a rewrite, as the ESLint fix runs it: the one place that decides
 * what a rewritten file looks like once formatted, so that `eslint --fix` writes what
 * `migrate` writes. Formatting (Prettier 3, `.editorconfig`) is asynchronous, as Prettier's
 * API is; the fix is synchronous, so this runs on a worker thread behind `format-sync.ts`.
 *
 * For now the rewrite is not formatted after the fact, so this is the identity. When
 * `migrate` formats its output, this calls the same function with the same inputs.
 */

/** Plain data (it crosses a thread boundary). Both texts are the whole file, BOM included. */
export interface FormatRequest {
  /** absolute path of the file: where formatting configuration is looked up from */
  file: string;
  /** the file as it is on disk */
  before: string;
  /** the file as the rewrite (`transformSource`) leaves it */
  after: string;
}

export async function formatRewrite(request: FormatRequest): Promise<string> {
  return request.after;
}
