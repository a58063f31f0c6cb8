import { parse } from '@babel/parser';

/**
 * Code quoted in a message (a receiver, a callee, an argument) with every string, template
 * and JSX text replaced by a placeholder and every comment dropped: reasons and messages
 * travel to reports, PR comments and CI logs, and a literal in quoted code is where a
 * hard-coded password would ride along (`makeCreds('svc', 'S3cret')`). Found from the
 * parser's tokens, so quotes inside comments, regular expressions or nested templates cannot
 * misalign it. Code the parser cannot read keeps only what comes before its first quote.
 */

export const LITERAL_PLACEHOLDER = "'…'";

const MASKED_TOKENS: Record<string, string> = { string: LITERAL_PLACEHOLDER, template: '…', jsxText: '…' };

interface Token {
  type: { label?: string } | string;
  start: number;
  end: number;
}

export function maskLiterals(code: string): string {
  let tokens: Token[];
  try {
    const file = parse(code, {
      sourceType: 'module',
      tokens: true,
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      plugins: ['typescript', 'jsx'],
    });
    tokens = (file.tokens ?? []) as Token[];
  } catch {
    const firstQuote = code.search(/['"`]/);
    return firstQuote === -1 ? code : `${code.slice(0, firstQuote)}…`;
  }
  let masked = '';
  let copied = 0;
  for (const token of tokens) {
    const label = typeof token.type === 'string' ? token.type : token.type.label;
    const replacement = label === 'CommentLine' || label === 'CommentBlock' ? ' ' : label === undefined ? undefined : MASKED_TOKENS[label];
    if (replacement === undefined) continue;
    masked += code.slice(copied, token.start) + replacement;
    copied = token.end;
  }
  return masked + code.slice(copied);
}
