import { draftFinding } from '../finding-drafts';
import { describeEndpoint } from '../http/endpoint';
import { findHttpPasswordGrants } from '../http/find-http-password-grants';
import type { CheckRule, RuleDescription } from '../rule';

const meta: RuleDescription = {
  id: 'http-password-grant',
  level: 'error',
  summary: 'HTTP request to /oauth/token with grant_type=password',
  help:
    'Request the token with grant_type=client_credentials and the OAuth client ID and secret (HTTP Basic ' +
    'authentication), or use the SDK’s loginClientCredentials. This rule is report-only: migrate does not rewrite raw HTTP calls.',
};

/** A raw HTTP token request whose body carries `grant_type=password`. */
export const httpPasswordGrant: CheckRule = {
  meta,
  // The SDK's own ApiClient.js names `oauth/token` but not postOAuthApiToken.
  needles: ['oauth/token'],
  suppressible: true,
  find(context) {
    return findHttpPasswordGrants(context.ast, context.text).map((site) => {
      const message =
        `OAuth password grant over HTTP: \`${site.calleeText}\` posts grant_type=password to ${describeEndpoint(site.endpoint)}; ` +
        'request the token with grant_type=client_credentials instead';
      return { ...draftFinding(context.file, meta, site, message, false), endpoint: site.endpoint };
    });
  },
};
