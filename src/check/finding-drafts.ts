import type { FindingDraft } from './fingerprint';
import type { RuleDescription } from './rule';

/** From what a detector found to a finding draft of one rule, with a one-line message. */

/**
 * Why a site `migrate` would rewrite in a source file is not fixable here: the file has
 * another extension (see RuleContext.rewritable), and `migrate` rewrites source files only.
 */
export const NOT_SOURCE_REASON = "migrate rewrites JavaScript and TypeScript files only, and this file's extension is neither";

export interface Span {
  loc: { line: number; column: number };
  endLoc: { line: number; column: number };
  normalizedText: string;
}

export function draftFinding(file: string, rule: RuleDescription, span: Span, message: string, fixable: boolean): FindingDraft {
  return {
    file,
    line: span.loc.line,
    column: span.loc.column,
    endLine: span.endLoc.line,
    endColumn: span.endLoc.column,
    rule: rule.id,
    level: rule.level,
    message,
    fixable,
    normalizedText: span.normalizedText,
  };
}
