/**
 * The one replacement that turns `before` into `after`: the range between their common
 * prefix and their common suffix. An ESLint fix is a range and a text; the smaller the
 * range, the less an editor's "apply fix" disturbs (cursor, folds, undo history).
 * Never cuts a surrogate pair, so the replacement text is whole characters.
 */
export interface TextEdit {
  /** offsets into `before` */
  range: [number, number];
  text: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Null when the texts are equal. */
export function getSmallestEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;

  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

  return { range: [prefix, before.length - suffix], text: after.slice(prefix, after.length - suffix) };
}
