import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName, isMemberLike } from '../../detect/ast-utils';
import { isGrantTypeKey, isPasswordGrantType } from './body-facts';
import type { IndexedNode, NodeIndex } from '../../parse/node-index';
import { resolveTextShape } from './static-text';
import { childPath } from '../../parse/child-path';

/**
 * Does the file set a grant type to `password` anywhere? Checked on the nodes that name a
 * grant type field while the one walk over the file collects the request calls: a file
 * where no grant type can be `password` (the SDK's own client-credentials code, most files
 * past the prefilter) skips the reading of request bodies altogether.
 */

const GRANT_TEXT = /grant_?type/i;
/** What every password grant type holds (`password`, `…/password-realm`): a form text naming one holds it. */
const PASSWORD = 'password';

function resolvesToPassword(path: NodePath | undefined): boolean {
  return !!path && isPasswordGrantType(resolveTextShape(path));
}

/** `{ grant_type: 'password' }`, `{ grantType: kind }` with `const kind = 'password'`. */
export function propertySetsPassword(path: NodePath<t.ObjectProperty>): boolean {
  const name = getKeyName(path.node);
  return name !== null && isGrantTypeKey(name) && resolvesToPassword(childPath(path, 'value'));
}

/** `body.grant_type = 'password'`. */
export function assignmentSetsPassword(path: NodePath<t.AssignmentExpression>): boolean {
  const left = path.node.left;
  if (!isMemberLike(left)) return false;
  const name = getMemberPropertyName(left);
  return name !== null && isGrantTypeKey(name) && resolvesToPassword(path.get('right'));
}

/**
 * A template's text as the program sees it: escapes decoded (`\u0067rant_type=...` is a grant
 * type), the raw text only where a tagged template's escape is not valid (cooked is null).
 */
function templateText(element: t.TemplateElement): string {
  return element.value.cooked ?? element.value.raw;
}

/**
 * A text naming a grant type: a form or JSON text holding `password` or ending where a
 * value is joined on (`'grant_type=' + kind`); a bare key whose partner is `password`
 * (`append('grant_type', 'password')`, Postman's `{ key: 'grant_type', value: 'password' }`).
 */
export function textMaySetPassword(path: NodePath<t.StringLiteral | t.TemplateElement>): boolean {
  const text = path.isStringLiteral() ? path.node.value : templateText(path.node as t.TemplateElement);
  if (!GRANT_TEXT.test(text)) return false;
  if (!isGrantTypeKey(text)) return text.includes(PASSWORD) || /[=:]\s*"?\s*$/.test(text);
  const parent = path.parentPath;
  if (!parent) return true;
  if ((parent.isCallExpression() || parent.isNewExpression()) && path.listKey === 'arguments') {
    const partner = (parent.get('arguments') as NodePath[])[(path.key as number) + 1];
    return !partner || resolvesToPassword(partner);
  }
  if (parent.isArrayExpression()) {
    const partner = parent.get('elements')[(path.key as number) + 1] as NodePath | undefined;
    return !partner || resolvesToPassword(partner);
  }
  if (parent.isObjectProperty() && parent.node.value === path.node) {
    const holder = parent.parentPath;
    if (!holder?.isObjectExpression()) return true;
    const value = holder.get('properties').find((property) => property.isObjectProperty() && getKeyName(property.node) === 'value');
    return !value || resolvesToPassword(childPath(value, 'value'));
  }
  // an object key (`'grant_type': ...`) is the ObjectProperty's business; a computed member write is an assignment's
  return !(parent.isObjectProperty() && parent.node.key === path.node) && !parent.isMemberExpression();
}

/**
 * The same question asked of the shared node index, without NodePaths or scopes: false when
 * every grant type the file names is a literal other than `password` (the SDK's own
 * client-credentials and code-grant requests), true when one is `password` or is not a
 * literal, so that the full walk above must look. It is the cheap first half of the test, so
 * it must never say false where the walk would say true: every case it cannot settle from a
 * literal is true (a test runs both over every fixture).
 */
export function indexMaySetPassword(index: NodeIndex): boolean {
  for (const { node } of index.of('ObjectProperty')) {
    const name = getKeyName(node);
    if (name !== null && isGrantTypeKey(name) && !isOtherLiteral(node.value)) return true;
  }
  for (const { node } of index.of('AssignmentExpression')) {
    if (!isMemberLike(node.left)) continue;
    const name = getMemberPropertyName(node.left);
    if (name !== null && isGrantTypeKey(name) && !isOtherLiteral(node.right)) return true;
  }
  for (const entry of index.of('StringLiteral')) {
    if (indexedTextMaySetPassword(entry.node.value, entry)) return true;
  }
  for (const entry of index.of('TemplateElement')) {
    if (indexedTextMaySetPassword(templateText(entry.node), entry)) return true;
  }
  return false;
}

/** A string (or a template without `${}`) whose text is no password grant type: settled without resolving. */
function isOtherLiteral(node: t.Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'StringLiteral') return !isPasswordGrantType(node.value);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return !isPasswordGrantType(node.quasis[0]?.value.cooked);
  return false;
}

/** textMaySetPassword on an indexed text: only the partner tests a literal settles are decided here. */
function indexedTextMaySetPassword(text: string, { parent, key, listIndex }: IndexedNode): boolean {
  if (!GRANT_TEXT.test(text)) return false;
  if (!isGrantTypeKey(text)) return text.includes(PASSWORD) || /[=:]\s*"?\s*$/.test(text);
  if (!parent || listIndex === null) {
    // an object key (`'grant_type': ...`) is the ObjectProperty's business; a computed member write is an assignment's
    return !((parent?.type === 'ObjectProperty' && key === 'key') || parent?.type === 'MemberExpression');
  }
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && key === 'arguments') {
    return !isOtherLiteral(parent.arguments[listIndex + 1] as t.Node | undefined);
  }
  if (parent.type === 'ArrayExpression') return !isOtherLiteral(parent.elements[listIndex + 1]);
  return true;
}
