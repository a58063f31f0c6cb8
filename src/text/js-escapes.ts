/**
 * JavaScript spells the characters of a string or an identifier with escapes as well as
 * literally: `'grant\u005ftype'`, `"pass\x77ord"`, `client.postOAuth\u0041piToken(...)`,
 * `'postOAuth\u{41}piToken'`, an identity escape (`'grant\_type'`), a legacy octal escape, a
 * line continuation inside a string. The parser decodes them, so the rules see the real names;
 * but every test of the raw text in front of the parser (the runner's prefilter, a rule's
 * needles) would not, and one escape would hide a password grant from the gate. The text
 * tests therefore look at the text both as written and with its escapes decoded.
 *
 * The decoding ignores where a backslash stands (string, identifier, regular expression,
 * comment, JSX text): decoding a backslash that is not an escape only adds text to search,
 * so a test can pass where the parse then finds nothing, never the reverse.
 */

const BACKSLASH = 0x5c;

/** An escape read at some offset: the character it stands for and where it ends. */
interface Escape {
  /** the character's code point (`\u{1F600}` is one); null for a line continuation, which stands for nothing */
  codePoint: number | null;
  /** the offset just past the escape */
  end: number;
}

const SINGLE_CHARACTER: Record<number, number> = {
  0x62: 0x08, // \b
  0x66: 0x0c, // \f
  0x6e: 0x0a, // \n
  0x72: 0x0d, // \r
  0x74: 0x09, // \t
  0x76: 0x0b, // \v
};

function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x37;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x57;
  return -1;
}

/** `count` hex digits at `start`, or -1. */
function readHex(unitAt: (offset: number) => number, start: number, count: number): number {
  let value = 0;
  for (let offset = start; offset < start + count; offset++) {
    const digit = hexValue(unitAt(offset));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * The escape whose backslash is at `at`, over a string's UTF-16 code units, or over a file's
 * UTF-8 bytes while the byte after the backslash is ASCII (a non-ASCII character after it is
 * the caller's: see NeedleAutomaton#test). `unitAt` returns -1 past the end.
 * A backslash before a line terminator is a line continuation: no character (`codePoint`
 * null). A malformed `\u` or `\x` decodes as the letter, which is what the text test needs
 * (the letters after it are then read as written).
 */
export function readEscape(unitAt: (offset: number) => number, at: number): Escape {
  const first = unitAt(at + 1);
  if (first === -1) return { codePoint: null, end: at + 1 };
  if (first === 0x0d) return { codePoint: null, end: unitAt(at + 2) === 0x0a ? at + 3 : at + 2 };
  if (first === 0x0a || first === 0x2028 || first === 0x2029) return { codePoint: null, end: at + 2 };
  if (first === 0x75 /* u */) {
    if (unitAt(at + 2) === 0x7b /* { */) {
      let value = 0;
      let offset = at + 3;
      for (; hexValue(unitAt(offset)) >= 0 && value <= 0x10ffff; offset++) value = value * 16 + hexValue(unitAt(offset));
      if (offset > at + 3 && unitAt(offset) === 0x7d /* } */ && value <= 0x10ffff) return { codePoint: value, end: offset + 1 };
      return { codePoint: first, end: at + 2 };
    }
    const value = readHex(unitAt, at + 2, 4);
    return value >= 0 ? { codePoint: value, end: at + 6 } : { codePoint: first, end: at + 2 };
  }
  if (first === 0x78 /* x */) {
    const value = readHex(unitAt, at + 2, 2);
    return value >= 0 ? { codePoint: value, end: at + 4 } : { codePoint: first, end: at + 2 };
  }
  if (first >= 0x30 && first <= 0x37) {
    // Legacy octal: up to three digits while the value stays within \377.
    let value = first - 0x30;
    let offset = at + 2;
    const maxDigits = first <= 0x33 ? 3 : 2;
    while (offset < at + 1 + maxDigits) {
      const digit = unitAt(offset);
      if (digit < 0x30 || digit > 0x37) break;
      value = value * 8 + (digit - 0x30);
      offset++;
    }
    return { codePoint: value, end: offset };
  }
  return { codePoint: SINGLE_CHARACTER[first] ?? first, end: at + 2 };
}

/** The text with every backslash escape decoded, wherever it stands (see above). */
export function decodeEscapes(text: string): string {
  const first = text.indexOf('\\');
  if (first === -1) return text;
  const unitAt = (offset: number) => (offset < text.length ? text.charCodeAt(offset) : -1);
  const parts: string[] = [text.slice(0, first)];
  let index = first;
  while (index < text.length) {
    const backslash = text.indexOf('\\', index);
    if (backslash === -1) {
      parts.push(text.slice(index));
      break;
    }
    parts.push(text.slice(index, backslash));
    const escape = readEscape(unitAt, backslash);
    if (escape.codePoint !== null) parts.push(String.fromCodePoint(escape.codePoint));
    index = escape.end;
  }
  return parts.join('');
}

/** The last text decoded: the text tests of one file ask about the same text in turn. */
let lastDecoded: { text: string; decoded: string } | null = null;

/** `decodeEscapes`, remembering the last answer. */
export function decodedEscapes(text: string): string {
  if (lastDecoded?.text !== text) lastDecoded = { text, decoded: decodeEscapes(text) };
  return lastDecoded.decoded;
}

export { BACKSLASH };
