import type { Binding, NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { childPath } from '../../parse/child-path';

/**
 * What a string expression is known to hold, statically, within one file. Parts known only
 * at run time become UNKNOWN, so `${base}/oauth/token` is "\0/oauth/token": enough to say
 * where a URL ends or which pairs a form body carries, without guessing the rest.
 */

export const UNKNOWN = '\u0000';
const MAX_DEPTH = 10;

/** The `const` initialiser an identifier stands for, when it is never reassigned. */
export function getConstantInit(path: NodePath): NodePath | null {
  if (!path.isIdentifier()) return null;
  const binding = path.scope.getBinding(path.node.name);
  if (!binding?.constant || !binding.path.isVariableDeclarator()) return null;
  if (!binding.path.get('id').isIdentifier()) return null;
  const init = binding.path.get('init');
  return init.node ? (init as NodePath) : null;
}

/** Follows `const` names and `a.b` reads of `const` objects to an object literal. */
export function resolveObjectLiteral(path: NodePath, depth = 0): NodePath<t.ObjectExpression> | null {
  if (depth > MAX_DEPTH) return null;
  const expr = unwrapExpression(path);
  if (expr.isObjectExpression()) return expr;
  if (expr.isThisExpression()) return resolveMethodHolder(expr, depth);
  const init = getConstantInit(expr);
  if (init) return resolveObjectLiteral(init, depth + 1);
  const value = getConstantProperty(expr, depth);
  return value ? resolveObjectLiteral(value, depth + 1) : null;
}

/**
 * `this` (or `var self = this`) inside a method of a file-local object literal: that object.
 * The method is either written in the literal (`{ grant_type: 'password', login() { … } }`)
 * or attached to it afterwards (`Auth.login = function () { … }`), the way pre-class modules
 * keep settings next to the request that reads them. Arrow functions take `this` from outside;
 * class bodies are read as class fields (`getAssignedProperty`), not here.
 */
function resolveMethodHolder(path: NodePath<t.ThisExpression>, depth: number): NodePath<t.ObjectExpression> | null {
  const fn = path.getFunctionParent();
  if (!fn || fn.isArrowFunctionExpression() || fn.isClassMethod() || fn.isClassPrivateMethod()) return null;
  if (fn.isObjectMethod()) return fn.parentPath.isObjectExpression() ? fn.parentPath : null;
  if (!fn.isFunctionExpression()) return null;
  const parent = fn.parentPath;
  if (parent.isObjectProperty() && parent.node.value === fn.node) {
    return parent.parentPath.isObjectExpression() ? parent.parentPath : null;
  }
  if (parent.isAssignmentExpression({ operator: '=' }) && parent.node.right === fn.node && isMemberLike(parent.node.left)) {
    return resolveObjectLiteral(childPath(childPath(parent, 'left'), 'object'), depth + 1);
  }
  return null;
}

/** `config.tokenUrl` where `config` is a `const` object literal → the property's value. */
export function getConstantProperty(path: NodePath, depth = 0): NodePath | null {
  if (!isMemberLike(path.node)) return null;
  const name = getMemberPropertyName(path.node);
  if (name === null) return null;
  const holder = resolveObjectLiteral(childPath(path, 'object'), depth + 1);
  const property = holder ? findObjectProperty(holder, [name]) : null;
  if (property?.isObjectProperty()) return childPath(property, 'value');
  return holder ? null : getDeclaredMember(childPath(path, 'object'), name);
}

/**
 * `GrantType.Password` of a TypeScript `enum` declared in the file, and `AuthApi.GRANT` of a
 * class of the file declaring `static GRANT = 'password'`: the member's initial value. A class
 * whose name is reassigned, or a member without an initialiser, says nothing.
 */
function getDeclaredMember(object: NodePath, name: string): NodePath | null {
  const holder = unwrapExpression(object);
  if (!holder.isIdentifier()) return null;
  const binding = holder.scope.getBinding(holder.node.name);
  if (binding) {
    if (!binding.constant || !binding.path.isClassDeclaration()) return null;
    for (const member of binding.path.get('body').get('body')) {
      if (!member.isClassProperty() || !member.node.static || getKeyNameOf(member.node) !== name) continue;
      const value = member.get('value');
      return value.node ? (value as NodePath) : null;
    }
    return null;
  }
  const declaration = findEnumDeclaration(holder, holder.node.name);
  if (!declaration) return null;
  for (const member of declaration.get('members')) {
    const id = member.node.id;
    const memberName = id.type === 'Identifier' ? id.name : id.type === 'StringLiteral' ? id.value : null;
    if (memberName !== name) continue;
    const initializer = member.get('initializer');
    return initializer.node ? (initializer as NodePath) : null;
  }
  return null;
}

/** Babel's scope does not bind enum names: the `enum` statement of that name in an enclosing block or the program. */
function findEnumDeclaration(path: NodePath, name: string): NodePath<t.TSEnumDeclaration> | null {
  for (let scope: NodePath['scope'] | undefined = path.scope; scope; scope = scope.parent) {
    const functionBody = scope.path.isFunction() ? (childPath(scope.path, 'body')) : null;
    const block = functionBody?.isBlockStatement() ? functionBody : scope.path;
    const body = block.isProgram() || block.isBlockStatement() || block.isTSModuleBlock() ? (block.get('body') as NodePath[]) : [];
    for (const statement of body) {
      const declaration = statement.isExportNamedDeclaration() ? (childPath(statement, 'declaration')) : statement;
      if (declaration.isTSEnumDeclaration() && declaration.node.id.name === name) return declaration;
    }
  }
  return null;
}

/**
 * `x.name` where the file gives it a value once: `this.tokenUrl` of a class field, or
 * `$scope.data = {...}` assigned exactly once (AngularJS scopes, objects filled after creation).
 */
export function getAssignedProperty(path: NodePath): NodePath | null {
  if (!isMemberLike(path.node)) return null;
  const name = getMemberPropertyName(path.node);
  if (name === null) return null;
  const object = childPath(path, 'object');
  if (object.isThisExpression()) return getClassFieldValue(path, name);
  if (!object.isIdentifier()) return null;
  const binding = object.scope.getBinding(object.node.name);
  if (!binding) return null;
  let byName = ASSIGNED.get(binding);
  if (!byName) ASSIGNED.set(binding, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, findSingleAssignment(binding, name));
  return byName.get(name) ?? null;
}

/** `x.name = ...` per binding and name, found once: bundles read some objects thousands of times. */
const ASSIGNED = new WeakMap<Binding, Map<string, NodePath | null>>();

function findSingleAssignment(binding: Binding, name: string): NodePath | null {
  let value: NodePath | null = null;
  for (const reference of binding.referencePaths) {
    const member = reference.parentPath;
    const assignment = member?.parentPath;
    if (!member || !assignment || !isMemberLike(member.node) || member.node.object !== reference.node) continue;
    if (getMemberPropertyName(member.node) !== name) continue;
    if (!assignment.isAssignmentExpression() || assignment.node.left !== member.node) continue;
    if (value !== null || assignment.node.operator !== '=') return null;
    value = assignment.get('right');
  }
  return value;
}

/**
 * `this.name` inside a class that declares the field `name = <value>`, or whose constructor
 * sets `this.name = <value>` (the only write to it in the class): the value it starts with.
 * Outside a class, `this.name` in a method put on `F.prototype` reads what the constructor
 * function `F` of the file sets, the same way.
 */
function getClassFieldValue(path: NodePath, name: string): NodePath | null {
  const body = path.findParent((parent) => parent.isClassBody()) as NodePath<t.ClassBody> | null;
  if (!body) return getPrototypeFieldValue(path, name);
  for (const member of body.get('body')) {
    if (!member.isClassProperty() || member.node.static || getKeyNameOf(member.node) !== name) continue;
    const value = member.get('value');
    return value.node ? (value as NodePath) : null;
  }
  const constructor = body.get('body').find((member) => member.isClassMethod({ kind: 'constructor' }));
  return constructor ? getConstructorAssignment(body, constructor as NodePath<t.ClassMethod>, name) : null;
}

/** `Auth.prototype.login = function () { ... this.grant ... }` with `function Auth() { this.grant = 'password'; }`. */
function getPrototypeFieldValue(path: NodePath, name: string): NodePath | null {
  const fn = path.getFunctionParent();
  if (!fn?.isFunctionExpression() || !fn.parentPath.isAssignmentExpression({ operator: '=' })) return null;
  const left = fn.parentPath.node.left;
  if (!isMemberLike(left) || !isMemberLike(left.object) || getMemberPropertyName(left.object) !== 'prototype') return null;
  const owner = left.object.object;
  if (owner.type !== 'Identifier') return null;
  const binding = fn.scope.getBinding(owner.name);
  if (!binding?.path.isFunctionDeclaration()) return null;
  return getConstructorAssignment(binding.path, binding.path, name);
}

/**
 * The value of the one `this.name = value` statement of `scope` (a class body or a constructor
 * function), found in `constructor`'s own body. One walk per scope gives every name: a class
 * of a bundle may be read thousands of times.
 */
function getConstructorAssignment(scope: NodePath, constructor: NodePath<t.Function>, name: string): NodePath | null {
  let byName = CONSTRUCTOR_WRITES.get(scope.node);
  if (!byName) CONSTRUCTOR_WRITES.set(scope.node, (byName = collectConstructorWrites(scope, constructor)));
  const write = byName.get(name);
  return write && write.count === 1 ? write.value : null;
}

const CONSTRUCTOR_WRITES = new WeakMap<t.Node, Map<string, { count: number; value: NodePath | null }>>();

function collectConstructorWrites(scope: NodePath, constructor: NodePath<t.Function>): Map<string, { count: number; value: NodePath | null }> {
  const writes = new Map<string, { count: number; value: NodePath | null }>();
  scope.traverse({
    AssignmentExpression(assignment) {
      const left = assignment.node.left;
      const name = isMemberLike(left) && left.object.type === 'ThisExpression' ? getMemberPropertyName(left) : null;
      if (name === null) return;
      const write = writes.get(name) ?? { count: 0, value: null };
      write.count += 1;
      const owner = assignment.getFunctionParent();
      const direct = owner?.node === constructor.node && assignment.parentPath.isExpressionStatement() && assignment.parentPath.parentPath?.node === constructor.node.body;
      if (direct && assignment.node.operator === '=') write.value = assignment.get('right');
      writes.set(name, write);
    },
  });
  return writes;
}

function getKeyNameOf(node: t.ClassProperty): string | null {
  if (node.computed) return node.key.type === 'StringLiteral' ? node.key.value : null;
  return node.key.type === 'Identifier' ? node.key.name : node.key.type === 'StringLiteral' ? node.key.value : null;
}

function isUrlConstructor(path: NodePath): path is NodePath<t.NewExpression> {
  if (!path.isNewExpression()) return false;
  const callee = path.node.callee;
  if (callee.type === 'Identifier') return callee.name === 'URL';
  return isMemberLike(callee) && getMemberPropertyName(callee) === 'URL';
}

/** `new URL(path, base)`: only the path decides how the URL ends. */
function resolveUrlConstructor(path: NodePath<t.NewExpression>, depth: number, withDefaults: boolean): string | null {
  const [target, base] = path.get('arguments') as NodePath[];
  if (!target) return null;
  const shape = resolveTextShape(target, depth + 1, withDefaults);
  if (shape === null) return null;
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(shape)) return shape;
  return shape.startsWith('/') ? `${UNKNOWN}${shape}` : `${UNKNOWN}/${shape}`;
}

