/**
 * The cheap text test run before parsing: a file can only hold a password grant (or a
 * suppression comment) if one of these strings is in it. Most files of a repository fail it,
 * which is what keeps a run over a large repository fast.
 */
const MIGHT_HOLD_GRANT = /postOAuthApiToken|oauth\/token|password-grant-codemod-ignore/;

export function couldHoldPasswordGrant(text: string): boolean {
  return MIGHT_HOLD_GRANT.test(text);
}
