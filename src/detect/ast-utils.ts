import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { maskLiterals } from './mask-literals';
import { childPath } from '../parse/child-path';

/** Wrappers that do not change a value: TS casts, non-null assertions, parentheses. */
const TRANSPARENT_WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TypeCastExpression',
  'ParenthesizedExpression',
]);

/** Strips value-preserving wrappers (`x as T`, `x!`, `(x)`) off an expression path. */
export function unwrapExpression(path: NodePath): NodePath {
  let current = path;
  while (TRANSPARENT_WRAPPERS.has(current.node.type)) {
    current = childPath(current, 'expression');
  }
  return current;
}

/** The static name of an object/class member key (`a`, `'a'`, `['a']`), or null. */
export function getKeyName(node: {
  key: t.Node;
  computed?: boolean;
}): string | null {
  const { key } = node;
  if (key.type === 'Identifier' && !node.computed) return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'PrivateName') return null;
  return null;
}

/** The static name of a member expression's property (`a.b`, `a['b']`), or null. */
export function getMemberPropertyName(
  node: t.MemberExpression | t.OptionalMemberExpression,
): string | null {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'StringLiteral') return node.property.value;
  return null;
}

export function isMemberLike(
  node: t.Node,
): node is t.MemberExpression | t.OptionalMemberExpression {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

export function isCallLike(node: t.Node): node is t.CallExpression | t.OptionalCallExpression {
  return node.type === 'CallExpression' || node.type === 'OptionalCallExpression';
}

type PropertyLike = t.ObjectProperty | t.ObjectMethod;

/** The last property of an object literal with the given static key (last one wins in JS). */
export function findObjectProperty(
  objectPath: NodePath<t.ObjectExpression>,
  names: readonly string[],
): NodePath<PropertyLike> | null {
  const properties = objectPath.get('properties');
  for (let index = properties.length - 1; index >= 0; index--) {
    const property = properties[index];
    if (!property.isObjectProperty() && !property.isObjectMethod()) continue;
    const name = getKeyName(property.node as PropertyLike);
    if (name !== null && names.includes(name)) return property as NodePath<PropertyLike>;
  }
  return null;
}

export function hasSpreadProperty(objectPath: NodePath<t.ObjectExpression>): boolean {
  return objectPath.node.properties.some((property) => property.type === 'SpreadElement');
}

/** `process.env.NAME` or `process.env['NAME']` → NAME. */
export function getProcessEnvName(node: t.Node): string | null {
  if (!isMemberLike(node)) return null;
  const object = node.object;
  if (!isMemberLike(object)) return null;
  if (object.object.type !== 'Identifier' || object.object.name !== 'process') return null;
  if (getMemberPropertyName(object) !== 'env') return null;
  return getMemberPropertyName(node);
}

/** Collapses every run of white space, so formatting changes keep a fingerprint stable. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens source text for use inside a one-line message, with its string and template
 * literals replaced by a placeholder (see mask-literals.ts): messages never carry a value.
 */
export function describeCode(text: string, max = 40): string {
  const flat = normalizeWhitespace(maskLiterals(text));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
