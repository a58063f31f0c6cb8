import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName, isCallLike, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { childPath } from '../../parse/child-path';

/**
 * Where a value comes from, when it comes from a module: `new (require('m').A)(cfg).b` is
 * `{ module: 'm', steps: ['A', 'new', 'b'] }`. Steps are property names, `new` (an instance
 * of the value) and `()` (the value called). `default` is dropped, so an ES default import
 * and a CommonJS `require` of the same package read alike; `await` is looked through, so a
 * promised client (`await Issuer.discover(url)`) traces like the client.
 *
 * Followed within the file: imports and requires, `const`/`let` declarations and their
 * assignments, destructuring, class fields and `this.x = ...` in the class, and TypeScript
 * type annotations of parameters and fields (`constructor(private oauth: OAuthService)`),
 * which is how Angular and NestJS inject a library's client. A value that comes from
 * anywhere else (a parameter without a type, another module's export) is null: untraced.
 */

export interface ModuleValue {
  module: string;
  steps: readonly string[];
}

const MAX_DEPTH = 12;

export function traceModuleValue(input: NodePath, depth = 0): ModuleValue | null {
  if (depth > MAX_DEPTH) return null;
  const path = unwrapExpression(input);
  const node = path.node;
  const next = depth + 1;
  if (node.type === 'AwaitExpression') return traceModuleValue(childPath(path, 'argument'), next);
  if (isCallLike(node)) {
    const loaded = getLoadedModule(path);
    if (loaded !== null) return { module: loaded, steps: [] };
    return extend(traceModuleValue(childPath(path, 'callee'), next), '()');
  }
  if (node.type === 'NewExpression') return extend(traceModuleValue(childPath(path, 'callee'), next), 'new');
  if (isMemberLike(node)) {
    const name = getMemberPropertyName(node);
    if (name === null) return null;
    const object = unwrapExpression(childPath(path, 'object'));
    const base = object.isThisExpression() ? traceThisField(object, name, next) : traceModuleValue(object, next);
    if (object.isThisExpression()) return base;
    return name === 'default' ? base : extend(base, name);
  }
  if (node.type === 'Identifier') return traceIdentifier(path as NodePath<t.Identifier>, next);
  return null;
}

function extend(value: ModuleValue | null, step: string): ModuleValue | null {
  return value && { module: value.module, steps: [...value.steps, step] };
}

/** `require('m')` (the real one) or `import('m')` → 'm'. */
export function getLoadedModule(path: NodePath): string | null {
  const node = path.node;
  if (!isCallLike(node)) return null;
  const isRequire = node.callee.type === 'Identifier' && node.callee.name === 'require' && !path.scope.hasBinding('require');
  if (!isRequire && node.callee.type !== 'Import') return null;
  const first = node.arguments[0];
  if (first?.type === 'StringLiteral') return first.value;
  if (first?.type === 'TemplateLiteral' && first.expressions.length === 0) return first.quasis[0]?.value.cooked ?? null;
  return null;
}

function traceIdentifier(path: NodePath<t.Identifier>, depth: number): ModuleValue | null {
  const binding = path.scope.getBinding(path.node.name);
  if (!binding) return null;
  const declaration = binding.path;
  if (declaration.isImportDefaultSpecifier() || declaration.isImportNamespaceSpecifier() || declaration.isImportSpecifier()) {
    const source = (declaration.parentPath?.node as t.ImportDeclaration).source.value;
    if (!declaration.isImportSpecifier()) return { module: source, steps: [] };
    const imported = declaration.node.imported;
    const name = imported.type === 'Identifier' ? imported.name : imported.value;
    return { module: source, steps: name === 'default' ? [] : [name] };
  }
  if (declaration.isTSImportEqualsDeclaration()) {
    const reference = declaration.node.moduleReference;
    return reference.type === 'TSExternalModuleReference' ? { module: reference.expression.value, steps: [] } : null;
  }
  if (declaration.isVariableDeclarator()) {
    const steps = getPatternSteps(declaration.node.id, path.node.name);
    if (steps === null) return null;
    const candidates: NodePath[] = [];
    const init = declaration.get('init');
    if (init.node) candidates.push(init as NodePath);
    for (const violation of binding.constantViolations) {
      if (violation.isAssignmentExpression({ operator: '=' }) && violation.get('left').isIdentifier()) {
        candidates.push(violation.get('right'));
      }
    }
    const value = agree(candidates.map((candidate) => traceModuleValue(candidate, depth)));
    return value && { module: value.module, steps: [...value.steps, ...steps] };
  }
  if (binding.kind === 'param') return traceTypeAnnotation(declaration.node, depth, declaration);
  return null;
}

/**
 * Every candidate value must trace to the same thing. One that traces nowhere (a parameter,
 * a factory of the project's own) leaves the value open, and so does a disagreement.
 */
