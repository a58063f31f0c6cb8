import type MagicString from 'magic-string';
import type { HttpRewritePlan } from './plan-http-rewrite';
import type { HttpRenderContext, TextEdit } from './types';

/**
 * Writes the planned HTTP rewrites into the file's edit buffer: replacements and deletions
 * first, insertions last (magic-string drops text inserted at the edge of a range that is
 * replaced afterwards). Edits that two plans share (one body sent by two requests) are made
 * once. Throws when two edits overlap without being the same: the caller leaves the file alone.
 */
export function applyHttpRewrites(edits: MagicString, plans: readonly HttpRewritePlan[], context: HttpRenderContext): void {
  const seen = new Set<string>();
  const replacements: TextEdit[] = [];
  const insertions: TextEdit[] = [];
  for (const plan of plans) {
    for (const edit of [...plan.body.render(context), ...(plan.auth?.render(context) ?? [])]) {
      const key = `${edit.start}:${edit.end}:${edit.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (edit.start === edit.end ? insertions : replacements).push(edit);
    }
  }
  replacements.sort((a, b) => a.start - b.start);
  for (let index = 1; index < replacements.length; index++) {
    if (replacements[index].start < replacements[index - 1].end) throw new Error('overlapping HTTP rewrite edits');
  }
  for (const edit of replacements) {
    if (edit.text === '') edits.remove(edit.start, edit.end);
    else edits.overwrite(edit.start, edit.end, edit.text);
  }
  for (const edit of insertions) edits.appendLeft(edit.start, edit.text);
}
