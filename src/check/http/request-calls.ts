import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getMemberPropertyName, isCallLike, isMemberLike } from '../../detect/ast-utils';
import { TOKEN_METHOD } from '../../detect/types';
import { BODY_ENCODERS, PAIR_CONTAINERS } from './body-grant';
import { resolveObjectLiteral } from './static-text';
import { childPath } from '../../parse/child-path';

/**
 * Which calls send an HTTP request. The body decides what a request is, so any call that
 * hands a body over counts (`fetch`, `axios.post`, `$.ajax`, `$http(...)`, `cy.request`,
 * `pm.sendRequest`, `xhr.send`, `req.write`, an in-house `api.token(url, body)`), together
 * with the calls chained onto it (`request(app).post(url).send(a).send(b)`). What only
 * looks like one is left out: HTTP mocks and stubs, assertions, loggers, the encoders that
 * build a body, and the calls other rules own (the SDK's token method, OAuth libraries).
 */

export type CallPath = NodePath<t.CallExpression | t.OptionalCallExpression | t.NewExpression>;

/** Roots of mocking, stubbing and assertion chains: a body in them describes a server. */
const MOCK_ROOTS = new Set([
  'nock',
  'fetchMock',
  'moxios',
  'sinon',
  'jest',
  'vi',
  'td',
  'expect',
  'assert',
  'should',
  'console',
  'httpMocks',
]);

/** A chain holding one of these mocks or checks a request instead of sending it. */
const MOCK_METHODS = new Set([
  'reply',
  'replyOnce',
  'intercept',
  'stubRequest',
  'withArgs',
  'calledWith',
  'calledWithMatch',
  'calledWithExactly',
  'toHaveBeenCalledWith',
  'toBeCalledWith',
  'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'deepEqual',
  'eql',
  'equal',
  'deepStrictEqual',
  'deepEquals',
  'same',
  'strictSame',
  'like',
  'toMatch',
  'mockResolvedValue',
  'mockResolvedValueOnce',
  'mockReturnValue',
  'mockReturnValueOnce',
  'mockImplementation',
  'onPost',
  'onPut',
  'onPatch',
  'onAny',
  'onGet',
  'createRequest',
  'mockRequest',
]);

/**
 * Calls that take a body without sending it: encoders and containers (their result is sent
 * by the enclosing call), loggers, object utilities, and calls other rules report
 * (`library-password-grant`: openid-client's `grant`, keycloak admin clients' `auth`).
 */
const NOT_REQUESTS = new Set([
  ...BODY_ENCODERS,
  'toString',
  'append',
  'set',
  'log',
  'debug',
  'info',
  'warn',
  'error',
  'trace',
  'assign',
  'freeze',
  'push',
  'unshift',
  'concat',
  'merge',
  'extend',
  'keys',
  'entries',
  'values',
  'setItem',
  'grant',
  'genericGrantRequest',
  'auth',
  TOKEN_METHOD,
  // schema validators read a body (an OAuth server checking what it received, a test of the schema)
  'validate',
  'validateSync',
  'validateAsync',
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
]);

/** Chained calls that carry (part of) the body of the request they continue. */
export const CHAINED_BODY_METHODS = new Set(['send', 'form', 'field', 'query', 'write']);

function getCalleeName(path: CallPath): string | null {
  const callee = path.node.callee;
  if (callee.type === 'Identifier') return callee.name;
  return isMemberLike(callee) ? getMemberPropertyName(callee) : null;
}

/** Is this call continued by another (`a.post(url)` in `a.post(url).send(body)`)? */
function isContinued(path: CallPath): boolean {
  const member = path.parentPath;
  const call = member?.parentPath;
  return !!member && !!call && isMemberLike(member.node) && member.node.object === path.node && isCallLike(call.node) && call.node.callee === member.node;
}

/** The calls of the chain that ends at `tail`, innermost first; null when `tail` is continued. */
export function getChainCalls(tail: CallPath): CallPath[] | null {
  if (isContinued(tail)) return null;
  const calls: CallPath[] = [tail];
  let current: CallPath = tail;
  for (;;) {
    const callee = childPath(current, 'callee');
    if (!isMemberLike(callee.node)) break;
    const object = childPath(callee, 'object');
    if (!(object.isCallExpression() || object.isOptionalCallExpression() || object.isNewExpression())) break;
    calls.push(object as CallPath);
    current = object as CallPath;
  }
  return calls.reverse();
}

