import { existsSync } from 'fs';
import * as path from 'path';
import type { Props } from 'editorconfig';
import type { TrailingCommas } from '../rewrite/text-style';
import { DEFAULT_MAX_LINE_LENGTH, type LineLayout } from './types';

/**
 * The line layout of a file without Prettier: `max_line_length`, `indent_style`,
 * `indent_size` and `tab_width` from the `.editorconfig` files that apply to it (read with
 * the maintained `editorconfig` parser, the way editors read them; nothing is executed),
 * else 80 columns and the file's own indentation.
 */

export interface EditorconfigLayout {
  layout: LineLayout;
  /** true when an `.editorconfig` set at least one of the settings used */
  fromEditorconfig: boolean;
}

function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Reads the `.editorconfig` settings of `absolutePath`; an unreadable one counts as none. */
export function readEditorconfig(absolutePath: string): Props {
  try {
    const topmost = topmostEditorconfigFolder(absolutePath);
    // Searching no higher than the topmost folder that holds one reads the same files.
    return topmost === null ? {} : loadParser().parseSync(absolutePath, { root: topmost });
  } catch {
    return {};
  }
}

type EditorconfigParser = typeof import('editorconfig');
let parser: EditorconfigParser | undefined;

/**
 * The parser, loaded on the first file with an `.editorconfig` above it: loading it (with the
 * glob matcher it uses) took 30 ms, paid by every worker thread that formats a file, where a
 * repository without `.editorconfig` never needs it.
 */
function loadParser(): EditorconfigParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= require('editorconfig') as EditorconfigParser;
  return parser;
}

/**
 * The highest folder, from the file's up to the file system's root (the folders the parser
 * reads, in its order), that holds an `.editorconfig`, or null. Where there is none, the
 * parser's answer is `{}` (a file it cannot read counts as absent), so it is not asked; where
 * there is, it is told to stop there. It reads every candidate and fails on the missing ones,
 * and those thrown errors were most of a look-up's time (every rewritten file pays one).
 * Nothing is cached: a file added or edited while the process runs (the ESLint plugin's)
 * is read on the next look-up.
 */
function topmostEditorconfigFolder(absolutePath: string): string | null {
  const resolved = path.resolve(absolutePath);
  const root = path.parse(resolved).root;
  let topmost: string | null = null;
  for (let dir = path.dirname(resolved); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.editorconfig'))) topmost = dir;
    if (dir === root || path.dirname(dir) === dir) return topmost;
  }
}

/**
 * The layout for a file from its editorconfig properties and the habits read from its text.
 * A tab counts as `tab_width` (else `indent_size`, else 4) columns: generous, so that a line
 * we break fits whatever width a reader's tool gives a tab.
 */
export function getLineLayout(props: Props, fileHabits: { indentUnit: string; trailingCommas: TrailingCommas }): EditorconfigLayout {
  const maxLineLength = positiveNumber(props.max_line_length);
  const indentSize = positiveNumber(props.indent_size);
  const tabWidth = positiveNumber(props.tab_width) ?? indentSize ?? 4;
  let indentUnit = fileHabits.indentUnit;
  if (props.indent_style === 'tab') indentUnit = '\t';
  else if (props.indent_style === 'space') indentUnit = ' '.repeat(indentSize ?? (fileHabits.indentUnit === '\t' ? 2 : fileHabits.indentUnit.length));
  else if (indentSize !== undefined && indentUnit !== '\t') indentUnit = ' '.repeat(indentSize);
  const fromEditorconfig = maxLineLength !== undefined || props.indent_style === 'tab' || props.indent_style === 'space' || indentSize !== undefined;
  return {
    layout: { maxLineLength: maxLineLength ?? DEFAULT_MAX_LINE_LENGTH, indentUnit, tabWidth, trailingCommas: fileHabits.trailingCommas },
    fromEditorconfig,
  };
}
