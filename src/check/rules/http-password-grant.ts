import { TOKEN_METHOD } from '../../detect/types';
import { draftFinding, NOT_SOURCE_REASON } from '../finding-drafts';
import { describeEndpoint } from '../http/endpoint';
import { findHttpPasswordGrants } from '../http/find-http-password-grants';
import type { CheckOptions, CheckRule, RuleDescription } from '../rule';
import { planHttpRewrite } from '../../rewrite/http/plan-http-rewrite';

const meta: RuleDescription = {
  id: 'http-password-grant',
  level: 'error',
  summary: 'HTTP token request with grant_type=password, a user name and a password',
  help:
    'Request the token with grant_type=client_credentials and the OAuth client ID and secret (HTTP Basic ' +
    'authentication), or use the SDK’s loginClientCredentials. Requests to a Genesys Cloud login host whose body the tool can edit are ' +
    "fixable: 'password-grant-codemod migrate' rewrites them; requests to other endpoints are report-only.",
};

/**
 * The SDK token methods are `sdk-password-grant`'s: the configured ones (`tokenMethods`,
 * when the configuration has that key) as well as the default.
 */
function sdkTokenMethods(options: CheckOptions): string[] {
  const configured = (options as { tokenMethods?: unknown }).tokenMethods;
  const names = Array.isArray(configured) ? configured.filter((name): name is string => typeof name === 'string') : [];
  return [TOKEN_METHOD, ...names];
}

/** A raw HTTP request whose body carries `grant_type=password` with a user name and a password, to any URL. */
export const httpPasswordGrant: CheckRule = {
  meta,
  // Every body the rule reads names the grant type field (form strings, JSON, objects, pairs).
  needles: ['grant_type', 'grantType'],
  suppressible: true,
  find(context) {
    return findHttpPasswordGrants(context.ast, context.text, { excludedMethods: sdkTokenMethods(context.options) }).map((site) => {
      // The same decision as migrate's: fixable exactly when migrate rewrites the request.
      const plan = site.endpoint.kind === 'genesys' ? planHttpRewrite(site, context.text) : null;
      const fixable = plan?.ok === true && context.rewritable;
      const action = fixable
        ? "run 'password-grant-codemod migrate' to rewrite it to grant_type=client_credentials with HTTP Basic client authentication"
        : plan
          ? `request the token with grant_type=client_credentials instead (by hand: ${plan.ok ? NOT_SOURCE_REASON : plan.reason})`
          : 'request the token with grant_type=client_credentials instead';
      const message =
        `OAuth password grant over HTTP: \`${site.calleeText}\` sends grant_type=password with a user name and password to ${describeEndpoint(site.endpoint)}; ${action}`;
      return { ...draftFinding(context.file, meta, site, message, fixable), endpoint: site.endpoint };
    });
  },
};
