import { detectPasswordGrants } from '../detect/detect-password-grants';
import type { GrantSite } from '../detect/types';
import { parseSource, splitBom } from '../parse/parse-source';
import { assignFingerprints, type FindingDraft } from './fingerprint';
import type { CheckOptions, CheckRule, PendingServiceFindings, RuleContext } from './rule';
import { CHECK_RULES } from './rules/index';
import { findSuppressions } from './suppressions';
import { decodedEscapes } from '../text/js-escapes';
import { LabelledNeedles } from '../text/labelled-needles';
import type { Finding, Level } from './types';
import { mentionsAny } from '../text/mentions';

/** What `check` learns from one file: its findings, and its part of the rules judged per service. */
export interface CheckFileResult {
  findings: Finding[];
  /** candidates and facts of the rules that a service-level step decides after the scan (see judge-services.ts) */
  pending: PendingServiceFindings[];
}

/**
 * All findings of one file, from every rule of `rules/` that is not turned off and whose
 * subject the file names. Suppressed findings are already dropped. `file` is the report path
 * (relative, `/`). Throws ParseError when the file cannot be parsed. Rules judged per
 * service are left out: `checkSourceFile` returns their candidates.
 */
export function checkSource(source: string, file: string, options: CheckOptions = {}): Finding[] {
  return checkSourceFile(source, file, options).findings;
}

/** What the caller knows of the file beyond its name. */
export interface CheckedFileKind {
  /**
   * A file of another extension (`auth.txt`) that Node runs when code requires it: read as
   * plain JavaScript, as Node reads it, and never `fixable` (see RuleContext.rewritable).
   */
  otherExtension?: boolean;
}

/** `checkSource` with the pending part of the rules judged per service, for the runner's workers. */
export function checkSourceFile(source: string, file: string, options: CheckOptions = {}, kind: CheckedFileKind = {}): CheckFileResult {
  const { text } = splitBom(source);
  const otherExtension = kind.otherExtension === true;
  const ast = parseSource(text, file, { attachComment: false, plainJavaScript: otherExtension });

  let sites: readonly GrantSite[] | undefined;
  const context: RuleContext = {
    file,
    text,
    ast,
    options,
    grantSites: () => (sites ??= detectPasswordGrants(ast, text, options)),
    rewritable: !otherExtension,
  };

  const suppressible: FindingDraft[] = [];
  const unsuppressible: FindingDraft[] = [];
  const perService: { rule: CheckRule; drafts: FindingDraft[]; facts: unknown }[] = [];
  const named = rulesNamedIn(text);
  for (const [index, rule] of CHECK_RULES.entries()) {
    const level = levelOf(rule, options);
    // Each rule walks the tree, so each runs only where its subject is named: its own needles,
    // or the configuration's (the wrapper method names).
    if (level === null || !((named & ruleBit(index)) !== 0 || mentionsAny(text, rule.configuredNeedles?.(options) ?? []))) continue;
    const drafts = rule.find(context).map((draft) => (draft.level === level ? draft : { ...draft, level }));
    if (rule.service) perService.push({ rule, drafts, facts: rule.service.collectFacts(context) });
    else (rule.suppressible ? suppressible : unsuppressible).push(...drafts);
  }

  // Fingerprints are given before suppressions apply, so that suppressing one of two
  // identical calls does not change the other's fingerprint (and resurrect it in a baseline).
  const suppressedLines = new Set(findSuppressions(ast.comments).map((comment) => comment.targetLine));
  const unsuppressed = (drafts: readonly FindingDraft[]) => assignFingerprints(drafts).filter((finding) => !suppressedLines.has(finding.line));
  const findings = [...unsuppressed(suppressible), ...assignFingerprints(unsuppressible)].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  const pending = perService.map(({ rule, drafts, facts }) => ({
    rule: rule.meta.id,
    candidates: rule.suppressible ? unsuppressed(drafts) : assignFingerprints(drafts),
    facts,
  }));
  return { findings, pending };
}

/**
 * Which rules' needles the file names, for all rules in one pass over the text (and one over
 * its decoded escapes when it has a backslash: a name may be spelled with them, see
 * js-escapes.ts). A search per rule and needle was a pass each over every file the
 * prefilter let through: on the Genesys SDK's 4 MB bundles, where most needles are absent,
 * a fifth of the rules' time.
 */
const RULE_NEEDLES = new LabelledNeedles(CHECK_RULES.flatMap((rule, index) => rule.needles.map((needle) => ({ needle, label: ruleBit(index) }))));

function ruleBit(index: number): number {
  if (index > 30) throw new Error('more than 31 check rules: RULE_NEEDLES needs a wider label');
  return 1 << index;
}

/** The bits (by index in CHECK_RULES) of the rules whose own needles the text names. */
function rulesNamedIn(text: string): number {
  const named = RULE_NEEDLES.labelsIn(text);
  return text.includes('\\') ? named | RULE_NEEDLES.labelsIn(decodedEscapes(text)) : named;
}

/** The level a rule reports at under the configuration, or null when it is turned off. */
function levelOf(rule: CheckRule, options: CheckOptions): Level | null {
  const setting = options.rules?.[rule.meta.id];
  if (setting === 'off') return null;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return rule.meta.level;
}
