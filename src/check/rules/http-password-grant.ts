import { TOKEN_METHOD } from '../../detect/types';
import { draftFinding } from '../finding-drafts';
import { describeEndpoint } from '../http/endpoint';
import { findHttpPasswordGrants } from '../http/find-http-password-grants';
import type { CheckOptions, CheckRule, RuleDescription } from '../rule';

const meta: RuleDescription = {
  id: 'http-password-grant',
  level: 'error',
  summary: 'HTTP token request with grant_type=password, a user name and a password',
  help:
    'Request the token with grant_type=client_credentials and the OAuth client ID and secret (HTTP Basic ' +
    'authentication), or use the SDK’s loginClientCredentials. This rule is report-only: migrate does not rewrite raw HTTP calls.',
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
      const message =
        `OAuth password grant over HTTP: \`${site.calleeText}\` sends grant_type=password with a user name and password to ${describeEndpoint(site.endpoint)}; ` +
        'request the token with grant_type=client_credentials instead';
      return { ...draftFinding(context.file, meta, site, message, false), endpoint: site.endpoint };
    });
  },
};
