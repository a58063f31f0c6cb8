import type { Level, RuleId } from './types';

/**
 * The rules of `check`, as data: the text, SARIF and Markdown printers and the README all
 * describe a rule from here, so a rule reads the same everywhere.
 */
export interface RuleDescription {
  id: RuleId;
  level: Level;
  /** one line, for the SARIF `shortDescription` and tables */
  summary: string;
  /** what to do about a finding (SARIF `help`, Markdown) */
  help: string;
}

export const RULES: Record<RuleId, RuleDescription> = {
  'sdk-password-grant': {
    id: 'sdk-password-grant',
    level: 'error',
    summary: 'Genesys Cloud SDK login with the OAuth password grant (postOAuthApiToken)',
    help:
      'The password grant is blocked for non-interactive logins once SAML SSO is on. Create an OAuth client ' +
      '(Client Credentials) in the Developer Console and log in with loginClientCredentials(clientId, clientSecret, scopes). ' +
      "Fixable findings are rewritten by 'password-grant-codemod migrate'; the others need a manual change.",
  },
  'http-password-grant': {
    id: 'http-password-grant',
    level: 'error',
    summary: 'HTTP request to /oauth/token with grant_type=password',
    help:
      'Request the token with grant_type=client_credentials and the OAuth client ID and secret (HTTP Basic ' +
      'authentication), or use the SDK’s loginClientCredentials. This rule is report-only: migrate does not rewrite raw HTTP calls.',
  },
  'unverified-token-request': {
    id: 'unverified-token-request',
    level: 'warning',
    summary: 'postOAuthApiToken call whose grant cannot be determined statically',
    help:
      'The token request body is built at run time, so the tool cannot tell whether it is a password grant. ' +
      'Check it by hand; if it is one, migrate it to client credentials. Add a ' +
      "'// password-grant-codemod-ignore-next-line <reason>' comment once it is verified. Fails the run only with --strict.",
  },
  'suppression-without-reason': {
    id: 'suppression-without-reason',
    level: 'warning',
    summary: 'password-grant-codemod-ignore-next-line comment without a reason',
    help:
      "Say why the next line is allowed: '// password-grant-codemod-ignore-next-line <reason>'. " +
      'The comment still suppresses the next line, but a reason keeps the exception reviewable.',
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];
