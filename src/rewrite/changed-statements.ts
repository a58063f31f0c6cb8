import type * as t from '@babel/types';
import { diffArrays } from 'diff';
import { listNodes } from '../parse/walk-nodes';

/**
 * Which statements of a rewritten file the rewrite added or changed, as offsets in the new
 * text: the only places a formatter may touch. Found from the texts themselves (the lines
 * of the new text that the old one does not have) and the new text's tree, so that every
 * kind of edit (added `init`, swapped call, a concise arrow turned into a block, a New Relic
 * import) is covered without each edit having to say where it landed.
 */

export interface TextRange {
  start: number;
  end: number;
}

/** Nodes a formatter can format on their own: statements and class members, not blocks. */
function isFormattingUnit(type: string): boolean {
  let unit = formattingUnitTypes.get(type);
  if (unit === undefined) {
    unit =
      type !== 'BlockStatement' &&
      type !== 'StaticBlock' &&
      (/Statement$|Declaration$/.test(type) ||
        type === 'ClassProperty' ||
        type === 'ClassPrivateProperty' ||
        type === 'ClassMethod' ||
        type === 'ClassPrivateMethod' ||
        type === 'ClassAccessorProperty');
    formattingUnitTypes.set(type, unit);
  }
  return unit;
}

/** isFormattingUnit's answer per node type, worked out once per type. */
const formattingUnitTypes = new Map<string, boolean>();

/** The formatting units of a tree, down to depth 200 (the program is 0), parents first. */
function collectUnits(ast: t.File): TextRange[] {
  const units: TextRange[] = [];
  const { nodes, types } = listNodes(ast);
  for (let index = 0; index < nodes.length; index++) {
    if (!isFormattingUnit(types[index])) continue;
    const node = nodes[index];
    if (node.start != null && node.end != null) units.push({ start: node.start, end: node.end });
  }
  return units;
}

/** The lines of `after` (offset ranges without their line break) that `before` does not have. */
export function findAddedLines(before: string, after: string): readonly TextRange[] {
  const last = lastAddedLines;
  if (last !== null && last.after === after && last.before === before) return last.added;
  const added = diffAddedLines(before, after);
  lastAddedLines = { before, after, added };
  return added;
}

/**
 * The last texts compared and their added lines: a migrated file's rewrite asks for them
 * (its changed statements), then its layout does (which added lines are too long), for the
 * same two texts; the line diff was a visible share of a rewritten file's time.
 */
let lastAddedLines: { before: string; after: string; added: readonly TextRange[] } | null = null;

function diffAddedLines(before: string, after: string): readonly TextRange[] {
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  const added: TextRange[] = [];
  let offset = 0;
  for (const change of diffArrays(oldLines, newLines)) {
    if (change.removed) continue;
    for (const line of change.value) {
      if (change.added) added.push({ start: offset, end: offset + line.replace(/\r$/, '').length });
      offset += line.length + 1;
    }
  }
  return added;
}

/** The innermost unit that holds the visible text of a line, or null. */
function innermostUnitHolding(units: readonly TextRange[], text: string, line: TextRange): TextRange | null {
  const content = text.slice(line.start, line.end);
  const first = line.start + (content.length - content.trimStart().length);
  const last = line.start + content.trimEnd().length;
  if (last <= first) return null;
  let best: TextRange | null = null;
  for (const unit of units) {
    if (unit.start <= first && unit.end >= last && (!best || unit.end - unit.start < best.end - best.start)) best = unit;
  }
  return best;
}

/**
 * The statements of `after` that hold a line `before` did not have, outermost only (a
 * formatter given a statement formats what it holds), sorted by offset.
 */
export function findChangedStatements(before: string, after: string, ast: t.File): TextRange[] {
  const units = collectUnits(ast);
  const chosen = new Map<string, TextRange>();
  for (const line of findAddedLines(before, after)) {
    const unit = innermostUnitHolding(units, after, line);
    if (unit) chosen.set(`${unit.start}:${unit.end}`, unit);
  }
  const sorted = [...chosen.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: TextRange[] = [];
  for (const range of sorted) {
    const previous = outermost[outermost.length - 1];
    if (previous && range.start >= previous.start && range.end <= previous.end) continue;
    outermost.push(range);
  }
  return outermost;
}
