import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import {
  describeCode,
  findObjectProperty,
  getMemberPropertyName,
  getProcessEnvName,
  hasSpreadProperty,
  isCallLike,
  isMemberLike,
  unwrapExpression,
} from './ast-utils';
import type { CredentialLiteral, CredentialShape, TypeFacts } from './types';
import { childPath } from '../parse/child-path';

/**
 * Decides from the argument of `postOAuthApiToken(ARG)` whether the call is a password
 * grant, following `const` objects and variables of the same file. It never guesses:
 * anything built at run time is `unknown` with a reason a person can act on.
 */

export type TokenBodyVerdict =
  | {
      grant: 'password';
      shape: CredentialShape;
      literals: CredentialLiteral[];
      legacyEnvVars: string[];
    }
  | { grant: 'not-password' }
  | { grant: 'unknown'; reason: string };

interface Context {
  source: string;
  facts?: TypeFacts;
  depth: number;
}

const MAX_DEPTH = 10;
const GRANT_TYPE_KEYS = ['grant_type', 'grantType'];

type Resolved = { object: NodePath<t.ObjectExpression> } | { unknown: string } | { fact: TokenBodyVerdict };

function textOf(path: NodePath, context: Context): string {
  return context.source.slice(path.node.start ?? 0, path.node.end ?? 0);
}

function factFor(path: NodePath, context: Context): TokenBodyVerdict | null {
  const fact = context.facts?.credentialGrant?.(path.node.start ?? -1, path.node.end ?? -1);
  if (!fact) return null;
  if (fact.grant === 'not-password') return { grant: 'not-password' };
  return { grant: 'password', shape: fact.shape, literals: [], legacyEnvVars: fact.legacyEnvVars };
}

/** Follows an expression to the object literal it evaluates to, when that is static. */
function resolveObject(path: NodePath, context: Context): Resolved {
  const fact = factFor(path, context);
  if (fact) return { fact };
  if (context.depth > MAX_DEPTH) return { unknown: 'the credentials are nested too deeply to follow' };
  const expr = unwrapExpression(path);
  const next = { ...context, depth: context.depth + 1 };

  if (expr.isObjectExpression()) return { object: expr };
  if (expr.isIdentifier()) {
    const name = expr.node.name;
    const binding = expr.scope.getBinding(name);
    if (!binding) return { unknown: `\`${name}\` is not defined in this file` };
    if (binding.kind === 'param') {
      return { unknown: `the credentials come in through the parameter \`${name}\`` };
    }
    if (binding.kind === 'module') {
      const declaration = binding.path.parentPath?.node as t.ImportDeclaration | undefined;
      const from = declaration?.source ? ` from '${declaration.source.value}'` : '';
      return { unknown: `\`${name}\` is imported${from}; its value is not visible in this file` };
    }
    if (!binding.path.isVariableDeclarator() || !binding.path.get('id').isIdentifier()) {
      return { unknown: `\`${name}\` is not a plain variable of this file` };
    }
    if (!binding.constant) return { unknown: `\`${name}\` is reassigned, so its value is only known at run time` };
    const init = binding.path.get('init');
    if (!init.node) return { unknown: `\`${name}\` has no initial value` };
    return resolveObject(init as NodePath, next);
  }
  if (isMemberLike(expr.node)) {
    const name = getMemberPropertyName(expr.node);
    const holder = resolveObject(childPath(expr, 'object'), next);
    if (name !== null && 'object' in holder) {
      const property = findObjectProperty(holder.object, [name]);
      if (property?.isObjectProperty()) return resolveObject(childPath(property, 'value'), next);
    }
    return { unknown: `\`${describeCode(textOf(expr, context))}\` is only known at run time` };
  }
  if (isCallLike(expr.node)) {
    const callee = childPath(expr, 'callee');
    return { unknown: `the credentials are returned by \`${describeCode(textOf(callee, context))}()\` at run time` };
  }
  if (expr.isAwaitExpression()) {
    return { unknown: `the credentials are awaited from \`${describeCode(textOf(expr.get('argument'), context))}\`` };
  }
  return { unknown: 'the credentials are built at run time' };
}

/** A string value known statically: a literal, a plain template, or a `const` holding one. */
function resolveStaticString(path: NodePath, context: Context): string | null {
  const expr = unwrapExpression(path);
  if (expr.isStringLiteral()) return expr.node.value;
  if (expr.isTemplateLiteral() && expr.node.expressions.length === 0) return expr.node.quasis[0]?.value.cooked ?? null;
  if (expr.isIdentifier() && context.depth <= MAX_DEPTH) {
    const binding = expr.scope.getBinding(expr.node.name);
    if (!binding?.constant || !binding.path.isVariableDeclarator()) return null;
    const init = binding.path.get('init');
    return init.node ? resolveStaticString(init as NodePath, { ...context, depth: context.depth + 1 }) : null;
  }
  return null;
}

function literalAt(node: t.Node, kind: CredentialLiteral['kind']): CredentialLiteral {
  return { kind, line: node.loc?.start.line ?? 0, start: node.start ?? 0, end: node.end ?? 0 };
}

