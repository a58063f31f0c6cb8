/**
 * What a request body is known to carry, as far as the file shows: the grant type and
 * whether a user name and a password field are in it. A password grant is the body with
 * grant type `password` and both credentials, or parts known only at run time (a spread of
 * a parameter, a form segment built elsewhere) that may hold them.
 */

export interface BodyFacts {
  /** `undefined`: no grant type field; `null`: a grant type field of a value not known statically */
  grantType?: string | null;
  username: boolean;
  password: boolean;
  /** the body has parts the file does not show (they may hold the credentials) */
  open: boolean;
}

const GRANT_TYPE_KEYS = new Set(['grant_type', 'grantType']);
/** The resource owner's name under the field names real token requests use (ember-simple-auth's `identification` too). */
const USERNAME_KEY = /^(?:user(?:_?(?:name|id))?|u_?name|login|e?mail|account|phone|mobile|identification|identifier)$/i;
const PASSWORD_KEY = /^(?:pass(?:word|wd)?|pwd|user_?password)$/i;

export const NO_FACTS: Readonly<BodyFacts> = Object.freeze({ username: false, password: false, open: false });

export function isGrantTypeKey(key: string): boolean {
  return GRANT_TYPE_KEYS.has(key);
}

/** The facts one field adds; `value` is its static text (null: not known statically). */
export function fieldFacts(key: string, value: string | null): BodyFacts {
  if (isGrantTypeKey(key)) return { ...NO_FACTS, grantType: value };
  return { ...NO_FACTS, username: USERNAME_KEY.test(key), password: PASSWORD_KEY.test(key) };
}

/** Two parts of one body (or of one request: chained `.send()`s); a later grant type wins, as at run time. */
export function mergeFacts(first: BodyFacts, second: BodyFacts): BodyFacts {
  return {
    grantType: second.grantType !== undefined ? second.grantType : first.grantType,
    username: first.username || second.username,
    password: first.password || second.password,
    open: first.open || second.open,
  };
}

/**
 * Grant types that are the resource owner password grant: `password`, and Auth0's extension
 * grant `password-realm` (the same user name and password, with the connection named as `realm`).
 */
const PASSWORD_GRANT_TYPES: ReadonlySet<string> = new Set(['password', 'http://auth0.com/oauth/grant-type/password-realm']);

export function isPasswordGrantType(grantType: string | null | undefined): boolean {
  return typeof grantType === 'string' && PASSWORD_GRANT_TYPES.has(grantType);
}

export function isPasswordGrant(facts: BodyFacts): boolean {
  return isPasswordGrantType(facts.grantType) && ((facts.username && facts.password) || facts.open);
}
