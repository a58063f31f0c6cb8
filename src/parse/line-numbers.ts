import type { File } from '@babel/types';

/**
 * Line numbers as editors, git and GitHub count them: a line ends at a line feed only.
 * Babel also ends lines at a lone CR and at U+2028/U+2029, so a file holding one of those
 * (a pull request can plant one in a comment) would shift every later line number, and an
 * annotation or baseline entry would point at the wrong line. Where the source holds such a
 * character, every position in the tree is recomputed from its offset; elsewhere nothing is
 * done (the common case costs one regular-expression test).
 */

const OTHER_LINE_BREAK = /[\u2028\u2029]|\r(?!\n)/;

interface Position {
  line: number;
  column: number;
  index?: number;
}

/** 1-based line, 0-based column (UTF-16 units, as Babel counts them) of an offset. */
export function positionAt(source: string, offset: number, lineStarts: readonly number[] = findLineStarts(source)): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) };
}

/** Offsets where each line begins (after each line feed). */
export function findLineStarts(source: string): number[] {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** Rewrites every `loc` in the tree (nodes, comments, tokens) from offsets; returns the tree. */
export function correctLineNumbers(ast: File, source: string): File {
  if (!OTHER_LINE_BREAK.test(source)) return ast;
  const lineStarts = findLineStarts(source);
  const fix = (position: Position | undefined, offset: number | null | undefined): void => {
    if (!position || typeof offset !== 'number') return;
    const corrected = positionAt(source, offset, lineStarts);
    position.line = corrected.line;
    position.column = corrected.column;
  };
  // An explicit stack, not recursion: the tree can be as deep as the file's nesting.
  const stack: unknown[] = [ast];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const node = value as { start?: number; end?: number; loc?: { start: Position; end: Position } } & Record<string, unknown>;
    if (node.loc && typeof node.start === 'number') {
      fix(node.loc.start, node.start);
      fix(node.loc.end, node.end);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'loc' && child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return ast;
}
