import { quoteString, type TextStyle } from '../text-style';

/** The grant type the rewrite sets, and the body keys it removes. */
export const CLIENT_CREDENTIALS = 'client_credentials';
export const GRANT_TYPE_KEY = 'grant_type';
export const USER_KEYS = ['username', 'password'] as const;
export type UserKey = (typeof USER_KEYS)[number];

export function isUserKey(name: string | null): name is UserKey {
  return name === 'username' || name === 'password';
}

/** `'client_credentials'` in the quote of the literal it replaces, or the file's own. */
export function renderGrantLiteral(source: string, replacedStart: number, style: TextStyle): string {
  const first = source[replacedStart];
  const quote = first === '"' || first === "'" ? first : style.quote;
  return quoteString(CLIENT_CREDENTIALS, quote);
}
