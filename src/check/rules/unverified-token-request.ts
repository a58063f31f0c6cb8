import { describeCode } from '../../detect/ast-utils';
import { getTokenMethods } from '../../detect/token-methods';
import { TOKEN_METHOD } from '../../detect/types';
import { draftFinding } from '../finding-drafts';
import type { CheckRule, RuleDescription } from '../rule';

const meta: RuleDescription = {
  id: 'unverified-token-request',
  level: 'warning',
  summary: 'postOAuthApiToken call whose grant cannot be determined statically',
  help:
    'The token request body is built at run time, so the tool cannot tell whether it is a password grant. ' +
    'Check it by hand; if it is one, migrate it to client credentials. Add a ' +
    "'// password-grant-codemod-ignore-next-line <reason>' comment once it is verified. Fails the run only with --strict.",
};

/** A `postOAuthApiToken` call whose grant the shared detector cannot decide. */
export const unverifiedTokenRequest: CheckRule = {
  meta,
  needles: [TOKEN_METHOD],
  configuredNeedles: (options) => getTokenMethods(options),
  suppressible: true,
  find(context) {
    return context
      .grantSites()
      .filter((site) => site.grant === 'unknown')
      .map((site) => {
        const call = `\`${describeCode(site.receiverText, 30)}.${site.method}(...)\``;
        const reason = site.reason ?? 'cannot tell whether this is a password grant';
        return draftFinding(context.file, meta, site, `${call}: ${reason}; check it by hand`, false);
      });
  },
};
