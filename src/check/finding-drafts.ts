import { describeCode } from '../detect/ast-utils';
import type { GrantSite } from '../detect/types';
import type { FindingDraft } from './fingerprint';
import type { HttpGrantSite } from './http/find-http-password-grants';
import { RULES } from './rules';
import type { SuppressionComment } from './suppressions';
import type { RuleId } from './types';

/** From what the detectors found to findings: one rule each, with a one-line message. */

interface Span {
  loc: { line: number; column: number };
  endLoc: { line: number; column: number };
  normalizedText: string;
}

function draft(file: string, rule: RuleId, span: Span, message: string, fixable: boolean): FindingDraft {
  return {
    file,
    line: span.loc.line,
    column: span.loc.column,
    endLine: span.endLoc.line,
    endColumn: span.endLoc.column,
    rule,
    level: RULES[rule].level,
    message,
    fixable,
    normalizedText: span.normalizedText,
  };
}

/** A site of the shared detector: a password grant, or a call it cannot decide. */
export function draftFromGrantSite(file: string, site: GrantSite): FindingDraft {
  const call = `\`${describeCode(site.receiverText, 30)}.postOAuthApiToken(...)\``;
  if (site.grant === 'unknown') {
    const reason = site.reason ?? 'cannot tell whether this is a password grant';
    return draft(file, 'unverified-token-request', site, `${call}: ${reason}; check it by hand`, false);
  }
  const action = site.fixable
    ? "run 'password-grant-codemod migrate' to switch it to client credentials"
    : `migrate it by hand to client credentials (${site.reason ?? 'cannot be rewritten automatically'})`;
  return draft(file, 'sdk-password-grant', site, `OAuth password grant: ${call} logs in with a username and password; ${action}`, site.fixable);
}

export function draftFromHttpSite(file: string, site: HttpGrantSite): FindingDraft {
  const message =
    `OAuth password grant over HTTP: \`${site.calleeText}\` posts grant_type=password to /oauth/token; ` +
    'request the token with grant_type=client_credentials instead';
  return draft(file, 'http-password-grant', site, message, false);
}

export function draftFromReasonlessSuppression(file: string, comment: SuppressionComment): FindingDraft {
  const span = { loc: comment.start, endLoc: comment.end, normalizedText: comment.normalizedText };
  const message = 'suppression comment without a reason: add one after the marker to say why the next line is allowed';
  return draft(file, 'suppression-without-reason', span, message, false);
}
