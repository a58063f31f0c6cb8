import type * as t from '@babel/types';
import type { TextRange } from '../plan-removals';

/**
 * The text to delete so that some items of a comma-separated list (object properties, call
 * arguments) go and the rest stay well-formed: an item goes with the separator up to the
 * next kept item, or, after the last kept one, with the separator before it. Item ranges
 * are merged, so removing neighbours never leaves a stray comma.
 */
export function getListRemovalRanges(items: readonly t.Node[], removed: ReadonlySet<number>): TextRange[] {
  const kept = items.map((_, index) => !removed.has(index));
  const ranges: TextRange[] = [];
  for (const index of [...removed].sort((a, b) => a - b)) {
    const item = items[index];
    const next = kept.indexOf(true, index + 1);
    const previous = kept.lastIndexOf(true, index);
    if (next !== -1) ranges.push({ start: item.start ?? 0, end: items[next].start ?? 0 });
    else if (previous !== -1) ranges.push({ start: items[previous].end ?? 0, end: item.end ?? 0 });
    else ranges.push({ start: items[0].start ?? 0, end: items[items.length - 1].end ?? 0 });
  }
  return mergeTextRanges(ranges);
}

export function mergeTextRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
