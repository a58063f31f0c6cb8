import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName, isCallLike, isMemberLike, unwrapExpression } from './ast-utils';
import { childPath } from '../parse/child-path';

/**
 * Recognises references to the Genesys Cloud SDK module and to its `ApiClient` class,
 * however they were imported: `require`, default / namespace / named imports, TypeScript
 * `import x = require()`, `await import()`, destructuring and aliases.
 */

export function isSdkModuleName(source: string, sdkModules: readonly string[]): boolean {
  return sdkModules.some((name) => source === name || source.startsWith(`${name}/`));
}

function getStringArgument(call: t.CallExpression | t.OptionalCallExpression): string | null {
  const first = call.arguments[0];
  if (!first) return null;
  if (first.type === 'StringLiteral') return first.value;
  if (first.type === 'TemplateLiteral' && first.expressions.length === 0) {
    return first.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** `require('m')` where `require` is the real one (not a local binding). */
function getRequiredModule(path: NodePath): string | null {
  const node = path.node;
  if (!isCallLike(node)) return null;
  if (node.callee.type === 'Identifier' && node.callee.name === 'require' && !path.scope.hasBinding('require')) {
    return getStringArgument(node);
  }
  if (node.callee.type === 'Import') return getStringArgument(node);
  return null;
}

const MAX_DEPTH = 8;

/** Does this expression evaluate to the SDK module object (its namespace or default)? */
export function isSdkNamespace(path: NodePath, sdkModules: readonly string[], depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const expr = unwrapExpression(path);
  const node = expr.node;

  if (node.type === 'AwaitExpression') {
    return isSdkNamespace(childPath(expr, 'argument'), sdkModules, depth + 1);
  }
  const required = getRequiredModule(expr);
  if (required !== null) return isSdkModuleName(required, sdkModules);

  // `require('sdk').default`, `(await import('sdk')).default`
  if (isMemberLike(node) && getMemberPropertyName(node) === 'default') {
    return isSdkNamespace(childPath(expr, 'object'), sdkModules, depth + 1);
  }

  if (node.type === 'Identifier') {
    const binding = expr.scope.getBinding(node.name);
    if (!binding) return false;
    const bindingPath = binding.path;
    if (bindingPath.isImportDefaultSpecifier() || bindingPath.isImportNamespaceSpecifier()) {
      const declaration = bindingPath.parentPath.node as t.ImportDeclaration;
      return isSdkModuleName(declaration.source.value, sdkModules);
    }
    if (bindingPath.isImportSpecifier()) {
      const declaration = bindingPath.parentPath.node as t.ImportDeclaration;
      const imported = bindingPath.node.imported;
      const importedName = imported.type === 'Identifier' ? imported.name : imported.value;
      return importedName === 'default' && isSdkModuleName(declaration.source.value, sdkModules);
    }
    if (bindingPath.isTSImportEqualsDeclaration()) {
      const reference = bindingPath.node.moduleReference;
      return reference.type === 'TSExternalModuleReference' && isSdkModuleName(reference.expression.value, sdkModules);
    }
    if (bindingPath.isVariableDeclarator() && bindingPath.node.id.type === 'Identifier' && binding.constant) {
      const init = bindingPath.get('init');
      return init.node ? isSdkNamespace(init as NodePath, sdkModules, depth + 1) : false;
    }
  }
  return false;
}

/** Does this expression evaluate to the SDK's `ApiClient` class? */
export function isSdkApiClientClass(path: NodePath, sdkModules: readonly string[], depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const expr = unwrapExpression(path);
  const node = expr.node;

  if (isMemberLike(node)) {
    return (
      getMemberPropertyName(node) === 'ApiClient' && isSdkNamespace(childPath(expr, 'object'), sdkModules, depth + 1)
    );
  }
  if (node.type !== 'Identifier') return false;

  const binding = expr.scope.getBinding(node.name);
  if (!binding) return false;
  const bindingPath = binding.path;

  if (bindingPath.isImportSpecifier()) {
    const declaration = bindingPath.parentPath.node as t.ImportDeclaration;
    const imported = bindingPath.node.imported;
    const importedName = imported.type === 'Identifier' ? imported.name : imported.value;
    return importedName === 'ApiClient' && isSdkModuleName(declaration.source.value, sdkModules);
  }
  if (!bindingPath.isVariableDeclarator() || !binding.constant) return false;
  const id = bindingPath.node.id;
  const init = bindingPath.get('init');
  if (!init.node) return false;

  // `const AC = sdk.ApiClient`
  if (id.type === 'Identifier') return isSdkApiClientClass(init as NodePath, sdkModules, depth + 1);

  // `const { ApiClient } = require('sdk')`, `const { ApiClient: AC } = await import('sdk')`
  if (id.type === 'ObjectPattern') {
    const property = id.properties.find((candidate) => {
      if (candidate.type !== 'ObjectProperty') return false;
      const value = candidate.value.type === 'AssignmentPattern' ? candidate.value.left : candidate.value;
      return value.type === 'Identifier' && value.name === node.name;
    }) as t.ObjectProperty | undefined;
    return (
      property !== undefined && getKeyName(property) === 'ApiClient' && isSdkNamespace(init as NodePath, sdkModules, depth + 1)
    );
  }
  return false;
}
