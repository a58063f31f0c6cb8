import { describeCode } from '../../detect/ast-utils';
import { getTokenMethods } from '../../detect/token-methods';
import { TOKEN_METHOD } from '../../detect/types';
import { draftFinding } from '../finding-drafts';
import type { CheckRule, RuleDescription } from '../rule';

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
export const sdkPasswordGrant: CheckRule = {
  meta,
  needles: [TOKEN_METHOD],
  configuredNeedles: (options) => getTokenMethods(options),
  suppressible: true,
  find(context) {
    return context
      .grantSites()
      .filter((site) => site.grant === 'password')
      .map((site) => {
        const call = `\`${describeCode(site.receiverText, 30)}.${site.method}(...)\``;
        const action = site.fixable
          ? "run 'password-grant-codemod migrate' to switch it to client credentials"
          : `migrate it by hand to client credentials (${site.reason ?? 'cannot be rewritten automatically'})`;
        const message = `OAuth password grant: ${call} logs in with a username and password; ${action}`;
        return draftFinding(context.file, meta, site, message, site.fixable);
      });
  },
};
