import { draftFinding } from '../finding-drafts';
import { describeEndpoint } from '../http/endpoint';
import { findHttpPasswordGrants } from '../http/find-http-password-grants';
import type { CheckRule, RuleDescription } from '../rule';
import { planHttpRewrite } from '../../rewrite/http/plan-http-rewrite';

const meta: RuleDescription = {
  id: 'http-password-grant',
  level: 'error',
  summary: 'HTTP request to /oauth/token with grant_type=password',
  help:
    'Request the token with grant_type=client_credentials and the OAuth client ID and secret (HTTP Basic ' +
    'authentication), or use the SDK’s loginClientCredentials. Requests to a Genesys Cloud login host whose body the tool can edit are ' +
    "fixable: 'password-grant-codemod migrate' rewrites them; requests to other endpoints are report-only.",
};

/** A raw HTTP token request whose body carries `grant_type=password`. */
export const httpPasswordGrant: CheckRule = {
  meta,
  // The SDK's own ApiClient.js names `oauth/token` but not postOAuthApiToken.
  needles: ['oauth/token'],
  suppressible: true,
  find(context) {
    return findHttpPasswordGrants(context.ast, context.text).map((site) => {
      // The same decision as migrate's: fixable exactly when migrate rewrites the request.
      const plan = site.endpoint.kind === 'genesys' ? planHttpRewrite(site, context.text) : null;
      const action = plan?.ok
        ? "run 'password-grant-codemod migrate' to rewrite it to grant_type=client_credentials with HTTP Basic client authentication"
        : plan
          ? `request the token with grant_type=client_credentials instead (by hand: ${plan.reason})`
          : 'request the token with grant_type=client_credentials instead';
      const message = `OAuth password grant over HTTP: \`${site.calleeText}\` posts grant_type=password to ${describeEndpoint(site.endpoint)}; ${action}`;
      return { ...draftFinding(context.file, meta, site, message, plan?.ok === true), endpoint: site.endpoint };
    });
  },
};
