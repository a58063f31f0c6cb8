import type { RuleDescription } from '../rule';
import { sdkTokenCallRule } from './sdk-token-call-rule';

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
export const unverifiedTokenRequest = sdkTokenCallRule({
  meta,
  grant: 'unknown',
  fixable: () => false,
  message: (site, call) => `${call}: ${site.reason ?? 'cannot tell whether this is a password grant'}; check it by hand`,
});
