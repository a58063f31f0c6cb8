import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findHttpPasswordGrants, type HttpGrantSite } from '../../check/http/find-http-password-grants';
import type { TextRange } from '../plan-removals';
import { ensureBasicAuth, type AuthEdit } from './ensure-basic-auth';
import { findEditableBody } from './find-editable-body';
import { findKeptClientSecrets } from './kept-client-secrets';
import { locateRequestParts } from './locate-request-parts';
import { fail, succeed, type BodyEdit, type HttpSecret, type Verdict } from './types';

/**
 * The one place that decides whether `migrate` rewrites a raw HTTP password grant: `check`
 * marks an `http-password-grant` finding fixable exactly when this says yes. Only requests
 * to a Genesys Cloud login host are rewritten (the grant's semantics and its Basic client
 * authentication are Genesys Cloud's); every other endpoint stays report-only.
 */

export interface HttpRewritePlan {
  site: HttpGrantSite;
  body: BodyEdit;
  /** null: the request already authenticates the client */
  auth: AuthEdit | null;
  /** hard-coded client credentials in the authentication the request keeps (to rotate) */
  keptSecrets: HttpSecret[];
  /**
   * REWRITTEN STATEMENTS: the statement holding the request (original offsets). With the
   * statements of `body.removedStatements` gone, this is all the HTTP rewrite changes
   * (besides dead declarations), so it is what a formatter of rewritten code should format.
   */
  statement: TextRange;
}

export interface HttpManualSite {
  site: HttpGrantSite;
  reason: string;
}

export const REPORT_ONLY_REASON = 'the request does not go to a Genesys Cloud login host (report only)';

function getStatementRange(request: NodePath): TextRange {
  const statement = request.getStatementParent() ?? request;
  return { start: statement.node.start ?? 0, end: statement.node.end ?? 0 };
}

/** Can migrate rewrite this request, and how? */
export function planHttpRewrite(site: HttpGrantSite, source: string): Verdict<HttpRewritePlan> {
  if (site.endpoint.kind !== 'genesys') return fail(REPORT_ONLY_REASON);
  const parts = locateRequestParts(site);
  if (!parts.ok) return parts;
  const body = findEditableBody(parts.value.body, source);
  if (!body.ok) return body;
  const auth = ensureBasicAuth(parts.value, body.value, source);
  if (!auth.ok) return auth;
  const keptSecrets = auth.value === null ? findKeptClientSecrets(parts.value) : [];
  return succeed({ site, body: body.value, auth: auth.value, keptSecrets, statement: getStatementRange(site.request) });
}

/** Every Genesys Cloud password-grant request of a file: the ones to rewrite and the ones left to a person. */
export function planHttpRewrites(ast: t.File, source: string): { plans: HttpRewritePlan[]; manual: HttpManualSite[] } {
  const plans: HttpRewritePlan[] = [];
  const manual: HttpManualSite[] = [];
  for (const site of findHttpPasswordGrants(ast, source)) {
    if (site.endpoint.kind !== 'genesys') continue;
    const plan = planHttpRewrite(site, source);
    if (plan.ok) plans.push(plan.value);
    else manual.push({ site, reason: plan.reason });
  }
  return { plans, manual };
}
