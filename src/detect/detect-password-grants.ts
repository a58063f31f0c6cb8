import traverse, { type NodePath } from '@babel/traverse';
import { getNodeIndex, type NodeIndex } from '../parse/node-index';
import type * as t from '@babel/types';
import { describeCode, getMemberPropertyName, isMemberLike, normalizeWhitespace } from './ast-utils';
import { findInsertionPoint, type InsertionPoint } from './insertion-point';
import { classifyTokenBody } from './resolve-credentials';
import { resolveReceiver } from './resolve-receiver';
import { getTokenMethods } from './token-methods';
import { DEFAULT_SDK_MODULES, type DetectOptions, type GrantSite, type ReceiverOrigin } from './types';
import { childPath } from '../parse/child-path';

/**
 * The one detector: finds `R.postOAuthApiToken(ARG)` calls (and calls of the wrapper
 * methods named by `tokenMethods`) that are (or may be) OAuth
 * password grants. `migrate`, `check` and the jscodeshift transform all call this, so a
 * site is found the same way everywhere. It reads a Babel AST (from @babel/parser
 * directly, or the same tree jscodeshift builds) and returns plain data; the rewrite
 * also gets the node paths it needs through `findGrantSites`.
 */

/** A site plus the AST handles the rewrite needs. Internal to this package. */
export interface LocatedGrantSite {
  site: GrantSite;
  call: NodePath<t.CallExpression | t.OptionalCallExpression>;
  callee: NodePath<t.MemberExpression | t.OptionalMemberExpression>;
  receiver: NodePath;
  insertion: InsertionPoint;
}

/** `x`, `this`, `a.b.c`, `a['b']`: receivers that can be written twice without effects. */
function isReusableReceiver(node: t.Node): boolean {
  switch (node.type) {
    case 'Identifier':
    case 'ThisExpression':
      return true;
    case 'TSNonNullExpression':
      return isReusableReceiver(node.expression);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return (!node.computed || node.property.type === 'StringLiteral') && isReusableReceiver(node.object);
    default:
      return false;
  }
}

function toOrigin(kind: 'sdk' | 'sdk-typed' | 'untraced'): ReceiverOrigin {
  return kind;
}

function analyseCall(
  call: NodePath<t.CallExpression | t.OptionalCallExpression>,
  source: string,
  sdkModules: readonly string[],
  methods: readonly string[],
  options: DetectOptions,
): LocatedGrantSite | null {
  const callee = childPath(call, 'callee');
  const method = isMemberLike(callee.node) ? getMemberPropertyName(callee.node) : null;
  if (method === null || !methods.includes(method)) return null;
  const receiver = childPath(callee, 'object');

  const receiverKind = resolveReceiver(receiver, { sdkModules, method, facts: options.facts, depth: 0 });
  if (receiverKind === 'not-sdk') return null;

  const args = call.get('arguments') as NodePath[];
  const verdict = classifyTokenBody(args[0], source, options.facts);
  if (verdict.grant === 'not-password') return null;

  const node = call.node;
  const start = node.start ?? 0;
  const end = node.end ?? 0;
  const receiverText = source.slice(receiver.node.start ?? 0, receiver.node.end ?? 0);
  const insertion = findInsertionPoint(call);

  let reason: string | null = null;
  if (verdict.grant === 'unknown') {
    reason = `cannot tell whether this is a password grant: ${verdict.reason}`;
  } else if (args.length !== 1 || args[0].isSpreadElement()) {
    reason = `${method} is called with ${args.length} arguments; only a single token request body is understood`;
  } else if (!isReusableReceiver(unwrapReceiver(receiver.node))) {
    reason = `the client \`${describeCode(receiverText)}\` is created in the call itself; store it in a variable first`;
  } else if (insertion.kind === 'none') {
    reason = insertion.reason;
  }

  const site: GrantSite = {
    start,
    end,
    loc: { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 },
    endLoc: { line: node.loc?.end.line ?? 1, column: (node.loc?.end.column ?? 0) + 1 },
    receiverText,
    method,
    receiverOrigin: toOrigin(receiverKind),
    grant: verdict.grant,
    credentialShape: verdict.grant === 'password' ? verdict.shape : null,
    fixable: reason === null,
    reason,
    normalizedText: normalizeWhitespace(source.slice(start, end)),
    literals: verdict.grant === 'password' ? verdict.literals : [],
    legacyEnvVars: verdict.grant === 'password' ? [...new Set(verdict.legacyEnvVars)] : [],
  };
  return { site, call, callee: callee as LocatedGrantSite['callee'], receiver, insertion };
}

function unwrapReceiver(node: t.Node): t.Node {
  return node.type === 'ParenthesizedExpression' ? unwrapReceiver(node.expression) : node;
}

/** Finds every password-grant site of a parsed file, with the paths the rewrite needs. */
export function findGrantSites(ast: t.File, source: string, options: DetectOptions = {}): LocatedGrantSite[] {
  const sdkModules = [...DEFAULT_SDK_MODULES, ...(options.sdkModules ?? [])];
  const methods = getTokenMethods(options);
  // A site is a call of a token method on a member: without one (the index tells, no
  // NodePaths), there is nothing to resolve. Files that name the method in a comment, a
  // log line or a type are common past the prefilter.
  if (!callsTokenMethod(getNodeIndex(ast), methods)) return [];
  const found: LocatedGrantSite[] = [];
  const visit = (call: NodePath<t.CallExpression | t.OptionalCallExpression>) => {
    const located = analyseCall(call, source, sdkModules, methods, options);
    if (located) found.push(located);
  };
  traverse(ast, { CallExpression: visit, OptionalCallExpression: visit });
  return found.sort((a, b) => a.site.start - b.site.start);
}

/** analyseCall's first test, on the index: a call of `<something>.<token method>(...)`. */
function callsTokenMethod(index: NodeIndex, methods: readonly string[]): boolean {
  const named = ({ node }: { node: t.CallExpression | t.OptionalCallExpression }) => {
    const name = isMemberLike(node.callee) ? getMemberPropertyName(node.callee) : null;
    return name !== null && methods.includes(name);
  };
  return index.of('CallExpression').some(named) || index.of('OptionalCallExpression').some(named);
}

/** Finds every password-grant site of a parsed file (plain data). */
export function detectPasswordGrants(ast: t.File, source: string, options: DetectOptions = {}): GrantSite[] {
  return findGrantSites(ast, source, options).map((located) => located.site);
}
