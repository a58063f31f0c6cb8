import traverse, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { describeCode, normalizeWhitespace } from '../../detect/ast-utils';
import type { Endpoint } from '../types';
import { type BodyFacts, isPasswordGrant, mergeFacts, NO_FACTS, fieldFacts } from './body-facts';
import { getBodyFacts } from './body-grant';
import { classifyEndpoint } from './endpoint';
import { getNodeIndex } from '../../parse/node-index';
import { assignmentSetsPassword, indexMaySetPassword, propertySetsPassword, textMaySetPassword } from './grant-sites';
import { CHAINED_BODY_METHODS, type CallPath, getCalleeName, getChainCalls, handsOverReceivedRequest, isInsideMock, mayBeRequestChain } from './request-calls';
import { findChainUrl } from './request-url';
import { resolveTextShape } from './static-text';

/**
 * Raw HTTP password grants: a request whose body carries `grant_type=password` together
 * with a user name and a password, sent by any client (see request-calls.ts for which calls
 * count, body-grant.ts for which bodies are read). The URL, where the file shows one, only
 * classifies the finding (request-url.ts, endpoint.ts). One walk over the file: each call
 * chain is looked at once, from its last call.
 */

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

export interface HttpGrantOptions {
  /** further method names that are not raw requests (the SDK token methods of the configuration) */
  excludedMethods?: readonly string[];
}

/** A request call: `fetch(...)`, `axios.post(...)`, `new Request(...)`. */
export type RequestPath = CallPath;

/** What the arguments of one call of a chain add to the request body. */
function callBodyFacts(call: CallPath, chained: boolean): BodyFacts | null {
  const args = call.get('arguments') as NodePath[];
  const name = chained ? getCalleeName(call) : null;
  if (name === 'field') {
    // superagent's multipart `.field(name, value)`
    const [key, value] = args;
    const text = key ? resolveTextShape(key) : null;
    if (text === null) return { ...NO_FACTS, open: true };
    const valueText = value ? resolveTextShape(value) : null;
    return fieldFacts(text, valueText);
  }
  let facts: BodyFacts | null = null;
  for (const arg of args) {
    if (arg.isFunction()) continue;
    let found = getBodyFacts(arg);
    // `.send(credentials)` of a value the file does not show may hold any field
    if (!found && name !== null && CHAINED_BODY_METHODS.has(name)) found = { ...NO_FACTS, open: true };
    if (found) facts = facts ? mergeFacts(facts, found) : found;
  }
  return facts;
}

function chainBodyFacts(calls: readonly CallPath[]): BodyFacts {
  let facts: BodyFacts = { ...NO_FACTS };
  calls.forEach((call, index) => {
    const found = callBodyFacts(call, index > 0 || call.node.callee.type === 'MemberExpression');
    if (found) facts = mergeFacts(facts, found);
  });
  return facts;
}

/** Every raw HTTP password-grant request of a parsed file, in source order. */
export function findHttpPasswordGrants(ast: t.File, source: string, options: HttpGrantOptions = {}): HttpGrantSite[] {
  // Most files past the prefilter name only literal grant types other than `password` (the
  // SDK's own bundles do, by the dozen): the shared index settles those without a NodePath.
  if (!indexMaySetPassword(getNodeIndex(ast))) return [];
  const excluded = new Set(options.excludedMethods ?? []);
  // One walk: the request chains, and whether any grant type of the file can be `password`.
  const chains: CallPath[][] = [];
  let setsPassword = false;
  const visit = (path: CallPath) => {
    const calls = getChainCalls(path);
    if (calls && mayBeRequestChain(calls, excluded)) chains.push(calls);
  };
  traverse(ast, {
    CallExpression: visit,
    OptionalCallExpression: visit,
    NewExpression: visit,
    ObjectProperty(path) {
      setsPassword ||= propertySetsPassword(path);
    },
    AssignmentExpression(path) {
      setsPassword ||= assignmentSetsPassword(path);
    },
    StringLiteral(path) {
      setsPassword ||= textMaySetPassword(path);
    },
    TemplateElement(path) {
      setsPassword ||= textMaySetPassword(path);
    },
  });
  if (!setsPassword) return [];

  const found: HttpGrantSite[] = [];
  for (const calls of chains) {
    if (!isPasswordGrant(chainBodyFacts(calls)) || isInsideMock(calls[calls.length - 1]) || handsOverReceivedRequest(calls)) continue;
    const path = calls[calls.length - 1];
    const url = findChainUrl(calls);
    const outer = path.node;
    const start = outer.start ?? 0;
    const end = outer.end ?? 0;
    const head = calls[0].node.callee;
    found.push({
      start,
      end,
      loc: { line: outer.loc?.start.line ?? 1, column: (outer.loc?.start.column ?? 0) + 1 },
      endLoc: { line: outer.loc?.end.line ?? 1, column: (outer.loc?.end.column ?? 0) + 1 },
      calleeText: describeCode(source.slice(head.start ?? 0, head.end ?? 0)),
      normalizedText: normalizeWhitespace(source.slice(start, end)),
      endpoint: classifyEndpoint(url ?? null),
      request: calls[0],
      chain: calls.slice(1).filter((call): call is NodePath<t.CallExpression | t.OptionalCallExpression> => !call.isNewExpression()),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
