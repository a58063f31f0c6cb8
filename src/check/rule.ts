import type * as t from '@babel/types';
import type { DetectOptions, GrantSite } from '../detect/types';
import type { FindingDraft } from './fingerprint';
import type { Finding, Level, RuleId } from './types';

/**
 * The one interface every `check` rule implements. A rule is one module under `rules/`
 * (plus one valid/invalid table in `__tests__/`); the list of rules is `rules/index.ts`.
 * `check`, the SARIF/Markdown printers, the baseline schema and the ESLint plugin all read
 * the rules from that list, so a new rule is a new file and one line there.
 */

export interface RuleDescription {
  id: RuleId;
  /** the level a finding gets unless the configuration's `rules` says otherwise */
  level: Level;
  /** one line, for the SARIF `shortDescription` and tables */
  summary: string;
  /** what to do about a finding (SARIF `help`, Markdown) */
  help: string;
}

/** What a rule sees of one parsed file. Shared work is memoised here, not redone per rule. */
export interface RuleContext {
  /** report path (relative to the cwd, `/` separators) */
  file: string;
  /** the file's text, BOM removed */
  text: string;
  ast: t.File;
  options: CheckOptions;
  /** the shared detector's sites for `postOAuthApiToken` (and `tokenMethods`) calls, computed once per file */
  grantSites(): readonly GrantSite[];
  /**
   * `migrate` would rewrite this file: false for a file of another extension (`notes.txt`),
   * which `check` reads because Node runs it when required, but `migrate` leaves alone. Its
   * findings are then never `fixable`.
   */
  rewritable: boolean;
}

export interface CheckRule {
  meta: RuleDescription;
  /**
   * The rule can only find something in a file whose text contains one of these strings.
   * `checkSource` skips the rule elsewhere, and the runner's text prefilter is their union
   * (a test keeps the two in step), so a file without any costs no parse.
   */
  needles: readonly string[];
  /**
   * Needles that come from the configuration (the `tokenMethods` wrapper names): the run's
   * prefilter includes them too, since the task options carry them to the workers.
   */
  configuredNeedles?: (options: CheckOptions) => readonly string[];
  /** false for rules about suppression comments themselves: a suppression cannot silence them */
  suppressible: boolean;
  find(context: RuleContext): FindingDraft[];
  /**
   * Set for a rule that one file cannot decide (user-context-api: a call is a finding only in
   * a service that logs in without a user, which another file of the service may show). Its
   * `find` then returns candidates, and the judgement keeps those the whole service confirms.
   */
  service?: ServiceJudgement;
}

/** One file's part of a rule judged per service: plain data, since it comes back from a worker. */
export interface PendingServiceFindings {
  rule: RuleId;
  /** the rule's findings in this file, fingerprinted, suppressions already applied */
  candidates: Finding[];
  /** what the judgement needs to know about the file (the rule's own plain data) */
  facts: unknown;
}

export interface ServiceJudgementOptions {
  /** `--strict`: weaker candidates count too */
  strict: boolean;
}

export interface ServiceJudgement {
  /** the file's facts, collected wherever the rule's needles are in the file */
  collectFacts(context: RuleContext): unknown;
  /** after the scan, once per service: the candidates of its files that are findings */
  judge(files: readonly Pick<PendingServiceFindings, 'candidates' | 'facts'>[], options: ServiceJudgementOptions): Finding[];
}

/** `error` / `warn` / `off` per rule id, from the configuration file (ESLint's words). */
export type RuleSetting = 'error' | 'warn' | 'off';
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

export interface CheckOptions extends DetectOptions {
  /** per-rule levels; a rule set to `off` does not run */
  rules?: RuleSettings;
}
