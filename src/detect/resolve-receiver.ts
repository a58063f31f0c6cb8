import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { findObjectProperty, getKeyName, getMemberPropertyName, isMemberLike, unwrapExpression } from './ast-utils';
import { isSdkApiClientClass, isSdkModuleName, isSdkNamespace } from './sdk-modules';
import type { TypeFacts } from './types';
import { childPath } from '../parse/child-path';

/**
 * What the receiver `R` of `R.postOAuthApiToken()` is:
 * - `sdk`: traced to an SDK ApiClient (`new M.ApiClient()`, `M.ApiClient.instance`, ...);
 * - `not-sdk`: provably something else, a local object or class with its own method;
 * - `untraced`: unknown; the method name is SDK-specific, so callers still treat it as one.
 */
export type ReceiverKind = 'sdk' | 'sdk-typed' | 'not-sdk' | 'untraced';

const MAX_DEPTH = 10;

interface Context {
  sdkModules: readonly string[];
  /** the method called (postOAuthApiToken or a configured wrapper): a local class defining it is not the SDK */
  method: string;
  facts?: TypeFacts;
  depth: number;
}

function classDefinesMethod(classNode: t.Class, name: string): boolean {
  return classNode.body.body.some((member) => {
    if (
      member.type === 'ClassMethod' ||
      member.type === 'ClassProperty' ||
      member.type === 'TSDeclareMethod' ||
      member.type === 'ClassAccessorProperty'
    ) {
      return getKeyName(member) === name;
    }
    return false;
  });
}

/** A class declared in this file that names `postOAuthApiToken` itself. */
function resolveLocalClass(path: NodePath, context: Context): t.Class | null {
  const expr = unwrapExpression(path);
  if (expr.isClassExpression()) return expr.node;
  if (!expr.isIdentifier()) return null;
  const binding = expr.scope.getBinding(expr.node.name);
  if (!binding) return null;
  if (binding.path.isClassDeclaration()) return binding.path.node;
  if (binding.path.isVariableDeclarator() && binding.constant && context.depth < MAX_DEPTH) {
    const init = binding.path.get('init');
    if (init.node) return resolveLocalClass(init as NodePath, { ...context, depth: context.depth + 1 });
  }
  return null;
}

/** Judges a TypeScript type annotation: the SDK's ApiClient, a local fake class, or unknown. */
function resolveTypeAnnotation(annotation: NodePath | null | undefined, context: Context): ReceiverKind {
  if (!annotation?.node) return 'untraced';
  let typePath = annotation;
  if (typePath.isTSTypeAnnotation()) typePath = childPath(typePath, 'typeAnnotation');
  if (!typePath.isTSTypeReference()) return 'untraced';
  const typeName = typePath.node.typeName;

  if (typeName.type === 'TSQualifiedName') {
    if (typeName.right.name !== 'ApiClient' || typeName.left.type !== 'Identifier') return 'untraced';
    const binding = typePath.scope.getBinding(typeName.left.name);
    if (!binding) return 'untraced';
    return isNamespaceBinding(binding.path, context) ? 'sdk' : 'untraced';
  }
  if (typeName.type !== 'Identifier') return 'untraced';
  const binding = typePath.scope.getBinding(typeName.name);
  if (!binding) return 'untraced';
  if (binding.path.isImportSpecifier()) {
    const declaration = binding.path.parentPath.node as t.ImportDeclaration;
    const imported = binding.path.node.imported;
    const importedName = imported.type === 'Identifier' ? imported.name : imported.value;
    return importedName === 'ApiClient' && isSdkModuleName(declaration.source.value, context.sdkModules)
      ? 'sdk'
      : 'untraced';
  }
  if (binding.path.isClassDeclaration()) {
    return classDefinesMethod(binding.path.node, context.method) ? 'not-sdk' : 'untraced';
  }
  return 'untraced';
}

function isNamespaceBinding(bindingPath: NodePath, context: Context): boolean {
  if (bindingPath.isImportNamespaceSpecifier() || bindingPath.isImportDefaultSpecifier()) {
    const declaration = bindingPath.parentPath?.node as t.ImportDeclaration;
    return isSdkModuleName(declaration.source.value, context.sdkModules);
  }
  if (bindingPath.isTSImportEqualsDeclaration()) {
    const reference = bindingPath.node.moduleReference;
    return reference.type === 'TSExternalModuleReference' && isSdkModuleName(reference.expression.value, context.sdkModules);
  }
  if (bindingPath.isVariableDeclarator()) {
    return isSdkNamespace(childPath(bindingPath, 'id'), context.sdkModules);
  }
  return false;
}

/** `this.<name>` inside a class: its field initialiser, parameter property or assignment. */
function resolveClassMember(classPath: NodePath<t.Class>, name: string, context: Context): ReceiverKind {
  const next = { ...context, depth: context.depth + 1 };
  for (const member of classPath.get('body').get('body')) {
    if ((member.isClassProperty() || member.isClassAccessorProperty()) && getKeyName(member.node) === name) {
      const value = childPath(member, 'value');
      if (value.node) {
        const kind = resolveReceiver(value, next);
        if (kind !== 'untraced') return kind;
      }
      const typed = resolveTypeAnnotation(childPath(member, 'typeAnnotation'), next);
      if (typed !== 'untraced') return typed;
    }
    if (member.isClassMethod({ kind: 'constructor' })) {
      for (const param of member.get('params')) {
        if (!param.isTSParameterProperty()) continue;
        const parameter = param.get('parameter');
        const id = parameter.isAssignmentPattern() ? parameter.get('left') : parameter;
        if (id.isIdentifier() && id.node.name === name) {
          const typed = resolveTypeAnnotation(childPath(id, 'typeAnnotation'), next);
          if (typed !== 'untraced') return typed;
          if (parameter.isAssignmentPattern()) return resolveReceiver(parameter.get('right'), next);
        }
      }
    }
  }
  // `this.client = new M.ApiClient()` in any method of the class
  let assigned: ReceiverKind = 'untraced';
  classPath.traverse({
    AssignmentExpression(assignment) {
      if (assigned !== 'untraced') return;
      const left = assignment.node.left;
      if (isMemberLike(left) && left.object.type === 'ThisExpression' && getMemberPropertyName(left) === name) {
        assigned = resolveReceiver(assignment.get('right'), next);
      }
    },
  });
  return assigned;
}

