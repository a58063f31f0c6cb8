import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, getKeyName, getMemberPropertyName, unwrapExpression } from '../../detect/ast-utils';
import { resolveObjectLiteral } from '../../check/http/static-text';
import type { RequestParts } from './locate-request-parts';
import type { HttpSecret } from './types';
import { childPath } from '../../parse/child-path';

/**
 * The client authentication a rewritten request keeps may itself be a hard-coded secret: an
 * `Authorization: 'Basic Y2xp...'` literal (the client ID and secret, base64), an `auth`
 * option or got's `password` option written as a literal, superagent's `.auth(id, 'secret')`
 * or `.set('Authorization', 'Basic ...')`. The request still works after the switch, but the
 * secret sits in git: it is listed with the others to rotate, and its line is redacted in the
 * Markdown report like theirs. Never the value: only where it is.
 */
export function findKeptClientSecrets(parts: RequestParts): HttpSecret[] {
  const found: HttpSecret[] = [];
  const options = parts.options;
  if (options) {
    const headers = findObjectProperty(options, ['headers']);
    const headerObject = headers?.isObjectProperty() ? resolveObjectLiteral(childPath(headers, 'value')) : null;
    if (headerObject) addBasicLiteral(found, findHeaderValue(headerObject));
    const auth = findObjectProperty(options, ['auth']);
    const authObject = auth?.isObjectProperty() ? resolveObjectLiteral(childPath(auth, 'value')) : null;
    if (authObject) addLiteral(found, propertyValue(authObject, ['password', 'pass']));
    if (findObjectProperty(options, ['username'])) addLiteral(found, propertyValue(options, ['password']));
  }
  for (const call of parts.chain) {
    const name = call.node.callee.type === 'MemberExpression' ? getMemberPropertyName(call.node.callee) : null;
    const args = call.get('arguments') as NodePath[];
    if (name === 'auth') addLiteral(found, args[1] ?? null);
    if (name === 'set' && args[0] && literalText(args[0])?.toLowerCase() === 'authorization') addBasicLiteral(found, args[1] ?? null);
    const headerObject = name === 'set' && args[0] ? resolveObjectLiteral(args[0]) : null;
    if (headerObject) addBasicLiteral(found, findHeaderValue(headerObject));
  }
  return found;
}

function findHeaderValue(headers: NodePath<t.ObjectExpression>): NodePath | null {
  for (const property of headers.get('properties')) {
    if (property.isObjectProperty() && getKeyName(property.node)?.toLowerCase() === 'authorization') return childPath(property, 'value');
  }
  return null;
}

function propertyValue(object: NodePath<t.ObjectExpression>, keys: readonly string[]): NodePath | null {
  const property = findObjectProperty(object, [...keys]);
  return property?.isObjectProperty() ? (childPath(property, 'value')) : null;
}

/** The text of a string literal (or a template literal without expressions), else null. */
function literalText(path: NodePath): string | null {
  const expr = unwrapExpression(path);
  if (expr.isStringLiteral()) return expr.node.value;
  if (expr.isTemplateLiteral() && expr.node.expressions.length === 0) return expr.node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** A literal (or one whose leading part is literal, `'Basic abc' + x`) Basic credential value. */
function addBasicLiteral(into: HttpSecret[], value: NodePath | null): void {
  if (!value) return;
  const expr = unwrapExpression(value);
  const text = literalText(expr) ?? (expr.isTemplateLiteral() ? (expr.node.quasis[0]?.value.cooked ?? null) : null);
  if (text !== null && /^\s*basic\s+\S/i.test(text)) push(into, expr.node);
}

function addLiteral(into: HttpSecret[], value: NodePath | null): void {
  if (!value) return;
  const text = literalText(value);
  if (text !== null && text !== '') push(into, unwrapExpression(value).node);
}

function push(into: HttpSecret[], node: t.Node): void {
  into.push({ kind: 'client-secret', line: node.loc?.start.line ?? 1, start: node.start ?? 0 });
}
