/**
 * JSON reports (`--format json`, SARIF) keep repository strings exact, for the programs that
 * read them; but the document is also `cat`-ed into CI logs and terminals. JSON.stringify
 * escapes C0 controls only, so the C1 controls, the line and paragraph separators and the
 * invisible direction marks and overrides are written as `\uXXXX` escapes too: the parsed
 * value is the same, and no raw one reaches a log. They can only occur inside strings.
 */
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function stringifyReportJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
