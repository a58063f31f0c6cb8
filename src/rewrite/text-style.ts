import type * as t from '@babel/types';

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
  const crlf = (source.match(/\r\n/g) ?? []).length;
  const lf = (source.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function detectQuote(ast: t.File, source: string): "'" | '"' {
  let single = 0;
  let double = 0;
  forEachStringLiteral(ast.program, (literal) => {
    const first = source[literal.start ?? 0];
    if (first === "'") single++;
    else if (first === '"') double++;
  });
  return double > single ? '"' : "'";
}

/**
 * Cheap walk over the string literals of a tree (not inside strings' own children), good
 * enough to learn the habit. A plain recursion: as a generator it was a visible share of
 * a rewrite's time.
 */
function forEachStringLiteral(node: t.Node, visit: (literal: t.StringLiteral) => void, depth = 0): void {
  if (depth > 40) return;
  if (node.type === 'StringLiteral') {
    visit(node);
    return;
  }
  for (const key of Object.keys(node) as (keyof t.Node)[]) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    const value = node[key] as unknown;
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') forEachStringLiteral(child, visit, depth + 1);
    } else if (value && typeof (value as t.Node).type === 'string') {
      forEachStringLiteral(value as t.Node, visit, depth + 1);
    }
  }
}

function detectIndentUnit(source: string): string {
  const counts = new Map<string, number>();
  let previous = 0;
  for (const line of source.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (match.startsWith('\t')) {
      counts.set('\t', (counts.get('\t') ?? 0) + 1);
      continue;
    }
    const delta = match.length - previous;
    previous = match.length;
    if (delta > 0 && delta <= 8) counts.set(' '.repeat(delta), (counts.get(' '.repeat(delta)) ?? 0) + 1);
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
  const between = source.slice(lastItem.end, closeEnd - 1);
  if (!between.includes('\n') || /\/[/*]/.test(between)) return null; // one line, or a comment muddles it
  return between.trimStart().startsWith(',') ? 'with' : 'without';
}

function collectTrailingCommas(node: t.Node, source: string, counts: CommaCounts, depth = 0): void {
  if (depth > 40) return;
  if (node.type === 'ObjectExpression' || node.type === 'ArrayExpression') {
    const items = node.type === 'ObjectExpression' ? node.properties : node.elements;
    const verdict = countTrailingComma(source, items[items.length - 1] ?? undefined, node.end);
    if (verdict === 'with') counts.literalsWith++;
    else if (verdict === 'without') counts.literalsWithout++;
  } else if ((node.type === 'CallExpression' || node.type === 'NewExpression') && node.arguments.length > 0) {
    const verdict = countTrailingComma(source, node.arguments[node.arguments.length - 1], node.end);
    if (verdict === 'with') counts.callsWith++;
    else if (verdict === 'without') counts.callsWithout++;
  }
  for (const key of Object.keys(node) as (keyof t.Node)[]) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    const value = node[key] as unknown;
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') collectTrailingCommas(child, source, counts, depth + 1);
    } else if (value && typeof (value as t.Node).type === 'string') {
      collectTrailingCommas(value as t.Node, source, counts, depth + 1);
    }
  }
}

/**
 * The file's trailing-comma habit. Without evidence, Prettier 3's default (`all`), which
 * is also what the rewrite wrote before it looked.
 */
export function detectTrailingCommas(ast: t.File, source: string): TrailingCommas {
  const counts: CommaCounts = { literalsWith: 0, literalsWithout: 0, callsWith: 0, callsWithout: 0 };
  collectTrailingCommas(ast.program, source, counts);
  if (counts.callsWith + counts.callsWithout > 0) {
    if (counts.callsWith >= counts.callsWithout) return 'all';
    return counts.literalsWith + counts.literalsWithout > 0 && counts.literalsWithout > counts.literalsWith ? 'none' : 'es5';
  }
  if (counts.literalsWith + counts.literalsWithout === 0) return 'all';
  return counts.literalsWithout > counts.literalsWith ? 'none' : 'all';
}

export function detectTextStyle(ast: t.File, source: string): TextStyle {
  return {
    eol: detectEol(source),
    quote: detectQuote(ast, source),
    indentUnit: detectIndentUnit(source),
    semicolons: detectSemicolons(ast, source),
    trailingCommas: detectTrailingCommas(ast, source),
  };
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
