import { buildAhoCorasickMoves } from './aho-corasick';
import { BACKSLASH, readEscape } from './js-escapes';

/**
 * Whether any of many byte strings occurs in a buffer, in one pass over it (an Aho-Corasick
 * automaton, completed into a table of next states). `check`'s prefilter has some fifty
 * needles since the rules grew (API class names, login methods, OAuth libraries): searching
 * each with Buffer#includes was fifty passes over every file, measured at 4.0 s on the
 * 8,700 files of node_modules against 0.35 s for reading them with one needle. One pass of
 * this loop costs about as much as one native search.
 */
export class NeedleAutomaton {
  /**
   * Next state for (state, byte): `next[state * 256 + byte]`; a move into a state where a
   * needle ends (directly or through a suffix) is FOUND instead, so that the loop makes one
   * load and one comparison per byte.
   */
  private readonly next: Uint16Array | Uint32Array;
  private readonly found: number;
  private readonly matchesEmpty: boolean;
  /** the longest needle's length in bytes */
  private readonly longest: number;

  constructor(needles: readonly Uint8Array[]) {
    const { rows, labels } = buildAhoCorasickMoves(needles, needles.map(() => 1));
    const ends = labels.map((label) => label !== 0);
    const small = rows.length < 0xffff;
    const table = small ? new Uint16Array(rows.length * 256) : new Uint32Array(rows.length * 256);
    this.found = small ? 0xffff : 0xffffffff;
    rows.forEach((row, state) => table.set(row.map((target) => (ends[target] ? this.found : target)), state * 256));
    this.next = table;
    this.matchesEmpty = ends[0];
    this.longest = needles.reduce((longest, needle) => Math.max(longest, needle.length), 0);
  }

  /** The same test on a decoded string, through its UTF-8 bytes (escapes are ASCII in either). */
  testText(text: string): boolean {
    return this.test(Buffer.from(text, 'utf8'));
  }

  /** An automaton for `testText` and `test`: the needles as their UTF-8 bytes. */
  static forText(needles: readonly string[]): NeedleAutomaton {
    return new NeedleAutomaton(needles.map((needle) => Buffer.from(needle, 'utf8')));
  }

  /**
   * True when one of the needles occurs in `bytes` (UTF-8), as written or spelled with
   * JavaScript escapes (`postOAuth\u0041piToken`, see js-escapes.ts); stops at the first.
   *
   * Until the first backslash the bytes are searched as written: one load and one comparison
   * per byte, the whole cost for most files. From there a second state follows the same
   * bytes with their escapes decoded, so that both spellings are searched in one pass.
   */
  test(bytes: Uint8Array): boolean {
    const { next, found, longest } = this;
    if (this.matchesEmpty) return true;
    const length = bytes.length;
    const byteAt = (offset: number) => (offset < length ? bytes[offset] : -1);
    let state = 0;
    let index = 0;
    for (;;) {
      // Away from escapes the text as written and as decoded are the same bytes: one state.
      for (; index < length; index++) {
        const byte = bytes[index];
        if (byte === BACKSLASH) break;
        state = next[(state << 8) | byte];
        if (state === found) return true;
      }
      if (index >= length) return false;
      // From a backslash, a second state reads the decoded bytes. `longest` bytes after the
      // last escape both states have read the same last `longest` bytes, so they are the same
      // state again (a state is the longest suffix read that begins a needle): back to one.
      let decoded = state;
      let decodedFrom = index; // bytes before this belong to an escape already decoded
      let convergedAt = index;
      for (; index < length; index++) {
        const byte = bytes[index];
        state = next[(state << 8) | byte];
        if (state === found) return true;
        if (index < decodedFrom) continue;
        if (byte === BACKSLASH) {
          decodedFrom = readEscapeInto(bytes, byteAt, index, (unit) => (decoded = next[(decoded << 8) | unit]) === found);
          if (decodedFrom < 0) return true;
          convergedAt = decodedFrom + longest;
          continue;
        }
        if (index >= convergedAt) break;
        decoded = next[(decoded << 8) | byte];
        if (decoded === found) return true;
      }
      index++;
    }
  }
}

/**
 * The UTF-8 bytes of a code point an escape stands for. A lone surrogate (`\uD83D`, half of a
 * pair written as two escapes) has no UTF-8 form: byte 0, which no needle holds (a name with
 * a character outside the BMP spells it `\u{1F600}` in an identifier, the one place it counts).
 */
function utf8Of(codePoint: number): number[] {
  if (codePoint < 0x80) return [codePoint];
  if (codePoint < 0x800) return [0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f)];
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return [0];
  if (codePoint < 0x10000) return [0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
  return [0xf0 | (codePoint >> 18), 0x80 | ((codePoint >> 12) & 0x3f), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f)];
}

/**
 * Decodes the escape whose backslash is at `at` in UTF-8 bytes and feeds the character's
 * UTF-8 bytes (as the needles are: a configured name may not be ASCII) to `feed`, which
 * answers whether a needle is complete. Returns the offset past the escape, or -1 when a
 * needle was completed.
 */
function readEscapeInto(bytes: Uint8Array, byteAt: (offset: number) => number, at: number, feed: (unit: number) => boolean): number {
  if (at + 1 < bytes.length && bytes[at + 1] >= 0x80) {
    // A backslash before a character that is not ASCII: U+2028 or U+2029 (E2 80 A8/A9) make
    // a line continuation, which stands for nothing; any other character stands for itself,
    // so only the backslash is consumed and its bytes are read on as they are.
    const separator = bytes[at + 1] === 0xe2 && bytes[at + 2] === 0x80 && (bytes[at + 3] === 0xa8 || bytes[at + 3] === 0xa9);
    return separator ? at + 4 : at + 1;
  }
  const escape = readEscape(byteAt, at);
  if (escape.codePoint === null) return escape.end; // a line continuation stands for nothing
  const units = escape.codePoint < 0x80 ? [escape.codePoint] : utf8Of(escape.codePoint);
  for (const unit of units) if (feed(unit)) return -1;
  return escape.end;
}
