import { createColors } from 'picocolors';
import { renderChecklistText } from '../../checklist/render-checklist';
import { guardWorkflowCommands } from '../escape';
import { escapeForTerminal, renderFollowUp } from './text';
import type { MigratePrinter } from './types';
import { buildFilePatch, formatFilePatch, type FilePatch } from './unified-diff';

/**
 * The dry run's default: one patch for every changed file, applicable with `git apply`.
 * Stdout carries only the patch (so it can be saved and applied); the follow-up (manual
 * review, secrets, errors, summary) goes to stderr as a side note.
 *
 * Repository strings: the side note renders `escapeForTerminal(report)` (text.ts); the patch
 * carries code byte for byte (git quotes odd paths in its headers, see unified-diff.ts).
 */

function colourPatch(patch: FilePatch, color: boolean): string {
  if (!color) return formatFilePatch(patch);
  const c = createColors(true);
  const out = patch.headers.map((line) => c.bold(line));
  for (const hunk of patch.hunks) {
    out.push(c.cyan(hunk.header));
    for (const line of hunk.lines) {
      const text = line.marker + line.text;
      out.push(line.marker === '+' ? c.green(text) : line.marker === '-' ? c.red(text) : line.marker === '\\' ? c.dim(text) : text);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Entries per section of the stderr note; the text and JSON formats list everything. */
const SIDE_NOTE_LIMIT = 20;

export const diffPrinter: MigratePrinter = {
  render(report, context) {
    return report.changed.map((entry) => colourPatch(buildFilePatch(entry.file, entry.before, entry.after), context.color)).join('');
  },
  renderSideNote(unescaped, context) {
    const report = escapeForTerminal(unescaped);
    const checklist = renderChecklistText(report.checklist);
    return guardWorkflowCommands(`${renderFollowUp(report, context, SIDE_NOTE_LIMIT).join('\n').trimStart()}\n${checklist ? `\n${checklist}` : ''}`);
  },
};
