import type { TextRange } from '../rewrite/changed-statements';
import type { TrailingCommas } from '../rewrite/text-style';

export type { TextRange };

/**
 * Which formatter laid out the statements a rewrite added or changed, as the JSON report
 * says it per changed file: the repository's own Prettier, the `.editorconfig` line length
 * and indentation, our built-in layout (80 columns, the file's own indentation), or none
 * (`--no-format`, a file Prettier is told to ignore, or a formatter that failed).
 */
export type FormatKind = 'prettier' | 'editorconfig' | 'builtin' | 'none';

/**
 * The run-wide formatting choices: plain data, since they travel to worker threads. Make one
 * object per run and give it to every file of the run: formatting keeps, for as long as the
 * object lives, what it looked up that a run does not change (see RunLookups in
 * format-rewrite.ts). The tasks of a worker batch share it, as one message keeps shared objects.
 */
export interface FormatSettings {
  /** false with --no-format */
  enabled: boolean;
  /**
   * The folder the run scans (its cwd): a Prettier installation is loaded only from inside
   * it, and its `.prettierignore` / `.gitignore` are the ones Prettier's CLI would read there.
   */
  root: string;
  /**
   * --trust-project-config: the repository's JavaScript configuration may run (a
   * `prettier.config.js`, a shared config package, Prettier plugins).
   */
  trustProjectConfig?: boolean;
}

export interface FormatOutcome {
  /** the rewritten text, formatted where that was possible */
  text: string;
  format: FormatKind;
  /** what a person should know: why Prettier was not used, what failed */
  notes: string[];
}

/** How the built-in layout breaks lines: from `.editorconfig`, else the defaults. */
export interface LineLayout {
  maxLineLength: number;
  /** one level of indentation: a tab or spaces */
  indentUnit: string;
  /** columns a tab counts for when measuring a line */
  tabWidth: number;
  trailingCommas: TrailingCommas;
}

export const DEFAULT_MAX_LINE_LENGTH = 80;
