import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { resolveObjectLiteral, resolveTextShape } from '../http/static-text';
import { traceModuleValue, type ModuleValue } from './trace-module-value';
import { isPackage, packageOf } from './library';
import { childPath } from '../../parse/child-path';

/** Small readers of library calls, shared by the families. */

type Call = NodePath<t.CallExpression | t.OptionalCallExpression>;

/** `a.b.method(...)` → 'method'; a plain `f(...)` → 'f'. */
export function getCalledName(call: Call): string | null {
  const callee = unwrapExpression(childPath(call, 'callee')).node;
  if (isMemberLike(callee)) return getMemberPropertyName(callee);
  return callee.type === 'Identifier' ? callee.name : null;
}

/** How many names deep valueBehind follows `const a = b` chains. */
const MAX_VALUE_STEPS = 4;

/**
 * What a receiver stands for, when `match` accepts it: the expression itself, or the value of
 * a name declared once (`const conn = new Connection(...)`, never reassigned), through `await`
 * and parentheses, a few names deep. Families use it to find the construction or factory call
 * behind `conn.login(...)`.
 */
export function valueBehind<T>(receiver: NodePath, match: (path: NodePath) => T | null, depth = 0): T | null {
  if (depth > MAX_VALUE_STEPS) return null;
  const path = unwrapExpression(receiver);
  const matched = match(path);
  if (matched !== null) return matched;
  if (path.isAwaitExpression()) return valueBehind(path.get('argument'), match, depth + 1);
  if (!path.isIdentifier()) return null;
  const binding = path.scope.getBinding(path.node.name);
  if (!binding || binding.constantViolations.length > 0 || !binding.path.isVariableDeclarator()) return null;
  if (binding.path.node.id.type !== 'Identifier') return null;
  const init = binding.path.get('init');
  return init.node ? valueBehind(init as NodePath, match, depth + 1) : null;
}

/** The receiver of `r.method(...)`, or null for a plain call. */
export function getReceiver(call: Call): NodePath | null {
  const callee = unwrapExpression(childPath(call, 'callee'));
  return isMemberLike(callee.node) ? (childPath(callee, 'object')) : null;
}

/** The name an expression ends in: `platform` for `platform` or `sdk.platform`; null otherwise. */
export function getLastName(path: NodePath): string | null {
  const expr = unwrapExpression(path);
  if (expr.isIdentifier()) return expr.node.name;
  return isMemberLike(expr.node) ? getMemberPropertyName(expr.node) : null;
}

/** The member names of a callee chain, innermost first: `a.b.c(...)` → ['a', 'b', 'c']. */
export function getCalleeChain(call: Call): string[] {
  const names: string[] = [];
  let current = unwrapExpression(childPath(call, 'callee')).node;
  while (isMemberLike(current)) {
    const name = getMemberPropertyName(current);
    if (name === null) return [];
    names.unshift(name);
    current = current.object;
  }
  return names;
}

/**
 * What a receiver is, for one library: `library` when it traces to one of the packages,
 * `other` when it traces to another package, `untraced` when the file does not say.
 */
export function classifyValue(path: NodePath | null, packages: readonly string[]): { kind: 'library'; value: ModuleValue } | { kind: 'other' } | { kind: 'untraced' } {
  const value = path ? traceModuleValue(path) : null;
  // The project's own modules (`./config/keycloak`) may hand out any client: untraced.
  if (value === null || /^[./]/.test(value.module)) return { kind: 'untraced' };
  return isPackage(value.module, packages) ? { kind: 'library', value } : { kind: 'other' };
}

export function endsWith(steps: readonly string[], suffix: readonly string[]): boolean {
  return suffix.length <= steps.length && suffix.every((step, index) => steps[steps.length - suffix.length + index] === step);
}

/**
 * The text of a property of an object argument (`{ grant_type: 'password' }`, or a `const`
 * object named by the argument): the string when known, null when it is there but cannot be
 * resolved, undefined when the argument is not an object the file shows or lacks the key.
 */
export function getOptionText(argument: NodePath | undefined, names: readonly string[]): string | null | undefined {
  const object = argument ? resolveObjectLiteral(argument) : null;
  if (!object) return undefined;
  const property = findObjectProperty(object, names);
  if (!property) return undefined;
  if (!property.isObjectProperty()) return null;
  return resolveTextShape(childPath(property, 'value'));
}

/** Does the argument resolve to an object literal with one of these keys? */
export function hasOption(argument: NodePath | undefined, names: readonly string[]): boolean {
  const object = argument ? resolveObjectLiteral(argument) : null;
  return !!object && findObjectProperty(object, names) !== null;
}

/** The text of an argument when the file shows it statically (`'password'`, a `const`). */
export function getArgumentText(argument: NodePath | undefined): string | null {
  return argument ? resolveTextShape(argument) : null;
}

/** The class's own method of that name (library source and test doubles define it). */
export function classDefines(classPath: NodePath<t.Class> | null, method: string): boolean {
  if (!classPath) return false;
  return classPath.node.body.body.some(
    (member) =>
      (member.type === 'ClassMethod' || member.type === 'ClassProperty') &&
      member.key.type === 'Identifier' &&
      member.key.name === method,
  );
}

/**
 * The package a called function is imported from (`import { f } from 'pkg'`, `pkg.f`, `require('pkg').f`):
 * one of these, when the traced name is `name`; else null.
 */
export function importedFunctionPackage(callee: NodePath, name: string, packages: readonly string[]): string | null {
  const value = traceModuleValue(callee);
  if (!value || value.steps[value.steps.length - 1] !== name) return null;
  return packageOf(value.module, packages);
}