/**
 * A URL's shape where run-time parts fall back to a literal (`process.env.HOST ?? 'login.mypurecloud.ie'`,
 * `env || 'mypurecloud.com'`): the fallback stands for the part. Only for classifying where a
 * request goes (a Genesys region host in the default says the service talks to Genesys
 * Cloud); a body's fields are never read this way, since a default grant type is a guess.
 */
export function resolveUrlShape(path: NodePath): string | null {
  return resolveTextShape(path, 0, true);
}

/** The text an expression holds, with run-time parts as UNKNOWN; null when nothing is known. */
export function resolveTextShape(path: NodePath, depth = 0, withDefaults = false): string | null {
  if (depth > MAX_DEPTH) return null;
  const expr = unwrapExpression(path);
  const shapeOf = (part: NodePath) => resolveTextShape(part, depth + 1, withDefaults);
  if (expr.isStringLiteral()) return expr.node.value;
  if (withDefaults && expr.isLogicalExpression() && (expr.node.operator === '??' || expr.node.operator === '||')) {
    return shapeOf(expr.get('left')) ?? shapeOf(expr.get('right'));
  }
  if (expr.isTemplateLiteral()) {
    const expressions = expr.get('expressions') as NodePath[];
    return expr.node.quasis
      .map((quasi, index) => {
        const part = expressions[index];
        const value = part ? (shapeOf(part) ?? UNKNOWN) : '';
        return (quasi.value.cooked ?? quasi.value.raw) + value;
      })
      .join('');
  }
  if (expr.isBinaryExpression({ operator: '+' })) {
    const left = shapeOf(childPath(expr, 'left'));
    const right = shapeOf(expr.get('right'));
    return left === null && right === null ? null : (left ?? UNKNOWN) + (right ?? UNKNOWN);
  }
  if (isUrlConstructor(expr)) return resolveUrlConstructor(expr, depth, withDefaults);
  if (expr.isCallExpression()) {
    // `x.toString()` and `String(x)` hold what x holds.
    const callee = childPath(expr, 'callee');
    if (isMemberLike(callee.node) && getMemberPropertyName(callee.node) === 'toString' && expr.node.arguments.length === 0) {
      return shapeOf(childPath(callee, 'object'));
    }
    const [first] = expr.get('arguments') as NodePath[];
    if (callee.isIdentifier({ name: 'String' }) && first) return shapeOf(first);
    return null;
  }
  if (isMemberLike(expr.node) && getMemberPropertyName(expr.node) === 'href') {
    const holder = unwrapExpression(childPath(expr, 'object'));
    const target = getConstantInit(holder) ?? holder;
    if (isUrlConstructor(unwrapExpression(target))) return shapeOf(target);
  }
  const init = getConstantInit(expr);
  if (init) return shapeOf(init);
  const value = getConstantProperty(expr, depth) ?? getAssignedProperty(expr);
  return value ? shapeOf(value) : null;
}