function agree(values: readonly (ModuleValue | null)[]): ModuleValue | null {
  const [first] = values;
  if (!first) return null;
  const key = (value: ModuleValue | null) => (value === null ? null : `${value.module}\u0000${value.steps.join('\u0000')}`);
  return values.every((value) => key(value) === key(first)) ? first : null;
}

/** `const { a: { b } } = v` → the steps from v to `b` (['a', 'b']); a plain name → []. */
function getPatternSteps(pattern: t.Node, name: string): string[] | null {
  if (pattern.type === 'Identifier') return pattern.name === name ? [] : null;
  if (pattern.type === 'AssignmentPattern') return getPatternSteps(pattern.left, name);
  if (pattern.type !== 'ObjectPattern') return null;
  for (const property of pattern.properties) {
    if (property.type !== 'ObjectProperty') continue;
    const key = getKeyName(property);
    const inner = getPatternSteps(property.value, name);
    if (inner !== null) return key === null ? null : key === 'default' ? inner : [key, ...inner];
  }
  return null;
}

/** `x: OAuthService` (a parameter or field annotated with an imported class) → an instance of it. */
function traceTypeAnnotation(node: t.Node, depth: number, scopePath?: NodePath): ModuleValue | null {
  const target = node.type === 'TSParameterProperty' ? node.parameter : node;
  const annotation = 'typeAnnotation' in target ? target.typeAnnotation : null;
  if (!annotation || annotation.type !== 'TSTypeAnnotation') return null;
  const type = annotation.typeAnnotation;
  if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return null;
  return scopePath ? extend(traceTypeName(scopePath, type.typeName.name, depth), 'new') : null;
}

function traceTypeName(scopePath: NodePath, name: string, depth: number): ModuleValue | null {
  const binding = scopePath.scope.getBinding(name);
  if (!binding) return null;
  const id = binding.identifier;
  // Re-enter through an identifier path: the binding's own declaration path is what counts.
  return traceIdentifierBinding(binding.path, id.name, depth);
}

function traceIdentifierBinding(declaration: NodePath, name: string, depth: number): ModuleValue | null {
  if (declaration.isImportDefaultSpecifier() || declaration.isImportNamespaceSpecifier() || declaration.isImportSpecifier()) {
    const source = (declaration.parentPath?.node as t.ImportDeclaration).source.value;
    if (!declaration.isImportSpecifier()) return { module: source, steps: [] };
    const imported = declaration.node.imported;
    const importedName = imported.type === 'Identifier' ? imported.name : imported.value;
    return { module: source, steps: importedName === 'default' ? [] : [importedName] };
  }
  if (declaration.isVariableDeclarator()) {
    const steps = getPatternSteps(declaration.node.id, name);
    const init = declaration.get('init');
    if (steps === null || !init.node) return null;
    const value = traceModuleValue(init as NodePath, depth);
    return value && { module: value.module, steps: [...value.steps, ...steps] };
  }
  return null;
}

/**
 * `this.name` inside a class: the field's initialiser, every `this.name = ...` in the class
 * (they must agree), or the field's / constructor parameter property's type annotation.
 */
function traceThisField(thisPath: NodePath, name: string, depth: number): ModuleValue | null {
  const classPath = thisPath.findParent((parent) => parent.isClass()) as NodePath<t.Class> | null;
  if (!classPath) return null;
  const values: (ModuleValue | null)[] = [];
  let typed: ModuleValue | null = null;
  for (const member of classPath.get('body').get('body')) {
    if ((member.isClassProperty() || member.isClassPrivateProperty()) && member.node.key.type === 'Identifier' && member.node.key.name === name) {
      const value = childPath(member, 'value');
      if (value.node) values.push(traceModuleValue(value, depth));
      typed ??= traceTypeAnnotation(member.node, depth, member);
    }
    if (member.isClassMethod({ kind: 'constructor' })) {
      for (const param of member.get('params')) {
        if (param.isTSParameterProperty()) {
          const inner = param.node.parameter;
          const id = inner.type === 'AssignmentPattern' ? inner.left : inner;
          if (id.type === 'Identifier' && id.name === name) typed ??= traceTypeAnnotation(param.node, depth, param);
        }
      }
    }
  }
  classPath.traverse({
    AssignmentExpression(assignment) {
      const left = assignment.node.left;
      if (assignment.node.operator !== '=' || !isMemberLike(left) || left.object.type !== 'ThisExpression') return;
      if (getMemberPropertyName(left) !== name) return;
      // `this` of a nested ordinary function is another object.
      const owner = assignment.getFunctionParent();
      if (owner && !owner.isClassMethod() && !owner.isArrowFunctionExpression() && !owner.isClassPrivateMethod()) return;
      values.push(traceModuleValue(assignment.get('right'), depth));
    },
    Class(inner) {
      inner.skip();
    },
  });
  if (values.length === 0 || values.every((value) => value === null)) return typed;
  return agree(values);
}
