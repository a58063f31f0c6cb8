import { decodedEscapes } from './js-escapes';

/**
 * Whether a text names one of some strings, as written or spelled with JavaScript escapes
 * (see js-escapes.ts): the text tests of the rules and the rewrite, which ask several such
 * questions of one file in turn. Written as they are, the needles are found by the engine's
 * native search; a file with a backslash and none of them as written is searched once more,
 * in its decoded text (decoded once per file: `decodedEscapes` keeps the last).
 */
export function mentionsAny(text: string, needles: readonly string[]): boolean {
  if (needles.some((needle) => text.includes(needle))) return true;
  if (needles.length === 0 || !text.includes('\\')) return false;
  const decoded = decodedEscapes(text);
  return needles.some((needle) => decoded.includes(needle));
}

/** Whether the text names `needle`, as written or spelled with escapes. */
export function mentions(text: string, needle: string): boolean {
  return mentionsAny(text, [needle]);
}
