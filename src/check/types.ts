/** Shapes of `check` findings: the JSON/SARIF contract is built from these. */

export type RuleId =
  | 'sdk-password-grant'
  | 'http-password-grant'
  | 'unverified-token-request'
  | 'suppression-without-reason';

export type Level = 'error' | 'warning';

export interface Finding {
  /** path relative to the cwd, `/` separators */
  file: string;
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: RuleId;
  level: Level;
  message: string;
  fixable: boolean;
  /** stable across unrelated edits: path, rule, normalised source, occurrence index */
  fingerprint: string;
}
