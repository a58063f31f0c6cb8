import type * as t from '@babel/types';
import { parseSource, REWRITTEN_TEXT_PARSE, splitBom } from '../parse/parse-source';
import { listNodes } from '../parse/walk-nodes';
import { findAddedLines } from '../rewrite/changed-statements';
import { detectEol } from '../rewrite/text-style';
import { breakLongCall, isCallNode, measureWidth } from './break-long-call';
import type { LineLayout, TextRange } from './types';

/**
 * The layout used where the repository has no Prettier: every line the rewrite added inside
 * a changed statement that is longer than the limit has its call broken (see
 * break-long-call.ts). Lines the rewrite did not add are never touched, whatever their length.
 * Pure: text in, text out.
 */

/**
 * What a too-long line may be broken at: calls with arguments, and objects and their
 * properties (a header added on a line of its own, `headers: { Authorization: ... },`,
 * holds no call around it).
 */
function isLayoutRoot(node: t.Node): boolean {
  if (isCallNode(node)) return node.arguments.length > 0;
  return (node.type === 'ObjectExpression' && node.properties.length > 0) || node.type === 'ObjectProperty';
}

/** The layout roots of a tree, down to depth 200 (the program is 0), parents first. */
function collectCalls(ast: t.File): t.Node[] {
  const calls: t.Node[] = [];
  const { nodes, types } = listNodes(ast);
  for (let index = 0; index < nodes.length; index++) {
    if (ROOT_TYPES.has(types[index]) && isLayoutRoot(nodes[index])) calls.push(nodes[index]);
  }
  return calls;
}

/** The node types isLayoutRoot can accept, to pick the nodes to look at by type alone. */
const ROOT_TYPES = new Set(['CallExpression', 'NewExpression', 'OptionalCallExpression', 'ObjectExpression', 'ObjectProperty']);

function inRanges(line: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => line.end > range.start && line.start < range.end);
}

/**
 * The node to break on a line, with where its text on the line starts: the longest call,
 * object or property that lies wholly on the line, or, in a member chain
 * (`client\n  .login(...)`), a call whose callee began on an earlier line but whose
 * arguments are all on this one.
 */
function outermostCallOn(calls: readonly t.Node[], line: TextRange, lineContentStart: number): { call: t.Node; from: number } | null {
  let best: { call: t.Node; from: number } | null = null;
  for (const call of calls) {
    const start = call.start ?? 0;
    const end = call.end ?? 0;
    if (end > line.end) continue;
    let from = start;
    if (start < line.start) {
      if (!isCallNode(call)) continue;
      const callee = (call as t.CallExpression).callee;
      if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') continue;
      if ((callee.property.start ?? 0) < line.start) continue;
      from = lineContentStart;
    }
    if (!best || end - from > (best.call.end ?? 0) - best.from) best = { call, from };
  }
  return best;
}

/**
 * `rewritten` with each over-long added line broken. `ranges` are offsets in `rewritten`
 * (BOM included); `original` tells which lines were added.
 */
export function layoutAddedLines(original: string, rewritten: string, ranges: readonly TextRange[], file: string, layout: LineLayout): string {
  const { bom, text } = splitBom(rewritten);
  const before = splitBom(original).text;
  const shifted = ranges.map((range) => ({ start: range.start - bom.length, end: range.end - bom.length }));
  const tooLong = findAddedLines(before, text).filter(
    (line) => inRanges(line, shifted) && measureWidth(text.slice(line.start, line.end), layout.tabWidth) > layout.maxLineLength,
  );
  if (tooLong.length === 0) return rewritten;

  const calls = collectCalls(parseSource(text, file, REWRITTEN_TEXT_PARSE));
  const eol = detectEol(text);
  let result = text;
  // Bottom to top, so that the offsets of the lines still to do stay valid.
  for (const line of [...tooLong].reverse()) {
    const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))?.[0] ?? '';
    const found = outermostCallOn(calls, line, line.start + indent.length);
    if (!found) continue;
    const { call, from: start } = found;
    const end = call.end ?? 0;
    const position = {
      indent,
      column: measureWidth(text.slice(line.start, start), layout.tabWidth),
      tail: measureWidth(text.slice(end, line.end), layout.tabWidth),
      from: start === call.start ? undefined : start,
    };
    const laidOut = breakLongCall(text, call, position, layout, eol);
    result = result.slice(0, start) + laidOut + result.slice(end);
  }
  return bom + result;
}