/** The identifier a chain starts from: `nock` in `nock(base).post(...)`, `cy` in `cy.request(...)`. */
function getChainRootName(node: t.Node): string | null {
  let current = node;
  for (;;) {
    if (isMemberLike(current)) current = current.object;
    else if (isCallLike(current) || current.type === 'NewExpression') current = current.callee;
    else return current.type === 'Identifier' ? current.name : null;
  }
}

function isMockChain(calls: readonly CallPath[]): boolean {
  const root = getChainRootName(calls[0].node);
  if (root !== null && MOCK_ROOTS.has(root)) return true;
  return calls.some((call) => MOCK_METHODS.has(getCalleeName(call) ?? ''));
}

const URL_KEYS = ['url', 'uri', 'path', 'baseURL', 'baseUrl', 'host', 'hostname'];

function objectKeys(object: NodePath<t.ObjectExpression>): Set<string> {
  const keys = new Set<string>();
  for (const property of object.node.properties) {
    if (property.type === 'ObjectProperty' && property.key.type === 'Identifier') keys.add(property.key.name);
    else if (property.type === 'ObjectProperty' && property.key.type === 'StringLiteral') keys.add(property.key.value);
  }
  return keys;
}

/**
 * `new Request(url, init)` is fetch's; `new Request({ body, headers, query })` is an OAuth
 * server's (oauth2-server), and so is a plain `{ body, query, ... }` without any URL handed to a
 * grant handler (`handler.handle(request, client)` in an OAuth server's tests, see
 * `handsOverReceivedRequest`): what arrived, not what is sent.
 */
function isServerSideRequestObject(call: CallPath): boolean {
  if (!call.isNewExpression()) return false;
  const [first] = call.get('arguments') as NodePath[];
  const options = first ? resolveObjectLiteral(first) : null;
  return !!options && !URL_KEYS.slice(0, 2).some((key) => objectKeys(options).has(key));
}

/** Is a request-like object without any URL (`{ body, query }`) handed to the chain's first call? Asked of password-grant chains only. */
export function handsOverReceivedRequest(calls: readonly CallPath[]): boolean {
  const args = calls[0].get('arguments') as NodePath[];
  return args.some((arg) => {
    const object = resolveObjectLiteral(arg);
    if (!object) return false;
    const keys = objectKeys(object);
    return keys.has('body') && keys.has('query') && !URL_KEYS.some((key) => keys.has(key));
  });
}

/** Inside the arguments of a mock or an assertion (`td.when(fetch(...))`, `expect(send(...))`)? */
export function isInsideMock(tail: CallPath): boolean {
  let current: NodePath = tail;
  for (let depth = 0; depth < 10; depth++) {
    const parent = current.parentPath;
    if (!parent) return false;
    if ((parent.isCallExpression() || parent.isOptionalCallExpression() || parent.isNewExpression()) && current.listKey === 'arguments') {
      const root = getChainRootName(parent.node);
      if ((root !== null && MOCK_ROOTS.has(root)) || MOCK_METHODS.has(getCalleeName(parent as CallPath) ?? '')) return true;
    } else if (!parent.isAwaitExpression() && !parent.isMemberExpression() && !isCallLike(parent.node)) {
      return false;
    }
    current = parent;
  }
  return false;
}

/**
 * Could this chain send a request, as far as the chain itself shows? (Whether it sits inside
 * a mock is asked only of the chains that carry a password grant: `isInsideMock`.)
 * `extraExcluded` names further calls another rule owns (the configured SDK token methods).
 */
export function mayBeRequestChain(calls: readonly CallPath[], extraExcluded: ReadonlySet<string>): boolean {
  const root = calls[0];
  if (calls.every((call) => call.node.arguments.length === 0)) return false;
  const name = getCalleeName(root);
  if (name !== null && (NOT_REQUESTS.has(name) || extraExcluded.has(name))) return false;
  if (root.isNewExpression() && (PAIR_CONTAINERS.has(name ?? '') || isServerSideRequestObject(root))) return false;
  return !isMockChain(calls);
}

export { getCalleeName };
