import type * as t from '@babel/types';
import { listNodes } from '../parse/walk-nodes';

/**
 * The file's own formatting habits, read before any change so that the few lines we add
 * look like the lines around them: line ending, quote, indentation unit, semicolons.
 */
export interface TextStyle {
  eol: '\n' | '\r\n';
  quote: "'" | '"';
  indentUnit: string;
  semicolons: boolean;
  /**
   * Where the file puts a comma after the last item of a list broken over lines, in
   * Prettier's terms: `all` (arguments too), `es5` (objects and arrays only), `none`.
   */
  trailingCommas: TrailingCommas;
}

export type TrailingCommas = 'all' | 'es5' | 'none';

export function detectEol(source: string): '\n' | '\r\n' {
  // Counted with indexOf: matching every line break with a global regular expression built
  // an array of them, for each file twice.
  let crlf = 0;
  let lf = 0;
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) {
    if (index > 0 && source.charCodeAt(index - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** How deep in the tree the quote and trailing-comma habits are read (the program is 0). */
const HABIT_DEPTH = 40;

/** The quotes of the string literals of a tree, and the commas after the last items of its lists. */
interface TreeHabits {
  singleQuoted: number;
  doubleQuoted: number;
  commas: CommaCounts;
}

/**
 * One walk over the tree for both habits: the string literals' quotes and the trailing
 * commas (not inside strings' own children; deep enough to learn the habit).
 */
function collectTreeHabits(ast: t.File, source: string, quotes: boolean): TreeHabits {
  const habits: TreeHabits = { singleQuoted: 0, doubleQuoted: 0, commas: { literalsWith: 0, literalsWithout: 0, callsWith: 0, callsWithout: 0 } };
  const { commas } = habits;
  const { nodes, types, depths } = listNodes(ast);
  for (let index = 0; index < nodes.length; index++) {
    const type = types[index];
    if (type === 'StringLiteral') {
      if (!quotes || depths[index] > HABIT_DEPTH) continue;
      const first = source.charCodeAt(nodes[index].start ?? 0);
      if (first === 39) habits.singleQuoted++;
      else if (first === 34) habits.doubleQuoted++;
    } else if (type === 'ObjectExpression' || type === 'ArrayExpression') {
      if (depths[index] > HABIT_DEPTH) continue;
      const node = nodes[index] as t.ObjectExpression | t.ArrayExpression;
      const items = node.type === 'ObjectExpression' ? node.properties : node.elements;
      const verdict = countTrailingComma(source, items[items.length - 1] ?? undefined, node.end);
      if (verdict === 'with') commas.literalsWith++;
      else if (verdict === 'without') commas.literalsWithout++;
    } else if (type === 'CallExpression' || type === 'NewExpression') {
      if (depths[index] > HABIT_DEPTH) continue;
      const node = nodes[index] as t.CallExpression | t.NewExpression;
      if (node.arguments.length === 0) continue;
      const verdict = countTrailingComma(source, node.arguments[node.arguments.length - 1], node.end);
      if (verdict === 'with') commas.callsWith++;
      else if (verdict === 'without') commas.callsWithout++;
    }
  }
  return habits;
}

/** `' '.repeat(n)` for the deltas counted (1 to 8), made once. */
const SPACES = Array.from({ length: 9 }, (_, n) => ' '.repeat(n));

/**
 * The most common step between the indentation of a line and the last line indented with
 * spaces (a tab-indented line counts for a tab). The lines are found with indexOf, each as
 * offsets, not split into strings: this runs on every rewritten file, original and result.
 */
function detectIndentUnit(source: string): string {
  const counts = new Map<string, number>();
  let previous = 0;
  const length = source.length;
  for (let start = 0; ; ) {
    const next = source.indexOf('\n', start);
    const end = next === -1 ? length : next;
    // A line ends before `\r\n` or `\n`; a lone `\r` is part of it.
    const contentEnd = next !== -1 && end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let indentEnd = start;
    while (indentEnd < contentEnd) {
      const code = source.charCodeAt(indentEnd);
      if (code !== 32 && code !== 9) break;
      indentEnd++;
    }
    if (!isBlankFrom(source, indentEnd, contentEnd)) {
      if (indentEnd > start && source.charCodeAt(start) === 9) {
        counts.set('\t', (counts.get('\t') ?? 0) + 1);
      } else {
        const width = indentEnd - start;
        const delta = width - previous;
        previous = width;
        if (delta > 0 && delta <= 8) counts.set(SPACES[delta], (counts.get(SPACES[delta]) ?? 0) + 1);
      }
    }
    if (next === -1) break;
    start = next + 1;
  }
  let best = '  ';
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) {
      best = unit;
      bestCount = count;
    }
  }
  return best;
}

/** True when `source` holds only white space (as `trim` counts it) from `from` to `to`. */
function isBlankFrom(source: string, from: number, to: number): boolean {
  if (from >= to) return true;
  const code = source.charCodeAt(from);
  // Printable ASCII is never white space: the answer for almost every line, without a slice.
  if (code > 32 && code < 127) return false;
  return /^\s*$/.test(source.slice(from, to));
}

function detectSemicolons(ast: t.File, source: string): boolean {
  let withSemi = 0;
  let without = 0;
  for (const statement of ast.program.body) {
    if (statement.type !== 'ExpressionStatement' && statement.type !== 'VariableDeclaration') continue;
    if (source[(statement.end ?? 1) - 1] === ';') withSemi++;
    else without++;
  }
  return withSemi >= without;
}

interface CommaCounts {
  literalsWith: number;
  literalsWithout: number;
  callsWith: number;
  callsWithout: number;
}

/** Counts one list whose closing bracket is on a later line than its last item. */
function countTrailingComma(source: string, lastItem: t.Node | undefined, closeEnd: number | null | undefined): 'with' | 'without' | null {
  if (!lastItem || lastItem.end == null || closeEnd == null) return null;
  // Most lists are on one line: the break is looked for before the text is sliced.
  const lineBreak = source.indexOf('\n', lastItem.end);
  if (lineBreak === -1 || lineBreak >= closeEnd - 1) return null;
  const between = source.slice(lastItem.end, closeEnd - 1);
  if (/\/[/*]/.test(between)) return null; // a comment muddles it
  return between.trimStart().startsWith(',') ? 'with' : 'without';
}

/**
 * The file's trailing-comma habit. Without evidence, Prettier 3's default (`all`), which
 * is also what the rewrite wrote before it looked.
 */
export function detectTrailingCommas(ast: t.File, source: string): TrailingCommas {
  return trailingCommasFrom(collectTreeHabits(ast, source, false).commas);
}

function trailingCommasFrom(counts: CommaCounts): TrailingCommas {
  if (counts.callsWith + counts.callsWithout > 0) {
    if (counts.callsWith >= counts.callsWithout) return 'all';
    return counts.literalsWith + counts.literalsWithout > 0 && counts.literalsWithout > counts.literalsWith ? 'none' : 'es5';
  }
  if (counts.literalsWith + counts.literalsWithout === 0) return 'all';
  return counts.literalsWithout > counts.literalsWith ? 'none' : 'all';
}

export function detectTextStyle(ast: t.File, source: string): TextStyle {
  const habits = collectTreeHabits(ast, source, true);
  return {
    eol: detectEol(source),
    quote: habits.doubleQuoted > habits.singleQuoted ? '"' : "'",
    indentUnit: detectIndentUnit(source),
    semicolons: detectSemicolons(ast, source),
    trailingCommas: trailingCommasFrom(habits.commas),
  };
}

/**
 * The two habits the layout of a rewritten file reads (see format-rewrite.ts), without the
 * quote, semicolon and line-ending ones it does not.
 */
export function detectLayoutHabits(ast: t.File, source: string): Pick<TextStyle, 'indentUnit' | 'trailingCommas'> {
  return { indentUnit: detectIndentUnit(source), trailingCommas: detectTrailingCommas(ast, source) };
}

/** The white space that starts the line holding `offset`. */
export function lineIndentAt(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart, offset))?.[0] ?? '';
}

/** True when only white space stands between the start of the line and `offset`. */
export function startsLine(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(source.slice(lineStart, offset));
}

/** A string literal in the file's own quote style. */
export function quoteString(value: string, quote: "'" | '"'): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}
