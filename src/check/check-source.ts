import { detectPasswordGrants } from '../detect/detect-password-grants';
import type { GrantSite } from '../detect/types';
import { parseSource, splitBom } from '../parse/parse-source';
import { assignFingerprints, type FindingDraft } from './fingerprint';
import type { CheckOptions, CheckRule, RuleContext } from './rule';
import { CHECK_RULES } from './rules/index';
import { findSuppressions } from './suppressions';
import type { Finding, Level } from './types';

/**
 * All findings of one file, from every rule of `rules/` that is not turned off and whose
 * subject the file names. Suppressed findings are already dropped. `file` is the report path
 * (relative, `/`). Throws ParseError when the file cannot be parsed.
 */
export function checkSource(source: string, file: string, options: CheckOptions = {}): Finding[] {
  const { text } = splitBom(source);
  const ast = parseSource(text, file);

  let sites: readonly GrantSite[] | undefined;
  const context: RuleContext = {
    file,
    text,
    ast,
    options,
    grantSites: () => (sites ??= detectPasswordGrants(ast, text, options)),
  };

  const suppressible: FindingDraft[] = [];
  const unsuppressible: FindingDraft[] = [];
  for (const rule of CHECK_RULES) {
    const level = levelOf(rule, options);
    // Each rule walks the tree, so each runs only where its subject is named.
    const needles = rule.configuredNeedles ? [...rule.needles, ...rule.configuredNeedles(options)] : rule.needles;
    if (level === null || !needles.some((needle) => text.includes(needle))) continue;
    const drafts = rule.find(context).map((draft) => (draft.level === level ? draft : { ...draft, level }));
    (rule.suppressible ? suppressible : unsuppressible).push(...drafts);
  }

  // Fingerprints are given before suppressions apply, so that suppressing one of two
  // identical calls does not change the other's fingerprint (and resurrect it in a baseline).
  const findings = assignFingerprints(suppressible);
  const suppressedLines = new Set(findSuppressions(ast.comments).map((comment) => comment.targetLine));
  return [...findings.filter((finding) => !suppressedLines.has(finding.line)), ...assignFingerprints(unsuppressible)].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}

/** The level a rule reports at under the configuration, or null when it is turned off. */
function levelOf(rule: CheckRule, options: CheckOptions): Level | null {
  const setting = options.rules?.[rule.meta.id];
  if (setting === 'off') return null;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return rule.meta.level;
}
