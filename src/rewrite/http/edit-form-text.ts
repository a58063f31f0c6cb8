import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { unwrapExpression } from '../../detect/ast-utils';
import { quoteString } from '../text-style';
import { emptySources, getCredentialSources, literalSource, mergeSources } from './credential-sources';
import { CLIENT_CREDENTIALS, GRANT_TYPE_KEY, isUserKey } from './grant-type';
import { fail, succeed, type BodyEdit, type Verdict } from './types';
import { childPath } from '../../parse/child-path';

/**
 * A form-encoded body written as text: `'grant_type=password&username=u&password=p'`, a
 * template literal with `${...}` values, or a `'...' + value + '...'` concatenation. The
 * text is cut into `name=value` pairs at the `&` of its literal parts; the username and
 * password pairs go, `grant_type=password` becomes `grant_type=client_credentials`, and
 * the expression is written again in the form it had (string, template, concatenation).
 */

/** `templateRaw` is the text as it is written inside a template literal. */
type Text = { kind: 'text'; cooked: string; templateRaw: string; node: t.Node };
type Piece = Text | { kind: 'expression'; path: NodePath };
type Form = 'string' | 'template' | 'concatenation';

/** A string concatenation: `+` whose leftmost operand is a string, so every `+` of its left spine joins text. */
function isStringConcatenation(path: NodePath): boolean {
  let current = unwrapExpression(path);
  while (current.isBinaryExpression({ operator: '+' })) current = unwrapExpression(childPath(current, 'left'));
  return current.isStringLiteral() || current.isTemplateLiteral();
}

function escapeTemplateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

function templatePieces(template: NodePath<t.TemplateLiteral>): Piece[] {
  const expressions = template.get('expressions') as NodePath[];
  const pieces: Piece[] = [];
  template.node.quasis.forEach((quasi, index) => {
    pieces.push({ kind: 'text', cooked: quasi.value.cooked ?? quasi.value.raw, templateRaw: quasi.value.raw, node: quasi });
    if (expressions[index]) pieces.push({ kind: 'expression', path: expressions[index] });
  });
  return pieces;
}

function flatten(path: NodePath): Piece[] {
  const expr = unwrapExpression(path);
  if (expr.isStringLiteral()) return [{ kind: 'text', cooked: expr.node.value, templateRaw: escapeTemplateText(expr.node.value), node: expr.node }];
  if (expr.isTemplateLiteral()) return templatePieces(expr);
  if (expr.isBinaryExpression({ operator: '+' }) && isStringConcatenation(expr)) {
    const right = unwrapExpression(expr.get('right'));
    const rightPieces: Piece[] = right.isStringLiteral() || right.isTemplateLiteral() ? flatten(right) : [{ kind: 'expression', path: right }];
    return [...flatten(childPath(expr, 'left')), ...rightPieces];
  }
  return [{ kind: 'expression', path: expr }];
}

/** Pieces cut into pairs at every `&` of a text piece. */
function splitPairs(pieces: Piece[]): Piece[][] {
  const pairs: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind === 'expression') {
      pairs[pairs.length - 1].push(piece);
      continue;
    }
    const cooked = piece.cooked.split('&');
    const raw = piece.templateRaw.split('&');
    // `\x26` in a template is an `&` only once cooked: such text is not cut by hand.
    if (cooked.length !== raw.length) return [];
    cooked.forEach((part, index) => {
      if (index > 0) pairs.push([]);
      if (part !== '') pairs[pairs.length - 1].push({ ...piece, cooked: part, templateRaw: raw[index] });
    });
  }
  return pairs.filter((pair) => pair.length > 0);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The pair's name, when its first piece is text that holds the `=`. */
function pairName(pair: Piece[]): string | null {
  const first = pair[0];
  if (first.kind !== 'text' || !first.cooked.includes('=')) return null;
  return decode(first.cooked.slice(0, first.cooked.indexOf('=')).trim());
}

function pairValueIsPassword(pair: Piece[]): boolean {
  return pair.length === 1 && pair[0].kind === 'text' && decode(pair[0].cooked.slice(pair[0].cooked.indexOf('=') + 1)) === 'password';
}