function resolveIdentifier(path: NodePath<t.Identifier>, context: Context): ReceiverKind {
  const binding = path.scope.getBinding(path.node.name);
  if (!binding) return 'untraced';
  const bindingPath = binding.path;
  const next = { ...context, depth: context.depth + 1 };

  if (bindingPath.isClassDeclaration()) {
    return classDefinesMethod(bindingPath.node, context.method) ? 'not-sdk' : 'untraced';
  }
  if (binding.kind === 'param') {
    // A parameter's binding path is the parameter itself: `client: ApiClient`, `client = x`.
    if (bindingPath.isIdentifier()) return resolveTypeAnnotation(childPath(bindingPath, 'typeAnnotation'), next);
    if (bindingPath.isAssignmentPattern()) {
      const left = bindingPath.get('left');
      const annotated = left.isIdentifier()
        ? resolveTypeAnnotation(childPath(left, 'typeAnnotation'), next)
        : 'untraced';
      return annotated !== 'untraced' ? annotated : resolveReceiver(bindingPath.get('right'), next);
    }
    return 'untraced';
  }
  if (bindingPath.isVariableDeclarator()) {
    const id = bindingPath.get('id');
    if (id.isIdentifier()) {
      const typed = resolveTypeAnnotation(childPath(id, 'typeAnnotation'), next);
      if (typed !== 'untraced') return typed;
      const init = bindingPath.get('init');
      if (init.node && binding.constant) return resolveReceiver(init as NodePath, next);
    }
  }
  return 'untraced';
}

/** Classifies the receiver expression of a `postOAuthApiToken` call. */
export function resolveReceiver(path: NodePath, context: Context): ReceiverKind {
  if (context.depth > MAX_DEPTH) return 'untraced';
  const fact = context.facts?.receiverKind?.(path.node.start ?? -1, path.node.end ?? -1);
  if (fact === 'sdk') return 'sdk-typed';
  if (fact === 'not-sdk') return 'not-sdk';

  const expr = unwrapExpression(path);
  const node = expr.node;
  const next = { ...context, depth: context.depth + 1 };

  if (expr.isAwaitExpression()) return resolveReceiver(expr.get('argument'), next);
  if (expr.isIdentifier()) return resolveIdentifier(expr, context);
  if (expr.isNewExpression()) {
    const callee = childPath(expr, 'callee');
    if (isSdkApiClientClass(callee, context.sdkModules)) return 'sdk';
    const localClass = resolveLocalClass(callee, context);
    if (localClass && classDefinesMethod(localClass, context.method)) return 'not-sdk';
    return 'untraced';
  }
  if (expr.isObjectExpression()) {
    return findObjectProperty(expr, [context.method]) ? 'not-sdk' : 'untraced';
  }
  if (expr.isThisExpression()) {
    const classPath = findThisClass(expr);
    return classPath && classDefinesMethod(classPath.node, context.method) ? 'not-sdk' : 'untraced';
  }
  if (isMemberLike(node)) {
    const name = getMemberPropertyName(node);
    const objectPath = childPath(expr, 'object');
    if (name === 'instance' && isSdkApiClientClass(objectPath, context.sdkModules)) return 'sdk';
    if (name !== null && objectPath.isThisExpression()) {
      const classPath = findThisClass(objectPath);
      return classPath ? resolveClassMember(classPath, name, next) : 'untraced';
    }
    // `config.client` where `config` is a local object literal
    if (name !== null) {
      const holder = resolveObjectLiteral(objectPath, next);
      if (holder) {
        const property = findObjectProperty(holder, [name]);
        if (property?.isObjectProperty()) return resolveReceiver(childPath(property, 'value'), next);
      }
    }
  }
  return 'untraced';
}

function resolveObjectLiteral(path: NodePath, context: Context): NodePath<t.ObjectExpression> | null {
  const expr = unwrapExpression(path);
  if (expr.isObjectExpression()) return expr;
  if (!expr.isIdentifier() || context.depth > MAX_DEPTH) return null;
  const binding = expr.scope.getBinding(expr.node.name);
  if (!binding?.constant || !binding.path.isVariableDeclarator()) return null;
  const init = binding.path.get('init');
  return init.node ? resolveObjectLiteral(init as NodePath, { ...context, depth: context.depth + 1 }) : null;
}

/** The class whose instance `this` refers to here (arrow functions keep the outer `this`). */
function findThisClass(path: NodePath): NodePath<t.Class> | null {
  let current: NodePath | null = path.parentPath;
  while (current) {
    if (current.isClass()) return current;
    if (current.isFunction() && !current.isArrowFunctionExpression()) {
      const parent = current.parentPath;
      if (current.isClassMethod() || current.isClassPrivateMethod()) {
        current = parent;
        continue;
      }
      if (parent?.isClassProperty() || parent?.isClassPrivateProperty()) {
        current = parent;
        continue;
      }
      return null;
    }
    current = current.parentPath;
  }
  return null;
}
