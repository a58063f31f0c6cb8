import { structuredPatch } from 'diff';

/**
 * A file's change as a git-style unified diff: `diff --git a/x b/x`, `--- a/x`, `+++ b/x`,
 * then hunks with three lines of context, which is what `git apply` and review tools read.
 * Lines are kept as structured data so printers can colour or redact them.
 */

export interface PatchLine {
  /** `+` added, `-` removed, ` ` context, `\` the "No newline at end of file" marker */
  marker: '+' | '-' | ' ' | '\\';
  /** the line without its marker (a CRLF file keeps its `\r`) */
  text: string;
  /** 1-based line in the original file, for removed and context lines (and a context line re-added, see below) */
  oldLine: number | null;
}

export interface Hunk {
  header: string;
  lines: PatchLine[];
}

export interface FilePatch {
  /** `diff --git`, `---` and `+++` lines */
  headers: string[];
  hunks: Hunk[];
}

const CONTEXT_LINES = 3;

export function buildFilePatch(file: string, before: string, after: string): FilePatch {
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: CONTEXT_LINES });
  const oldName = quotePath(`a/${file}`);
  const newName = quotePath(`b/${file}`);
  const hunks = patch.hunks.map((hunk) => {
    let oldLine = hunk.oldStart;
    const lines: PatchLine[] = hunk.lines.flatMap((raw) => {
      const marker = raw[0] as PatchLine['marker'];
      const text = raw.slice(1);
      if (marker === ' ' && startsWorkflowCommand(text)) {
        // A context line is printed after one blank, which the Actions runner trims: a line of
        // code starting with `::` would run as a workflow command in the CI log. The same line
        // removed and added again applies identically, and no longer starts with a blank.
        const line = oldLine++;
        return [
          { marker: '-', text, oldLine: line },
          // still the old line's text: redaction (Markdown) looks lines up by it
          { marker: '+', text, oldLine: line },
        ] satisfies PatchLine[];
      }
      const line: PatchLine = { marker, text, oldLine: null };
      if (marker === '-' || marker === ' ') line.oldLine = oldLine++;
      return [line];
    });
    return { header: `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, lines };
  });
  return { headers: [`diff --git ${oldName} ${newName}`, `--- ${oldName}`, `+++ ${newName}`], hunks };
}

function startsWorkflowCommand(text: string): boolean {
  return /^\s*::/.test(text);
}

/** Unified-diff ranges: `start,count`, `start` alone for one line, the line before for none. */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * Git's quoting of unusual paths in patch headers (`core.quotePath`): a path with control
 * characters, quotes, backslashes or non-ASCII bytes is written as a C string with octal
 * escapes, and `git apply` reads it back the same way.
 */
export function quotePath(name: string): string {
  if (!/[\u0000-\u001f"\\\u007f-\uffff]/.test(name)) return name;
  let quoted = '"';
  for (const byte of Buffer.from(name, 'utf8')) {
    if (byte === 0x22) quoted += '\\"';
    else if (byte === 0x5c) quoted += '\\\\';
    else if (byte === 0x09) quoted += '\\t';
    else if (byte === 0x0a) quoted += '\\n';
    else if (byte < 0x20 || byte >= 0x7f) quoted += `\\${byte.toString(8).padStart(3, '0')}`;
    else quoted += String.fromCharCode(byte);
  }
  return `${quoted}"`;
}

/** Plain patch text for one file, ready for `git apply`. */
export function formatFilePatch(patch: FilePatch): string {
  const out = [...patch.headers];
  for (const hunk of patch.hunks) {
    out.push(hunk.header);
    for (const line of hunk.lines) out.push(line.marker + line.text);
  }
  return `${out.join('\n')}\n`;
}