/** The kept pairs joined by `&`, neighbouring text merged. */
function joinPairs(pairs: Piece[][]): Piece[] {
  const pieces: Piece[] = [];
  const pushText = (text: Text) => {
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text') pieces[pieces.length - 1] = { ...last, cooked: last.cooked + text.cooked, templateRaw: last.templateRaw + text.templateRaw };
    else pieces.push(text);
  };
  pairs.forEach((pair, index) => {
    if (index > 0) pushText({ kind: 'text', cooked: '&', templateRaw: '&', node: pair[0].kind === 'text' ? pair[0].node : pair[0].path.node });
    for (const piece of pair) {
      if (piece.kind === 'text') pushText(piece);
      else pieces.push(piece);
    }
  });
  return pieces;
}

function render(pairs: Piece[][], form: Form, quote: "'" | '"', source: string): string {
  const pieces = joinPairs(pairs);
  const code = (path: NodePath) => source.slice(path.node.start ?? 0, path.node.end ?? 0);
  const hasExpression = pieces.some((piece) => piece.kind === 'expression');
  if (form === 'template' || (form === 'string' && hasExpression)) {
    return `\`${pieces.map((piece) => (piece.kind === 'text' ? piece.templateRaw : `\${${code(piece.path)}}`)).join('')}\``;
  }
  if (!hasExpression) return quoteString(pieces.map((piece) => (piece.kind === 'text' ? piece.cooked : '')).join(''), quote);
  const parts = pieces.map((piece) => (piece.kind === 'text' ? quoteString(piece.cooked, quote) : code(piece.path)));
  // `a + 'x'` would add numbers if `a` is one: the concatenation must start with text.
  if (pieces[0].kind !== 'text') parts.unshift(quoteString('', quote));
  return parts.join(' + ');
}

/** Is this expression a form text the rewrite can cut into pairs? */
export function isFormText(path: NodePath): boolean {
  const expr = unwrapExpression(path);
  return expr.isStringLiteral() || expr.isTemplateLiteral() || (expr.isBinaryExpression({ operator: '+' }) && isStringConcatenation(expr));
}

export function editFormText(path: NodePath, source: string): Verdict<BodyEdit> {
  const expr = unwrapExpression(path);
  const form: Form = expr.isStringLiteral() ? 'string' : expr.isTemplateLiteral() ? 'template' : 'concatenation';
  const pairs = splitPairs(flatten(expr));
  if (pairs.length === 0) return fail('the token body text cannot be split into form pairs');
  const kept: Piece[][] = [];
  const removedExpressions: NodePath[] = [];
  const sources = emptySources();
  let grantFound = false;
  for (const pair of pairs) {
    const name = pairName(pair);
    if (name === null) return fail('the token body text has a part whose name is only known at run time');
    if (name === GRANT_TYPE_KEY && pairValueIsPassword(pair)) {
      grantFound = true;
      kept.push([{ ...(pair[0] as Text), cooked: `${GRANT_TYPE_KEY}=${CLIENT_CREDENTIALS}`, templateRaw: `${GRANT_TYPE_KEY}=${CLIENT_CREDENTIALS}` }]);
    } else if (isUserKey(name)) {
      for (const piece of pair) {
        if (piece.kind === 'expression') {
          removedExpressions.push(piece.path);
          mergeSources(sources, getCredentialSources(piece.path, name));
        } else if (piece.cooked.slice(piece.cooked.indexOf('=') + 1) !== '' || piece !== pair[0]) {
          mergeSources(sources, literalSource(name, piece.node.loc?.start.line ?? 1, piece.node.start ?? 0));
        }
      }
    } else kept.push(pair);
  }
  if (!grantFound) return fail('the token body text does not set grant_type=password in a literal part');
  const quoteChar = source[expr.node.start ?? 0];
  const names = new Set(kept.map(pairName));
  const start = expr.node.start ?? 0;
  const end = expr.node.end ?? 0;
  return succeed({
    ...sources,
    render: ({ style }) => {
      const quote = quoteChar === '"' || quoteChar === "'" ? quoteChar : style.quote;
      return [{ start, end, text: render(kept, form, quote, source) }];
    },
    removedStatements: [],
    removedExpressions,
    sendsClientSecret: names.has('client_id') && names.has('client_secret'),
    sendsClientId: names.has('client_id'),
    changesGrantType: true,
  });
}
