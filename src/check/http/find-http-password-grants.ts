import traverse, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { describeCode, findObjectProperty, getMemberPropertyName, isMemberLike, normalizeWhitespace } from '../../detect/ast-utils';
import { carriesPasswordGrant, isPasswordGrantPair } from './body-grant';
import { classifyEndpoint } from './endpoint';
import { resolveObjectLiteral, resolveTextShape } from './static-text';
import type { Endpoint } from '../types';
import { isTokenEndpointUrl } from './token-url';

/**
 * Raw HTTP password grants: a request to a URL ending in `/oauth/token` whose body carries
 * `grant_type=password`. The request shapes are those of the common clients:
 *
 * - `fetch(url, { body })`, `new Request(url, { body })`, node-fetch under any name;
 * - `axios.post(url, data)`, `axios(url, { data })`, `axios({ url, data })`, `instance.request(...)`;
 * - `got.post(url, { form | json | body })`, `got({ url, form })`;
 * - `request.post({ url, form })`, `request.post(url, { form })`, `request.post(url).form(...)`;
 * - `superagent.post(url).type('form').send(...)`, `.field('grant_type', 'password')`.
 *
 * A request is a call of a plain function or of a method named like an HTTP verb; calls
 * into HTTP mocking libraries (`nock(...).post(...)`) describe a server, not a request.
 */

const REQUEST_METHODS = new Set(['post', 'put', 'patch', 'request', 'fetch']);
/** Chained calls that add a body to a request already made (superagent, request). */
const CHAINED_BODY_METHODS = new Set(['send', 'form', 'field']);
const MOCK_LIBRARY_ROOTS = new Set(['nock', 'fetchMock', 'moxios']);
const URL_OPTION_KEYS = ['url', 'uri'];

export interface HttpGrantSite {
  start: number;
  end: number;
  loc: { line: number; column: number };
  endLoc: { line: number; column: number };
  /** the called function, e.g. `axios.post`, for the message */
  calleeText: string;
  normalizedText: string;
  /** where the request goes; `genesys` requests are the ones migrate can rewrite */
  endpoint: Endpoint;
  /** the request call itself (`axios.post(...)`, not calls chained onto it), for the HTTP rewrite */
  request: RequestPath;
  /** calls chained onto the request (`.type('form')`, `.send(body)`), innermost first */
  chain: NodePath<t.CallExpression | t.OptionalCallExpression>[];
}

export type RequestPath = NodePath<t.CallExpression | t.OptionalCallExpression | t.NewExpression>;

/** The identifier a call chain starts from: `nock` in `nock(base).post(...)`. */
function getChainRoot(node: t.Node): t.Node {
  let current = node;
  for (;;) {
    if (isMemberLike(current)) current = current.object;
    else if (current.type === 'CallExpression' || current.type === 'OptionalCallExpression' || current.type === 'NewExpression') {
      current = current.callee;
    } else return current;
  }
}

function isRequestCall(path: RequestPath): boolean {
  const callee = path.node.callee;
  if (path.isNewExpression()) return callee.type === 'Identifier' && callee.name === 'Request';
  const root = getChainRoot(callee);
  if (root.type === 'Identifier' && MOCK_LIBRARY_ROOTS.has(root.name)) return false;
  if (callee.type === 'Identifier') return true;
  if (!isMemberLike(callee)) return false;
  const name = getMemberPropertyName(callee);
  return name !== null && REQUEST_METHODS.has(name);
}

/** The call and the calls chained onto it (`a.post(url).type('form').send(body)`), innermost first. */
function getCallChain(path: RequestPath): NodePath<t.CallExpression | t.OptionalCallExpression>[] {
  const chain: NodePath<t.CallExpression | t.OptionalCallExpression>[] = [];
  let current: NodePath = path;
  for (;;) {
    const member = current.parentPath;
    const call = member?.parentPath;
    if (!member || !call || !isMemberLike(member.node) || member.node.object !== current.node) break;
    if (!(call.isCallExpression() || call.isOptionalCallExpression()) || call.node.callee !== member.node) break;
    chain.push(call);
    current = call;
  }
  return chain;
}

/** Does the body passed along this chain call carry the password grant? */
function chainedBodyCarries(call: NodePath<t.CallExpression | t.OptionalCallExpression>): boolean {
  const callee = call.node.callee as t.MemberExpression | t.OptionalMemberExpression;
  const name = getMemberPropertyName(callee);
  if (name === null || !CHAINED_BODY_METHODS.has(name)) return false;
  const [first, second] = call.get('arguments') as NodePath[];
  if (name === 'field') return isPasswordGrantPair(first, second);
  return !!first && carriesPasswordGrant(first);
}

/** The endpoint of a password-grant request, or null when the request is not one. */
function requestCarriesPasswordGrant(path: RequestPath, chain: ReturnType<typeof getCallChain>): Endpoint | null {
  const [first, ...rest] = path.get('arguments') as NodePath[];
  if (!first) return null;
  let bodies: NodePath[];
  let url: NodePath;
  if (isTokenEndpointUrl(first)) {
    bodies = rest;
    url = first;
  } else {
    // `axios({ url, data })`, `request({ uri, form })`, `got({ url, json })`
    const options = resolveObjectLiteral(first);
    const property = options ? findObjectProperty(options, URL_OPTION_KEYS) : null;
    if (!options || !property?.isObjectProperty() || !isTokenEndpointUrl(property.get('value') as NodePath)) return null;
    bodies = [options];
    url = property.get('value') as NodePath;
  }
  const carries = bodies.some((body) => carriesPasswordGrant(body)) || chain.some(chainedBodyCarries);
  return carries ? classifyEndpoint(resolveTextShape(url)) : null;
}

/** Every raw HTTP password-grant request of a parsed file, in source order. */
export function findHttpPasswordGrants(ast: t.File, source: string): HttpGrantSite[] {
  const found = new Map<number, HttpGrantSite>();
  const visit = (path: RequestPath) => {
    if (!isRequestCall(path)) return;
    const chain = getCallChain(path);
    const endpoint = requestCarriesPasswordGrant(path, chain);
    if (!endpoint) return;
    const outer = (chain[chain.length - 1] ?? path).node;
    const start = outer.start ?? 0;
    if (found.has(start)) return;
    const end = outer.end ?? 0;
    found.set(start, {
      start,
      end,
      loc: { line: outer.loc?.start.line ?? 1, column: (outer.loc?.start.column ?? 0) + 1 },
      endLoc: { line: outer.loc?.end.line ?? 1, column: (outer.loc?.end.column ?? 0) + 1 },
      calleeText: describeCode(source.slice(path.node.callee.start ?? 0, path.node.callee.end ?? 0)),
      normalizedText: normalizeWhitespace(source.slice(start, end)),
      endpoint,
      request: path,
      chain,
    });
  };
  traverse(ast, { CallExpression: visit, OptionalCallExpression: visit, NewExpression: visit });
  return [...found.values()].sort((a, b) => a.start - b.start);
}
