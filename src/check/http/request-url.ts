import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import type { CallPath } from './request-calls';
import { getConstantInit, resolveObjectLiteral, resolveUrlShape, UNKNOWN } from './static-text';
import { childPath } from '../../parse/child-path';

/**
 * Where a request goes, as far as the file shows (only to classify it: the body decides
 * whether it is a password grant). The URL is a leading argument (`axios.post(url, ...)`,
 * `cy.request('POST', url, body)`, `request(app).post(url)`), an option (`{ url }`, `{ uri }`,
 * node's `{ hostname, path }`), the URL of `xhr.open(method, url)` for `xhr.send(body)`, or
 * that of `const req = https.request(options)` for `req.write(body)`.
 */

const URL_OPTION_KEYS = ['url', 'uri'];
const MEDIA_TYPE = /^(?:application|text|multipart|image|audio|video|font)\/[\w.+-]+\s*(?:;.*)?$/i;
/** How many leading arguments may be the URL (`cy.request(method, url, body)`). */
const URL_ARGUMENTS = 2;
const MAX_DEPTH = 4;

/** Does a static text look like a URL or a path (not a header value, media type or form body)? */
export function looksLikeUrl(shape: string): boolean {
  if (/\s/.test(shape.trim()) || MEDIA_TYPE.test(shape)) return false;
  if (shape.split('?')[0].includes('=')) return false;
  return shape.includes('/') || shape.startsWith(UNKNOWN);
}

/** The URL of an options object: `url` / `uri`, or node's `protocol` + `hostname` / `host` + `path`. */
function optionsUrl(options: NodePath<t.ObjectExpression>): string | null | undefined {
  const url = findObjectProperty(options, URL_OPTION_KEYS);
  if (url?.isObjectProperty()) return resolveUrlShape(childPath(url, 'value'));
  const host = findObjectProperty(options, ['hostname', 'host']);
  const path = findObjectProperty(options, ['path']);
  if (!host?.isObjectProperty() && !path?.isObjectProperty()) return undefined;
  const hostText = host?.isObjectProperty() ? resolveUrlShape(childPath(host, 'value')) : null;
  const pathText = path?.isObjectProperty() ? resolveUrlShape(childPath(path, 'value')) : null;
  if (pathText === null) return null;
  return `https://${hostText ?? UNKNOWN}${pathText.startsWith('/') ? '' : '/'}${pathText}`;
}

/** The URL of one call: an options object among its arguments, else a leading URL-like text. */
function callUrl(call: CallPath): string | null | undefined {
  const args = call.get('arguments') as NodePath[];
  for (const [index, arg] of args.entries()) {
    const options = resolveObjectLiteral(arg);
    if (options) {
      const url = optionsUrl(options);
      if (url !== undefined) return url;
      continue;
    }
    if (index >= URL_ARGUMENTS) continue;
    const shape = resolveUrlShape(arg);
    if (shape !== null && looksLikeUrl(shape)) return shape;
  }
  return undefined;
}

/** `xhr.send(body)` → the URL of `xhr.open(method, url)`; `req.write(body)` → the URL of `req`'s `https.request(...)`. */
function receiverUrl(call: CallPath, depth: number): string | null | undefined {
  const callee = childPath(call, 'callee');
  if (!isMemberLike(callee.node)) return undefined;
  const receiver = unwrapExpression(childPath(callee, 'object'));
  if (!receiver.isIdentifier()) return undefined;
  const init = getConstantInit(receiver);
  const created = init ? unwrapExpression(init) : null;
  if (created && (created.isCallExpression() || created.isNewExpression()) && depth < MAX_DEPTH) {
    const url = findChainUrl([created as CallPath], depth + 1);
    if (url !== undefined) return url;
  }
  const binding = receiver.scope.getBinding(receiver.node.name);
  for (const reference of binding?.referencePaths ?? []) {
    const member = reference.parentPath;
    const open = member?.parentPath;
    if (!member || !open || !isMemberLike(member.node) || getMemberPropertyName(member.node) !== 'open') continue;
    if (!open.isCallExpression() || open.node.callee !== member.node) continue;
    const target = (open.get('arguments') as NodePath[])[1];
    return target ? resolveUrlShape(target) : null;
  }
  return undefined;
}

/**
 * The URL shape of a request chain: a string (parts known only at run time as UNKNOWN),
 * null when the request names a URL the file does not show, undefined when none is named.
 */
export function findChainUrl(calls: readonly CallPath[], depth = 0): string | null | undefined {
  for (const call of calls) {
    const url = callUrl(call);
    if (url !== undefined) return url && call === calls[0] ? withBaseUrl(call, url) : url;
  }
  return receiverUrl(calls[0], depth);
}

/** `api.post('/oauth/token')` on `const api = axios.create({ baseURL })`: the path joined to the instance's base. */
function withBaseUrl(call: CallPath, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || url.startsWith(UNKNOWN)) return url;
  const callee = childPath(call, 'callee');
  if (!isMemberLike(callee.node)) return url;
  const init = getConstantInit(unwrapExpression(childPath(callee, 'object')));
  const created = init ? unwrapExpression(init) : null;
  if (!created?.isCallExpression() || !isMemberLike(created.node.callee) || getMemberPropertyName(created.node.callee) !== 'create') return url;
  const [config] = created.get('arguments') as NodePath[];
  const options = config ? resolveObjectLiteral(config) : null;
  const base = options ? findObjectProperty(options, ['baseURL', 'prefixUrl']) : null;
  if (!base?.isObjectProperty()) return url;
  const baseText = resolveUrlShape(childPath(base, 'value')) ?? UNKNOWN;
  return `${baseText.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