/** Collects hard-coded literals and env var names that feed a username/password value. */
function collectValueOrigins(
  path: NodePath,
  kind: CredentialLiteral['kind'],
  context: Context,
  into: { literals: CredentialLiteral[]; legacyEnvVars: string[] },
): void {
  if (context.depth > MAX_DEPTH) return;
  const expr = unwrapExpression(path);
  const node = expr.node;
  if (expr.isStringLiteral()) {
    if (expr.node.value !== '') into.literals.push(literalAt(node, kind));
    return;
  }
  if (expr.isTemplateLiteral()) {
    if (expr.node.expressions.length === 0) into.literals.push(literalAt(node, kind));
    for (const inner of expr.get('expressions')) collectValueOrigins(inner as NodePath, kind, context, into);
    return;
  }
  const envName = getProcessEnvName(node);
  if (envName !== null) {
    into.legacyEnvVars.push(envName);
    return;
  }
  if (expr.isLogicalExpression() || expr.isBinaryExpression()) {
    collectValueOrigins(childPath(expr, 'left'), kind, context, into);
    collectValueOrigins(childPath(expr, 'right'), kind, context, into);
    return;
  }
  if (expr.isIdentifier()) {
    const binding = expr.scope.getBinding(expr.node.name);
    // A parameter's default value (`pw = 'S3cret'`) is as hard-coded as a constant: a secret to list.
    const parameterDefault = binding?.kind === 'param' ? findParameterDefault(binding.path, binding.identifier) : null;
    if (parameterDefault) {
      collectValueOrigins(parameterDefault, kind, { ...context, depth: context.depth + 1 }, into);
      return;
    }
    if (!binding?.path.isVariableDeclarator() || !binding.constant) return;
    const init = binding.path.get('init');
    if (init.node) collectValueOrigins(init as NodePath, kind, { ...context, depth: context.depth + 1 }, into);
  }
}

/** The default value of a parameter binding (`(pw = 'x')`, `({ pw = 'x' })`), if it has one. */
function findParameterDefault(parameter: NodePath, identifier: t.Identifier): NodePath | null {
  if (parameter.isAssignmentPattern() && parameter.node.left === identifier) return childPath(parameter, 'right');
  let found: NodePath | null = null;
  parameter.traverse({
    AssignmentPattern(pattern) {
      if (pattern.node.left === identifier) {
        found = childPath(pattern, 'right');
        pattern.stop();
      }
    },
  });
  return found;
}

function credentialOrigins(object: NodePath<t.ObjectExpression>, context: Context) {
  const into = { literals: [] as CredentialLiteral[], legacyEnvVars: [] as string[] };
  for (const kind of ['username', 'password'] as const) {
    const property = findObjectProperty(object, [kind]);
    if (property?.isObjectProperty()) collectValueOrigins(childPath(property, 'value'), kind, context, into);
  }
  return into;
}

/** Classifies the body passed to `postOAuthApiToken`. */
export function classifyTokenBody(
  argument: NodePath | undefined,
  source: string,
  facts?: TypeFacts,
): TokenBodyVerdict {
  if (!argument?.node) return { grant: 'unknown', reason: 'the call has no token request body' };
  const context: Context = { source, facts, depth: 0 };
  const body = resolveObject(argument, context);
  if ('fact' in body) return body.fact;
  if ('unknown' in body) return { grant: 'unknown', reason: body.unknown };

  const grantType = findObjectProperty(body.object, GRANT_TYPE_KEYS);
  if (grantType) {
    if (!grantType.isObjectProperty()) return { grant: 'unknown', reason: 'grant_type is computed at run time' };
    const value = resolveStaticString(childPath(grantType, 'value'), context);
    if (value === null) return { grant: 'unknown', reason: 'grant_type is computed at run time' };
    if (value !== 'password') return { grant: 'not-password' };
    return { grant: 'password', shape: 'grant-type-password', ...credentialOrigins(body.object, context) };
  }

  const credentials = findObjectProperty(body.object, ['credentials']);
  if (credentials) {
    if (!credentials.isObjectProperty()) return { grant: 'unknown', reason: '`credentials` is computed at run time' };
    const inner = resolveObject(childPath(credentials, 'value'), { ...context, depth: 1 });
    if ('fact' in inner) return inner.fact;
    if ('unknown' in inner) return { grant: 'unknown', reason: inner.unknown };
    if (!findObjectProperty(inner.object, ['username', 'password'])) {
      return hasSpreadProperty(inner.object)
        ? { grant: 'unknown', reason: '`credentials` is spread from another object' }
        : { grant: 'unknown', reason: '`credentials` holds no username or password' };
    }
    return { grant: 'password', shape: 'credentials-object', ...credentialOrigins(inner.object, context) };
  }

  if (hasSpreadProperty(body.object)) {
    return { grant: 'unknown', reason: 'the token request is spread from another object' };
  }
  return { grant: 'unknown', reason: 'the token request names neither `credentials` nor `grant_type`' };
}
