import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName } from '../../detect/ast-utils';
import { resolveObjectLiteral, resolveTextShape, UNKNOWN } from '../../check/http/static-text';
import { envRead } from '../render-login';
import { lineIndentAt, quoteString, startsLine } from '../text-style';
import type { RequestParts } from './locate-request-parts';
import { isOwnObject } from './locate-request-parts';
import { fail, succeed, type BodyEdit, type HttpRenderContext, type TextEdit, type Verdict } from './types';
import { childPath } from '../../parse/child-path';

/**
 * A client-credentials request must authenticate the OAuth client. Genesys Cloud takes the
 * client ID and secret as HTTP Basic. A request that already does so keeps what it has: an
 * `Authorization` header, an `auth` option (axios, request), got's `username` / `password`
 * options, superagent's `.auth(...)`, or `client_id` + `client_secret` in the body. Otherwise
 * the header is added from the environment variables the SDK rewrite uses; where the headers
 * exist but cannot be edited (built at run time, shared with other requests), a person adds it.
 */

const AUTH_OPTION_KEYS = ['auth'];
const GOT_AUTH_KEYS = ['username', 'password'];

/** Insertions that make the request send Basic client authentication. */
export interface AuthEdit {
  render(context: HttpRenderContext): TextEdit[];
}

/**
 * `'Basic ' + Buffer.from([process.env.ID, process.env.SECRET].join(':')).toString('base64')`,
 * on one line, as every rewrite writes: the formatter lays it out. The pair is an array
 * joined rather than a template literal because a line layout can break an array (one env
 * read a line, see format/break-long-call.ts) and can never break a template literal,
 * which alone is wider than 80 columns with the default variable names.
 */
export function renderBasicAuthValue(context: HttpRenderContext): string {
  const { quote } = context.style;
  const pair = `[${envRead(context.clientIdEnv, false)}, ${envRead(context.clientSecretEnv, false)}].join(${quoteString(':', quote)})`;
  return `${quoteString('Basic ', quote)} + Buffer.from(${pair}).toString(${quoteString('base64', quote)})`;
}

function propertyNames(object: NodePath<t.ObjectExpression>): (string | null)[] {
  return object.node.properties.map((property) => (property.type === 'SpreadElement' ? null : getKeyName(property as t.ObjectProperty)));
}

/** Adds `text` as the last property of an object literal, on its own line when the last one is. */
export function insertPropertyEdit(object: t.ObjectExpression, text: string, source: string, eol: string): TextEdit {
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const start = (object.start ?? 0) + 1;
    return { start, end: (object.end ?? 0) - 1, text: ` ${text} ` };
  }
  const end = last.end ?? 0;
  if (startsLine(source, last.start ?? 0)) {
    const indent = lineIndentAt(source, last.start ?? 0);
    const comma = /^[ \t]*,/.exec(source.slice(end));
    if (comma) return { start: end + comma[0].length, end: end + comma[0].length, text: `${eol}${indent}${text},` };
    return { start: end, end, text: `,${eol}${indent}${text}` };
  }
  return { start: end, end, text: `, ${text}` };
}

/** The headers' key, quoted when the object's other keys are. */
function authorizationKey(headers: t.ObjectExpression | null, source: string): (quote: "'" | '"') => string {
  const keys = headers?.properties.filter((property): property is t.ObjectProperty => property.type === 'ObjectProperty') ?? [];
  const quoted = keys.length > 0 && keys.every((property) => property.key.type === 'StringLiteral');
  if (!quoted) return () => 'Authorization';
  const first = source[keys[0].key.start ?? 0];
  return (quote) => quoteString('Authorization', first === '"' || first === "'" ? first : quote);
}

function findAuthorizationHeader(headers: NodePath<t.ObjectExpression>): NodePath | null {
  for (const property of headers.get('properties')) {
    if (!property.isObjectProperty()) continue;
    if (getKeyName(property.node)?.toLowerCase() === 'authorization') return childPath(property, 'value');
  }
  return null;
}

/** Known not to be Basic: a static value that starts with another scheme. */
function isOtherScheme(value: NodePath): boolean {
  const shape = resolveTextShape(value);
  if (shape === null || shape.startsWith(UNKNOWN)) return false;
  return !/^\s*basic(\s|$)/i.test(shape);
}

/** Headers already set on a superagent chain: `.set('Authorization', ...)`, `.set({ Authorization })`, `.auth(...)`. */
function chainAuthenticates(parts: RequestParts): boolean {
  return parts.chain.some((call) => {
    const name = getMemberPropertyName(call.node.callee as t.MemberExpression);
    if (name === 'auth') return true;
    if (name !== 'set') return false;
    const [first] = call.get('arguments') as NodePath[];
    if (!first) return false;
    const object = resolveObjectLiteral(first);
    if (object) return findAuthorizationHeader(object) !== null;
    return resolveTextShape(first)?.toLowerCase() === 'authorization';
  });
}

