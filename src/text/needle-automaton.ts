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

  constructor(needles: readonly Uint8Array[]) {
    // The trie, one row of 256 children per state (0: none yet, as state 0 is the root).
    const rows: number[][] = [new Array<number>(256).fill(0)];
    const ends: boolean[] = [false];
    for (const needle of needles) {
      if (needle.length === 0) {
        ends[0] = true; // the empty needle occurs everywhere
        continue;
      }
      let state = 0;
      for (const byte of needle) {
        let child = rows[state][byte];
        if (child === 0) {
          child = rows.length;
          rows.push(new Array<number>(256).fill(0));
          ends.push(false);
          rows[state][byte] = child;
        }
        state = child;
      }
      ends[state] = true;
    }
    // Breadth first: each state's missing moves are those of its longest proper suffix
    // state (its failure link), whose own row is complete by then.
    const failure = new Array<number>(rows.length).fill(0);
    const queue: number[] = [];
    for (let byte = 0; byte < 256; byte++) if (rows[0][byte] !== 0) queue.push(rows[0][byte]);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      ends[state] = ends[state] || ends[failure[state]];
      for (let byte = 0; byte < 256; byte++) {
        const child = rows[state][byte];
        if (child !== 0) {
          failure[child] = rows[failure[state]][byte];
          queue.push(child);
        } else {
          rows[state][byte] = rows[failure[state]][byte];
        }
      }
    }
    const small = rows.length < 0xffff;
    const table = small ? new Uint16Array(rows.length * 256) : new Uint32Array(rows.length * 256);
    this.found = small ? 0xffff : 0xffffffff;
    rows.forEach((row, state) => table.set(row.map((target) => (ends[target] ? this.found : target)), state * 256));
    this.next = table;
    this.matchesEmpty = ends[0];
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
    const { next, found } = this;
    if (this.matchesEmpty) return true;
    let state = 0;
    let index = 0;
    for (; index < bytes.length; index++) {
      const byte = bytes[index];
      if (byte === BACKSLASH) break;
      state = next[(state << 8) | byte];
      if (state === found) return true;
    }
    // As written (`state`) and decoded (`decoded`): the same up to the first backslash.
    let decoded = state;
    let decodedFrom = index;
    const byteAt = (offset: number) => (offset < bytes.length ? bytes[offset] : -1);
    for (; index < bytes.length; index++) {
      const byte = bytes[index];
      state = next[(state << 8) | byte];
      if (state === found) return true;
      if (index < decodedFrom) continue; // a byte of an escape the decoded state has read whole
      if (byte === BACKSLASH) {
        const escape = readEscape(byteAt, index);
        decodedFrom = escape.end;
        if (escape.codePoint === null) continue; // a line continuation stands for nothing
        // The character's UTF-8 bytes, as the needles are (a configured name may not be ASCII).
        for (const unit of utf8Of(escape.codePoint)) {
          decoded = next[(decoded << 8) | unit];
          if (decoded === found) return true;
        }
        continue;
      }
      decoded = next[(decoded << 8) | byte];
      if (decoded === found) return true;
    }
    return false;
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
