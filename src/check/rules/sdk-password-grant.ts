import type { RuleDescription } from '../rule';
import { NOT_SOURCE_REASON } from '../finding-drafts';
import { sdkTokenCallRule } from './sdk-token-call-rule';

const meta: RuleDescription = {
  id: 'sdk-password-grant',
  level: 'error',
  summary: 'Genesys Cloud SDK login with the OAuth password grant (postOAuthApiToken)',
  help:
    'The password grant is blocked for non-interactive logins once SAML SSO is on. Create an OAuth client ' +
    '(Client Credentials) in the Developer Console and log in with loginClientCredentials(clientId, clientSecret, scopes). ' +
    "Fixable findings are rewritten by 'password-grant-codemod migrate'; the others need a manual change.",
};

/** A `postOAuthApiToken` call that the shared detector decided is a password grant. */
export const sdkPasswordGrant = sdkTokenCallRule({
  meta,
  grant: 'password',
  fixable: (site) => site.fixable,
  message(site, call, fixable) {
    const action = fixable
      ? "run 'password-grant-codemod migrate' to switch it to client credentials"
      : `migrate it by hand to client credentials (${site.fixable ? NOT_SOURCE_REASON : (site.reason ?? 'cannot be rewritten automatically')})`;
    return `OAuth password grant: ${call} logs in with a username and password; ${action}`;
  },
});
