import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getKeyName, getMemberPropertyName, isMemberLike } from '../../detect/ast-utils';
import { isGrantTypeKey } from './body-facts';
import { resolveTextShape } from './static-text';

/**
 * Does the file set a grant type to `password` anywhere? Checked on the nodes that name a
 * grant type field while the one walk over the file collects the request calls: a file
 * where no grant type can be `password` (the SDK's own client-credentials code, most files
 * past the prefilter) skips the reading of request bodies altogether.
 */

const GRANT_TEXT = /grant_?type/i;
const PASSWORD = 'password';

function resolvesToPassword(path: NodePath | undefined): boolean {
  return !!path && resolveTextShape(path) === PASSWORD;
}

/** `{ grant_type: 'password' }`, `{ grantType: kind }` with `const kind = 'password'`. */
export function propertySetsPassword(path: NodePath<t.ObjectProperty>): boolean {
  const name = getKeyName(path.node);
  return name !== null && isGrantTypeKey(name) && resolvesToPassword(path.get('value') as NodePath);
}

/** `body.grant_type = 'password'`. */
export function assignmentSetsPassword(path: NodePath<t.AssignmentExpression>): boolean {
  const left = path.node.left;
  if (!isMemberLike(left)) return false;
  const name = getMemberPropertyName(left);
  return name !== null && isGrantTypeKey(name) && resolvesToPassword(path.get('right'));
}

/**
 * A text naming a grant type: a form or JSON text holding `password` or ending where a
 * value is joined on (`'grant_type=' + kind`); a bare key whose partner is `password`
 * (`append('grant_type', 'password')`, Postman's `{ key: 'grant_type', value: 'password' }`).
 */
export function textMaySetPassword(path: NodePath<t.StringLiteral | t.TemplateElement>): boolean {
  const text = path.isStringLiteral() ? path.node.value : (path.node as t.TemplateElement).value.raw;
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
    return !value || resolvesToPassword(value.get('value') as NodePath);
  }
  // an object key (`'grant_type': ...`) is the ObjectProperty's business; a computed member write is an assignment's
  return !(parent.isObjectProperty() && parent.node.key === path.node) && !parent.isMemberExpression();
}
