import { detectPasswordGrants } from '../detect/detect-password-grants';
import { TOKEN_METHOD, type DetectOptions } from '../detect/types';
import { parseSource, splitBom } from '../parse/parse-source';
import { draftFromGrantSite, draftFromHttpSite, draftFromReasonlessSuppression } from './finding-drafts';
import { assignFingerprints, type FindingDraft } from './fingerprint';
import { findHttpPasswordGrants } from './http/find-http-password-grants';
import { findSuppressions } from './suppressions';
import type { Finding } from './types';

/**
 * All findings of one file: SDK password grants and unverified token requests (from the
 * shared detector), raw HTTP password grants, and suppression comments without a reason.
 * Suppressed findings are already dropped. `file` is the report path (relative, `/`).
 * Throws ParseError when the file cannot be parsed.
 */
export function checkSource(source: string, file: string, options: DetectOptions = {}): Finding[] {
  const { text } = splitBom(source);
  const ast = parseSource(text, file);

  const drafts: FindingDraft[] = [
    // Each pass walks the whole tree, so each runs only where its subject is named: a file
    // passes the prefilter for any one of them (the SDK's own ApiClient.js names only `oauth`).
    ...(text.includes(TOKEN_METHOD) ? detectPasswordGrants(ast, text, options).map((site) => draftFromGrantSite(file, site)) : []),
    ...(text.includes('oauth') ? findHttpPasswordGrants(ast, text).map((site) => draftFromHttpSite(file, site)) : []),
  ];
  // Fingerprints are given before suppressions apply, so that suppressing one of two
  // identical calls does not change the other's fingerprint (and resurrect it in a baseline).
  const findings = assignFingerprints(drafts);

  const suppressions = findSuppressions(ast.comments);
  const suppressedLines = new Set(suppressions.map((comment) => comment.targetLine));
  const reasonless = assignFingerprints(
    suppressions.filter((comment) => comment.reason === '').map((comment) => draftFromReasonlessSuppression(file, comment)),
  );
  return [...findings.filter((finding) => !suppressedLines.has(finding.line)), ...reasonless].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}
