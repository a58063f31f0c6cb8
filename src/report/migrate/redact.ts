/**
 * Hides hard-coded credential values in text meant for other eyes (a PR comment): every
 * string literal on a line known to hold one becomes `'<redacted>'`, keeping its quotes.
 * Whole-line and literal-agnostic on purpose: it cannot miss a value by mis-parsing a line.
 */
const STRING_LITERAL = /(['"`])(?:\\.|(?!\1)[^\\])*?\1/g;

export function redactStringLiterals(line: string): string {
  return line.replace(STRING_LITERAL, (_literal, quote: string) => `${quote}<redacted>${quote}`);
}
