import type * as t from '@babel/types';

/**
 * Inline suppression: `// password-grant-codemod-ignore-next-line <reason>` (or the same in a
 * block comment) silences the findings that start on the line after the comment. Comments
 * are read from the AST, so the marker inside a string does not count.
 */

export const SUPPRESSION_MARKER = 'password-grant-codemod-ignore-next-line';

export interface SuppressionComment {
  /** the line the comment silences */
  targetLine: number;
  /** empty when the comment gives no reason */
  reason: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  /** the comment's text, whitespace-normalised, for fingerprints */
  normalizedText: string;
}

const MARKER_AT_START = new RegExp(`^${SUPPRESSION_MARKER}(?=\\s|$)(.*)$`, 's');

/** The reason after the marker; leading `--` or `:` separators are not a reason. */
function readReason(rest: string): string {
  return rest
    .replace(/\*\/?$/, '')
    .replace(/^[\s:\-–—]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The suppression comments of a parsed file. */
export function findSuppressions(comments: readonly t.Comment[] | null | undefined): SuppressionComment[] {
  const found: SuppressionComment[] = [];
  for (const comment of comments ?? []) {
    // Block comments may carry JSDoc-style leading asterisks.
    const body = comment.value.replace(/^[\s*]+/, '').trimEnd();
    const match = MARKER_AT_START.exec(body);
    if (!match || !comment.loc) continue;
    found.push({
      targetLine: comment.loc.end.line + 1,
      reason: readReason(match[1]),
      start: { line: comment.loc.start.line, column: comment.loc.start.column + 1 },
      end: { line: comment.loc.end.line, column: comment.loc.end.column + 1 },
      normalizedText: body.replace(/\s+/g, ' ').trim(),
    });
  }
  return found;
}