function headersEdit(headers: NodePath<t.ObjectExpression>, source: string): AuthEdit {
  const key = authorizationKey(headers.node, source);
  return {
    render: (context) => [insertPropertyEdit(headers.node, `${key(context.style.quote)}: ${renderBasicAuthValue(context)}`, source, context.style.eol)],
  };
}

function optionsEdit(options: NodePath<t.ObjectExpression>, source: string): Verdict<AuthEdit | null> {
  const names = propertyNames(options);
  if (names.some((name) => name !== null && AUTH_OPTION_KEYS.includes(name))) return succeed(null);
  if (GOT_AUTH_KEYS.every((key) => names.includes(key))) return succeed(null);
  const headersProperty = options.get('properties').find((property) => property.isObjectProperty() && getKeyName(property.node) === 'headers');
  if (!headersProperty) {
    if (names.includes(null)) return fail('the request options spread another object, which may hold the headers; add an Authorization: Basic header by hand if it has none');
    return succeed({
      render: (context) => [
        insertPropertyEdit(options.node, `headers: { Authorization: ${renderBasicAuthValue(context)} }`, source, context.style.eol),
      ],
    });
  }
  const value = childPath(headersProperty, 'value');
  const headers = resolveObjectLiteral(value);
  if (!headers) return fail('the request headers are built at run time: add an Authorization: Basic header with the client ID and secret by hand');
  const authorization = findAuthorizationHeader(headers);
  if (authorization) {
    return isOtherScheme(authorization) ? fail('the request sends an Authorization header that is not Basic: authenticate the client by hand') : succeed(null);
  }
  if (headers.node.properties.some((property) => property.type === 'SpreadElement')) {
    return fail('the request headers spread another object, which may hold the Authorization header; check it by hand');
  }
  if (!isOwnObject(value)) return fail('the request headers are shared with other code: add the Authorization: Basic header by hand');
  return succeed(headersEdit(headers, source));
}

/**
 * A body that names a client without its secret: the header the rewrite would add names the
 * new client-credentials client (the client ID variable), so the request would carry two client
 * IDs, which an OAuth server may refuse or resolve either way. Which one is meant, a person says.
 */
const CLIENT_ID_IN_BODY_REASON =
  'the token body sends client_id without client_secret, and the Basic header the rewrite would add names the client-credentials client from its own variables: ' +
  'remove client_id from the body or send that client\'s ID and secret there, by hand';

/** The edit that authenticates the client, `null` when the request already does. */
export function ensureBasicAuth(parts: RequestParts, body: BodyEdit, source: string): Verdict<AuthEdit | null> {
  const verdict = planBasicAuth(parts, body, source);
  if (verdict.ok && verdict.value !== null && body.sendsClientId) return fail(CLIENT_ID_IN_BODY_REASON);
  return verdict;
}

function planBasicAuth(parts: RequestParts, body: BodyEdit, source: string): Verdict<AuthEdit | null> {
  if (body.sendsClientSecret) return succeed(null);
  if (parts.options) {
    const edit = optionsEdit(parts.options, source);
    if (edit.ok && edit.value !== null && !parts.optionsEditable) {
      return fail('the request options are shared with other code: add an Authorization: Basic header by hand');
    }
    return edit;
  }
  if (parts.configAfter) {
    const node = parts.configAfter.node;
    let end = node.end ?? 0;
    // `post(url, (body))`: the new argument goes after the closing parenthesis.
    if ((node.extra as { parenthesized?: boolean } | undefined)?.parenthesized) end = source.indexOf(')', end) + 1;
    return succeed({ render: (context) => [{ start: end, end, text: `, { headers: { Authorization: ${renderBasicAuthValue(context)} } }` }] });
  }
  if (parts.chainCall) {
    if (chainAuthenticates(parts)) return succeed(null);
    const name = getMemberPropertyName(parts.chainCall.node.callee as t.MemberExpression);
    if (name !== 'send') return fail('the request has no headers the tool can edit: add an Authorization: Basic header by hand');
    const callee = parts.chainCall.node.callee as t.MemberExpression;
    const at = callee.object.end ?? 0;
    // A chain written one call a line gets the new call on a line of its own.
    const dot = source.lastIndexOf('.', callee.property.start ?? 0);
    const ownLine = dot >= at && startsLine(source, dot);
    return succeed({
      render: (context) => {
        const call = `.set(${quoteString('Authorization', context.style.quote)}, ${renderBasicAuthValue(context)})`;
        return [{ start: at, end: at, text: ownLine ? `${context.style.eol}${lineIndentAt(source, dot)}${call}` : call }];
      },
    });
  }
  return fail('the request has no options the tool can edit: add an Authorization: Basic header by hand');
}
