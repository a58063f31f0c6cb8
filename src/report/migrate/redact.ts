import { parseSource } from '../../parse/parse-source';

/**
 * Hides hard-coded credential values in text meant for other eyes (a PR comment). The
 * string and template literals of the original file are found from the parser's tokens, so
 * an apostrophe in a comment, a regular expression or a nested template cannot misalign
 * them, and a literal that spans lines (a multi-line template) is hidden on every line it
 * spans. Every literal that touches a line known to hold a secret is replaced: whole
 * literals, not guesses about which part is the value. A file the parser cannot read (not
 * expected: only parsed files are rewritten) has those lines hidden whole.
 */

export const REDACTED = '<redacted>';
const REDACTED_LINE = '<redacted line: it held a hard-coded credential>';

interface Span {
  /** 0-based column range on one line, in UTF-16 units, end excluded */
  from: number;
  to: number;
  replacement: string;
}

interface Token {
  type: { label?: string } | string;
  start: number;
  end: number;
}

/** A function from (1-based original line, its text) to the text to show. */
export type LineRedactor = (oldLine: number, text: string) => string;

export function createLineRedactor(source: string, fileName: string, secretLines: readonly number[]): LineRedactor {
  const secret = new Set(secretLines);
  if (secret.size === 0) return (_line, text) => text;
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let tokens: Token[];
  try {
    tokens = (parseSource(source.slice(bom), fileName, { tokens: true }).tokens ?? []) as Token[];
  } catch {
    return (line, text) => (secret.has(line) ? REDACTED_LINE : text);
  }
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };

  const spans = new Map<number, Span[]>();
  for (const token of tokens) {
    const label = typeof token.type === 'string' ? token.type : token.type.label;
    if (label !== 'string' && label !== 'template') continue;
    const start = token.start + bom;
    const end = token.end + bom;
    const first = lineOf(start);
    const last = lineOf(Math.max(start, end - 1));
    let touchesSecret = false;
    for (let line = first; line <= last && !touchesSecret; line++) touchesSecret = secret.has(line);
    if (!touchesSecret) continue;
    const quote = label === 'string' ? source[start] : '';
    for (let line = first; line <= last; line++) {
      const lineStart = lineStarts[line - 1] as number;
      const from = Math.max(start, lineStart) - lineStart;
      const to = Math.min(end, lineStarts[line] ?? source.length + 1) - lineStart;
      // The literal's text is replaced once, on its first line; later lines of it are emptied.
      const replacement = line === first ? `${quote}${REDACTED}${quote}` : '';
      spans.set(line, [...(spans.get(line) ?? []), { from, to, replacement }]);
    }
  }
  return (line, text) => {
    const lineSpans = spans.get(line);
    if (!lineSpans) return text;
    let out = '';
    let copied = 0;
    for (const span of [...lineSpans].sort((a, b) => a.from - b.from)) {
      out += text.slice(copied, span.from) + span.replacement;
      copied = Math.min(Math.max(copied, span.to), text.length);
    }
    return out + text.slice(copied);
  };
}
