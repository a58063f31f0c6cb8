import { findLineStarts, positionAt } from '../../parse/line-numbers';
import { parseSource } from '../../parse/parse-source';

/**
 * Hides hard-coded credential values in text meant for other eyes (a PR comment). The
 * string and template literals of the original file are found from the parser's tokens, so
 * an apostrophe in a comment, a regular expression or a nested template cannot misalign
 * them, and a literal that spans lines (a multi-line template) is hidden on every line it
 * spans. Hidden are whole literals, not guesses about which part is the value:
 *
 * - every literal that touches a line known to hold a secret;
 * - every literal inside the value of an `Authorization` header (`Authorization: 'Basic …'`,
 *   `.set('Authorization', …)`, `['Authorization', …]`), wherever it is: such a header carries
 *   the OAuth client's ID and secret, which the rewrite keeps, so they reach added lines too.
 *
 * Added lines (the rewrite's new text) are redacted by the text of the literals hidden in the
 * original: a literal carried over keeps being hidden. A file the parser cannot read (not
 * expected: only parsed files are rewritten) has its secret lines hidden whole.
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

export interface DiffRedactor {
  /** a removed or context line, by its 1-based line in the original */
  oldLine: LineRedactor;
  /** an added line, by its text */
  addedLine: (text: string) => string;
}

/** Literals in an Authorization value that carry no credential: a bare scheme, separators, encoding names. */
const HARMLESS_AUTHORIZATION_TEXT = /^(?:\s*(?:basic|bearer)?\s*|[\s:]*|base64|utf-?8|ascii|latin1|binary|hex)$/i;

interface AstNode {
  type: string;
  start?: number | null;
  end?: number | null;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function staticText(node: AstNode | undefined): string | null {
  if (!node) return null;
  if (node.type === 'StringLiteral') return String(node.value);
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return String(((node.quasis as AstNode[])[0]?.value as { cooked?: string } | undefined)?.cooked ?? '');
  }
  return null;
}

function isAuthorizationName(node: AstNode | undefined): boolean {
  if (!node) return false;
  const name = node.type === 'Identifier' ? String(node.name) : staticText(node);
  return name !== null && name.toLowerCase() === 'authorization';
}

/** The expressions that are the value of an Authorization header, wherever the node sits. */
function authorizationValues(node: AstNode): AstNode[] {
  if ((node.type === 'ObjectProperty' || node.type === 'Property') && !node.computed && isAuthorizationName(node.key as AstNode)) {
    return isNode(node.value) ? [node.value] : [];
  }
  if (node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'ArrayExpression') {
    const items = ((node.type === 'ArrayExpression' ? node.elements : node.arguments) as unknown[]).filter(isNode);
    if (isAuthorizationName(items[0])) return items.slice(1);
  }
  return [];
}

/** Offsets of the literals inside Authorization header values (a walk without recursion). */
function authorizationLiteralRanges(program: AstNode): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const stack: { node: AstNode; inAuthorization: boolean }[] = [{ node: program, inAuthorization: false }];
  while (stack.length > 0) {
    const { node, inAuthorization } = stack.pop() as { node: AstNode; inAuthorization: boolean };
    if (inAuthorization && (node.type === 'StringLiteral' || node.type === 'TemplateElement')) {
      const text = node.type === 'StringLiteral' ? String(node.value) : String((node.value as { cooked?: string }).cooked ?? '');
      if (!HARMLESS_AUTHORIZATION_TEXT.test(text)) ranges.push({ start: node.start ?? 0, end: node.end ?? 0 });
    }
    const values = new Set(authorizationValues(node));
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments' || key === 'tokens') continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (isNode(item)) stack.push({ node: item, inAuthorization: inAuthorization || values.has(item) });
      }
    }
  }
  return ranges;
}

export function createLineRedactor(source: string, fileName: string, secretLines: readonly number[]): LineRedactor {
  return createDiffRedactor(source, fileName, secretLines).oldLine;
}

export function createDiffRedactor(source: string, fileName: string, secretLines: readonly number[]): DiffRedactor {
  const secret = new Set(secretLines);
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let tokens: Token[];
  let authorization: { start: number; end: number }[];
  try {
    const file = parseSource(source.slice(bom), fileName, { tokens: true });
    tokens = (file.tokens ?? []) as Token[];
    authorization = authorizationLiteralRanges(file.program as unknown as AstNode);
  } catch {
    return { oldLine: (line, text) => (secret.has(line) ? REDACTED_LINE : text), addedLine: (text) => text };
  }
  if (secret.size === 0 && authorization.length === 0) return { oldLine: (_line, text) => text, addedLine: (text) => text };
  const lineStarts = findLineStarts(source);
  const lineOf = (offset: number): number => positionAt(source, offset, lineStarts).line;
  // A template's text token lies inside the template: either range marks it.
  const inAuthorization = (start: number, end: number): boolean => authorization.some((range) => start < range.end && range.start < end);

  const spans = new Map<number, Span[]>();
  /** Text pieces (one per line) of the hidden literals, to hide on added lines too. */
  const hiddenPieces = new Set<string>();
  for (const token of tokens) {
    const label = typeof token.type === 'string' ? token.type : token.type.label;
    if (label !== 'string' && label !== 'template') continue;
    if (token.end <= token.start) continue;
    const start = token.start + bom;
    const end = token.end + bom;
    const first = lineOf(start);
    const last = lineOf(Math.max(start, end - 1));
    let hide = inAuthorization(token.start, token.end);
    for (let line = first; line <= last && !hide; line++) hide = secret.has(line);
    if (!hide) continue;
    const quote = label === 'string' ? source[start] : '';
    for (let line = first; line <= last; line++) {
      const lineStart = lineStarts[line - 1] as number;
      const from = Math.max(start, lineStart) - lineStart;
      const to = Math.min(end, lineStarts[line] ?? source.length + 1) - lineStart;
      // The literal's text is replaced once, on its first line; later lines of it are emptied.
      const replacement = line === first ? `${quote}${REDACTED}${quote}` : '';
      spans.set(line, [...(spans.get(line) ?? []), { from, to, replacement }]);
      const piece = source.slice(Math.max(start, lineStart), Math.min(end, (lineStarts[line] ?? source.length + 1) - 1)).replace(/\r$/, '');
      // Pieces too short to be a value (a lone quote, an empty literal) would only garble added lines.
      if (piece.replace(/^['"`]|['"`]$/g, '').trim().length >= 3) hiddenPieces.add(piece);
    }
  }
  // Longest first, so a piece holding a shorter one is hidden whole.
  const pieces = [...hiddenPieces].sort((a, b) => b.length - a.length);
  return {
    oldLine: (line, text) => {
      const lineSpans = spans.get(line);
      if (!lineSpans) return text;
      let out = '';
      let copied = 0;
      for (const span of [...lineSpans].sort((a, b) => a.from - b.from)) {
        out += text.slice(copied, span.from) + span.replacement;
        copied = Math.min(Math.max(copied, span.to), text.length);
      }
      return out + text.slice(copied);
    },
    addedLine: (text) => pieces.reduce((out, piece) => out.split(piece).join(redactedForm(piece)), text),
  };
}

/** A hidden piece as it shows: its own quotes kept, the text between them replaced. */
function redactedForm(piece: string): string {
  const open = /^['"`]/.exec(piece)?.[0] ?? '';
  const close = piece.length > 1 && /['"`]$/.test(piece) ? piece[piece.length - 1] : '';
  return `${open}${REDACTED}${close}`;
}
