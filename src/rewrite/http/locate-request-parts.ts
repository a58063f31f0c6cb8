import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, getKeyName, getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { isPasswordGrant } from '../../check/http/body-facts';
import { BODY_OPTION_KEYS, getBodyFacts } from '../../check/http/body-grant';
import { looksLikeTokenPath } from '../../check/http/endpoint';
import type { HttpGrantSite } from '../../check/http/find-http-password-grants';
import { resolveObjectLiteral, resolveTextShape } from '../../check/http/static-text';
import { GRANT_TYPE_KEY } from './grant-type';
import { fail, succeed, type Verdict } from './types';
import { childPath } from '../../parse/child-path';

/**
 * Where, in a password-grant request, the body is and where its headers go:
 *
 * - `axios.post(url, body[, config])`, `http.post(url, body, options)`: the body is an
 *   argument, the headers belong in the argument after it (added when there is none);
 * - `fetch(url, { body })`, `got.post(url, { form })`, `request.post(url, { form })`: an
 *   options object holds both;
 * - `axios({ url, data })`, `request({ uri, form })`, `got({ url, json })`: the same, first;
 * - `superagent.post(url).send(body)`, `request.post(url).form(body)`: a chained call holds
 *   the body; headers are set on the chain.
 */

type Call = NodePath<t.CallExpression | t.OptionalCallExpression>;

export interface RequestParts {
  body: NodePath;
  /** the options object the request reads its headers from, when the file shows it */
  options: NodePath<t.ObjectExpression> | null;
  /** the options object may be edited: written inline, or a `const` used by this request only */
  optionsEditable: boolean;
  /** no options argument: a `{ headers }` argument may follow this one (axios-style `post(url, body)`) */
  configAfter: NodePath | null;
  /** the body is passed by this chained call (`.send(body)`, `.form(body)`) */
  chainCall: Call | null;
  /** the chain, for headers already set on it (`.set('Authorization', ...)`, `.auth(...)`) */
  chain: readonly Call[];
}

/** Does this expression hold the password-grant body? The check rule's own body reading. */
function carriesPasswordGrant(path: NodePath): boolean {
  const facts = getBodyFacts(path);
  return facts !== null && isPasswordGrant(facts);
}

/** Is this argument the token URL (rather than an options object)? */
function isTokenEndpointUrl(path: NodePath): boolean {
  const shape = resolveTextShape(path);
  return shape !== null && looksLikeTokenPath(shape);
}

/** Methods that take `(url, body, config)`, axios- and Angular-style. */
const BODY_THEN_CONFIG_METHODS = new Set(['post', 'put', 'patch']);

/** An object literal that belongs to this request alone: inline, or a `const` read only here. */
export function isOwnObject(path: NodePath): boolean {
  const expr = unwrapExpression(path);
  if (expr.isObjectExpression()) return true;
  if (!expr.isIdentifier()) return false;
  const binding = expr.scope.getBinding(expr.node.name);
  if (!binding?.constant || !binding.path.isVariableDeclarator() || binding.referencePaths.length !== 1) return false;
  const init = childPath(binding.path, 'init');
  return !!init.node && unwrapExpression(init).isObjectExpression();
}

/** The option of an options object that holds the password-grant body (`body`, `data`, `form`, ...). */
function findBodyOption(options: NodePath<t.ObjectExpression>): NodePath | null {
  for (const property of options.get('properties')) {
    if (!property.isObjectProperty()) continue;
    const name = getKeyName(property.node);
    const value = childPath(property, 'value');
    if (name !== null && BODY_OPTION_KEYS.has(name) && carriesPasswordGrant(value)) return value;
  }
  return null;
}

/** A body object sets the grant itself; an options object holds the body under a key. */
function isOptionsObject(object: NodePath<t.ObjectExpression>): boolean {
  return findObjectProperty(object, [GRANT_TYPE_KEY]) === null && findBodyOption(object) !== null;
}

function fromOptions(argument: NodePath, chain: readonly Call[]): RequestParts | null {
  const options = resolveObjectLiteral(argument);
  const body = options && isOptionsObject(options) ? findBodyOption(options) : null;
  if (!options || !body) return null;
  return { body, options, optionsEditable: isOwnObject(argument), configAfter: null, chainCall: null, chain };
}

function isBodyThenConfigCall(request: HttpGrantSite['request']): boolean {
  const callee = request.node.callee;
  if (request.isNewExpression() || !isMemberLike(callee)) return false;
  const name = getMemberPropertyName(callee);
  return name !== null && BODY_THEN_CONFIG_METHODS.has(name);
}

export function locateRequestParts(site: HttpGrantSite): Verdict<RequestParts> {
  const { request, chain } = site;
  const args = request.get('arguments') as NodePath[];
  const [first] = args;
  if (!first) return fail('the request has no arguments the tool can read');
  if (!isTokenEndpointUrl(first)) {
    const parts = fromOptions(first, chain);
    return parts ? succeed(parts) : fail('the tool cannot tell which option of the request holds the body');
  }
  for (let index = 1; index < args.length; index++) {
    const argument = args[index];
    if (!carriesPasswordGrant(argument)) continue;
    const parts = fromOptions(argument, chain);
    if (parts) return succeed(parts);
    const config = args[index + 1];
    if (config) {
      const options = resolveObjectLiteral(config);
      return succeed({ body: argument, options, optionsEditable: !!options && isOwnObject(config), configAfter: null, chainCall: null, chain });
    }
    const configAfter = isBodyThenConfigCall(request) ? argument : null;
    return succeed({ body: argument, options: null, optionsEditable: false, configAfter, chainCall: null, chain });
  }
  for (const call of chain) {
    const name = getMemberPropertyName(call.node.callee as t.MemberExpression);
    const [body] = call.get('arguments') as NodePath[];
    if ((name === 'send' || name === 'form') && body && carriesPasswordGrant(body)) {
      return succeed({ body, options: null, optionsEditable: false, configAfter: null, chainCall: call, chain });
    }
  }
  return fail('the tool cannot tell which part of the request holds the body (`.field(...)` pairs are edited by hand)');
}
