import { USER_LOGIN_METHODS } from '../detect/login-methods';
import { decodedEscapes } from '../text/js-escapes';
import { mentionsAny } from '../text/mentions';
import { NeedleAutomaton } from '../text/needle-automaton';

/**
 * The text test in front of a service file's parse: does it mention an `...Api` name (an SDK
 * API class) or a user sign-in? Most files do neither and are never parsed. Constants only,
 * so that the runner's main thread can screen files without loading Babel.
 */
const MENTIONS_API_CLASS = /[A-Za-z0-9_$]Api\b/;
/** `Api` as written or spelled with escapes, searched without decoding the whole file. */
const API_SPELLED = NeedleAutomaton.forText(['Api']);

/** An API class spelled with escapes (`Users\u0041pi`) is the same name to the parser (see js-escapes.ts). */
export function couldCallPlatformApi(text: string): boolean {
  if (MENTIONS_API_CLASS.test(text)) return true;
  // Decoding the whole text only where an escape may spell the `Api` the pattern needs.
  return text.includes('\\') && API_SPELLED.testText(text) && MENTIONS_API_CLASS.test(decodedEscapes(text));
}

export function couldHoldServiceFacts(text: string): boolean {
  return couldCallPlatformApi(text) || mentionsAny(text, USER_LOGIN_METHODS);
}

/**
 * The same test on a file's bytes, for the runner's screening. Every string it looks for is
 * ASCII, so the bytes read as Latin-1 answer as their UTF-8 text would (a multi-byte
 * character is non-word characters either way), without validating and decoding UTF-8 first.
 */
export function couldHoldServiceFactsBytes(bytes: Buffer): boolean {
  return couldHoldServiceFacts(bytes.toString('latin1'));
}
