import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { getConstantInit, getConstantProperty, resolveTextShape } from './static-text';

/**
 * Does an HTTP request body carry `grant_type=password`? Bodies come as form strings,
 * JSON strings, objects (axios, got's `form`/`json`, request's `form`), URLSearchParams
 * (object, string or pair-list init, `.append`/`.set`), FormData, and `qs`/`querystring`/
 * `JSON` `.stringify(...)`. Option bags (`{ method, body }`, `{ url, data }`) are looked into.
 * Only what the file shows statically counts: an unknown body is not a finding.
 */

const MAX_DEPTH = 10;
const GRANT_TYPE = 'grant_type';
const PASSWORD = 'password';

/** Keys under which HTTP clients take the request body. */
export const BODY_OPTION_KEYS = ['body', 'data', 'form', 'json', 'formData'] as const;

/** Constructors whose instances are filled with `.append(key, value)` / `.set(key, value)`. */
const PAIR_CONTAINERS = new Set(['URLSearchParams', 'FormData']);

/** `('grant_type', 'password')` as the two arguments of `append`, `set` or `field`. */
export function isPasswordGrantPair(key: NodePath | undefined, value: NodePath | undefined): boolean {
  return !!key && !!value && resolveTextShape(key) === GRANT_TYPE && resolveTextShape(value) === PASSWORD;
}

function decodeFormPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** A form-encoded (`a=1&grant_type=password`) or JSON (`{"grant_type":"password"}`) text. */
export function textCarriesPasswordGrant(text: string): boolean {
  if (/"grant_type"\s*:\s*"password"/.test(text)) return true;
  return text
    .replace(/^\s*\?/, '')
    .split('&')
    .some((part) => decodeFormPart(part.trim()) === `${GRANT_TYPE}=${PASSWORD}`);
}

function getConstructorName(path: NodePath<t.NewExpression>): string | null {
  const callee = path.node.callee;
  if (callee.type === 'Identifier') return callee.name;
  return isMemberLike(callee) ? getMemberPropertyName(callee) : null;
}

function objectCarriesPasswordGrant(object: NodePath<t.ObjectExpression>, depth: number): boolean {
  let grantType: string | null | undefined;
  let spreadCarries = false;
  let optionCarries = false;
  for (const property of object.get('properties')) {
    if (property.isSpreadElement()) {
      spreadCarries ||= carriesPasswordGrant(property.get('argument'), depth + 1);
      continue;
    }
    if (!property.isObjectProperty()) continue;
    const name = getKeyName(property.node);
    const value = property.get('value') as NodePath;
    // The last `grant_type` wins, as in the object at run time.
    if (name === GRANT_TYPE) grantType = resolveTextShape(value);
    else if (name !== null && (BODY_OPTION_KEYS as readonly string[]).includes(name)) {
      optionCarries ||= carriesPasswordGrant(value, depth + 1);
    }
  }
  if (grantType !== undefined) return grantType === PASSWORD;
  return spreadCarries || optionCarries;
}

/** `[['grant_type', 'password'], ...]`, a URLSearchParams init. */
function pairListCarriesPasswordGrant(list: NodePath<t.ArrayExpression>): boolean {
  return list.get('elements').some((element) => {
    if (!element.isArrayExpression()) return false;
    const [key, value] = element.get('elements') as NodePath[];
    return isPasswordGrantPair(key, value);
  });
}

/**
 * Writes to a `const` after its creation: `params.append('grant_type', 'password')`,
 * `form.set(...)`, `body.grant_type = 'password'`.
 */
function mutationsCarryPasswordGrant(identifier: NodePath<t.Identifier>): boolean {
  const binding = identifier.scope.getBinding(identifier.node.name);
  if (!binding) return false;
  return binding.referencePaths.some((reference) => {
    const member = reference.parentPath;
    if (!member || !isMemberLike(member.node) || member.node.object !== reference.node) return false;
    const name = getMemberPropertyName(member.node);
    const user = member.parentPath;
    if (!user) return false;
    if ((name === 'append' || name === 'set') && user.isCallExpression() && user.node.callee === member.node) {
      const [key, value] = user.get('arguments') as NodePath[];
      return isPasswordGrantPair(key, value);
    }
    if (name === GRANT_TYPE && user.isAssignmentExpression({ operator: '=' }) && user.node.left === member.node) {
      return resolveTextShape(user.get('right')) === PASSWORD;
    }
    return false;
  });
}

function callCarriesPasswordGrant(call: NodePath<t.CallExpression>, depth: number): boolean {
  const callee = call.get('callee') as NodePath;
  const [first] = call.get('arguments') as NodePath[];
  const name = callee.isIdentifier() ? callee.node.name : isMemberLike(callee.node) ? getMemberPropertyName(callee.node) : null;
  // JSON.stringify, qs.stringify, querystring.stringify, a destructured `stringify`.
  if ((name === 'stringify' || name === 'encode') && first) return carriesPasswordGrant(first, depth + 1);
  if (name === 'toString' && isMemberLike(callee.node)) return carriesPasswordGrant(callee.get('object') as NodePath, depth + 1);
  return false;
}

/** Does the value of this expression carry `grant_type=password`? */
export function carriesPasswordGrant(path: NodePath, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const expr = unwrapExpression(path);
  if (expr.isStringLiteral() || expr.isTemplateLiteral() || expr.isBinaryExpression({ operator: '+' })) {
    const text = resolveTextShape(expr);
    return text !== null && textCarriesPasswordGrant(text);
  }
  if (expr.isObjectExpression()) return objectCarriesPasswordGrant(expr, depth);
  if (expr.isArrayExpression()) return pairListCarriesPasswordGrant(expr);
  if (expr.isNewExpression()) {
    const name = getConstructorName(expr);
    const [init] = expr.get('arguments') as NodePath[];
    return name !== null && PAIR_CONTAINERS.has(name) && !!init && carriesPasswordGrant(init, depth + 1);
  }
  if (expr.isCallExpression()) return callCarriesPasswordGrant(expr, depth);
  if (expr.isIdentifier()) {
    const init = getConstantInit(expr);
    if (init && carriesPasswordGrant(init, depth + 1)) return true;
    return mutationsCarryPasswordGrant(expr);
  }
  const value = getConstantProperty(expr, depth);
  return value ? carriesPasswordGrant(value, depth + 1) : false;
}

