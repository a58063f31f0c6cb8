import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getMemberPropertyName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { getConstantProperty } from '../../check/http/static-text';
import { mergeSources } from './credential-sources';
import { editFormText, isFormText } from './edit-form-text';
import { editObjectBody } from './edit-object-body';
import { editPairContainer } from './edit-pair-container';
import { fail, succeed, type BodyEdit, type Verdict } from './types';
import { childPath } from '../../parse/child-path';

/**
 * The body of a password-grant request, followed to the code that builds it, and the edit
 * that turns it into a client-credentials body. Editable: an object literal; `qs` /
 * `querystring` / `JSON` `.stringify` of one; `new URLSearchParams({...} | 'a=b&...')` (and
 * its `.toString()`); a local `URLSearchParams` / `FormData` filled with `.append` / `.set`
 * statements; a form string, template or concatenation. Each through `const` names. Anything
 * else is a reason for manual review, never a guess.
 */

const MAX_DEPTH = 10;
const PAIR_CONTAINERS = new Set(['URLSearchParams', 'FormData']);
const STRINGIFY_METHODS = new Set(['stringify', 'encode']);

function getConstructorName(node: t.NewExpression): string | null {
  if (node.callee.type === 'Identifier') return node.callee.name;
  return isMemberLike(node.callee) ? getMemberPropertyName(node.callee) : null;
}

function isPairContainer(path: NodePath): path is NodePath<t.NewExpression> {
  if (!path.isNewExpression()) return false;
  const name = getConstructorName(path.node);
  return name !== null && PAIR_CONTAINERS.has(name);
}

/** Both edits at once: a `new URLSearchParams({...})` later filled with `.append`. */
function combine(first: BodyEdit, second: BodyEdit): BodyEdit {
  const combined: BodyEdit = {
    secrets: [...first.secrets],
    legacyEnvVars: [...first.legacyEnvVars],
    render: (context) => [...first.render(context), ...second.render(context)],
    removedStatements: [...first.removedStatements, ...second.removedStatements],
    removedExpressions: [...first.removedExpressions, ...second.removedExpressions],
    sendsClientSecret: first.sendsClientSecret || second.sendsClientSecret,
    sendsClientId: first.sendsClientId || second.sendsClientId,
    changesGrantType: first.changesGrantType || second.changesGrantType,
  };
  mergeSources(combined, second);
  return combined;
}

/** A container's constructor argument, when it has one the rewrite can edit. */
function editContainerInit(container: NodePath<t.NewExpression>, source: string, depth: number): Verdict<BodyEdit> | null {
  const [init] = container.get('arguments') as NodePath[];
  if (!init) return null;
  const expr = unwrapExpression(init);
  if (expr.isArrayExpression()) return fail('the token body is a list of pairs; edit it by hand');
  // The grant may be appended later, so the init need not set it: `new URLSearchParams({ scope })`.
  if (expr.isObjectExpression()) return editObjectBody(expr, source, false);
  return findEditableBody(init, source, depth + 1);
}

/** The body is a variable: follow it to its declaration, never through a reassigned one. */
function editVariable(identifier: NodePath<t.Identifier>, source: string, depth: number): Verdict<BodyEdit> {
  const name = identifier.node.name;
  const binding = identifier.scope.getBinding(name);
  if (!binding || !binding.path.isVariableDeclarator() || !binding.path.get('id').isIdentifier()) {
    return fail(`the token body \`${name}\` is not a variable declared in this file`);
  }
  if (binding.constantViolations.length > 0) return fail(`the token body \`${name}\` is reassigned`);
  const changedAfter = binding.referencePaths.some((reference) => {
    const member = reference.parentPath;
    return !!member && isMemberLike(member.node) && member.parentPath?.isAssignmentExpression() === true && member.parentPath.node.left === member.node;
  });
  if (changedAfter) return fail(`the token body \`${name}\` is changed after it is created`);
  const init = childPath(binding.path, 'init');
  if (!init.node) return fail(`the token body \`${name}\` has no initial value`);
  const expr = unwrapExpression(init);
  if (isPairContainer(expr)) {
    const pairs = editPairContainer(binding, source);
    if (!pairs.ok) return pairs;
    const initEdit = editContainerInit(expr, source, depth);
    if (initEdit !== null && !initEdit.ok) return initEdit;
    const edit = initEdit ? combine(initEdit.value, pairs.value) : pairs.value;
    return edit.changesGrantType ? succeed(edit) : fail('the token body does not set grant_type=password where the tool can change it');
  }
  return findEditableBody(init, source, depth + 1);
}

export function findEditableBody(path: NodePath, source: string, depth = 0): Verdict<BodyEdit> {
  if (depth > MAX_DEPTH) return fail('the token body is nested too deeply to follow');
  const expr = unwrapExpression(path);
  if (expr.isObjectExpression()) return editObjectBody(expr, source);
  if (isFormText(expr)) return editFormText(expr, source);
  if (isPairContainer(expr)) {
    const edit = editContainerInit(expr, source, depth);
    if (edit === null) return fail('the token body is filled somewhere the tool cannot follow');
    if (edit.ok && !edit.value.changesGrantType) return fail('the token body does not set grant_type itself');
    return edit;
  }
  if (expr.isCallExpression()) {
    const callee = childPath(expr, 'callee');
    const name = callee.isIdentifier() ? callee.node.name : isMemberLike(callee.node) ? getMemberPropertyName(callee.node) : null;
    const [first] = expr.get('arguments') as NodePath[];
    if (name !== null && STRINGIFY_METHODS.has(name) && first) return findEditableBody(first, source, depth + 1);
    if (name === 'toString' && isMemberLike(callee.node) && expr.node.arguments.length === 0) {
      return findEditableBody(childPath(callee, 'object'), source, depth + 1);
    }
    return fail('the token body is the result of a call the tool cannot edit');
  }
  if (expr.isIdentifier()) return editVariable(expr, source, depth);
  const property = getConstantProperty(expr);
  if (property) return findEditableBody(property, source, depth + 1);
  return fail('the token body is built in a way the tool cannot edit');
}
