import type { FindingDraft } from './fingerprint';
import type { RuleDescription } from './rule';

/** From what a detector found to a finding draft of one rule, with a one-line message. */

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
