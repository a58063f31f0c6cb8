import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';

/**
 * Where `R.init(...)` can go for a call: before the statement that holds it, or (for a
 * concise arrow body or a brace-less `if`/loop body) inside a block we create. Anything
 * else is a manual-review site with the reason.
 */
export type InsertionPoint =
  /** insert before this statement, which sits in a statement list */
  | { kind: 'before-statement'; statement: NodePath<t.Statement> }
  /** the call is inside a concise arrow body: turn it into a block that returns */
  | { kind: 'arrow-body'; arrow: NodePath<t.ArrowFunctionExpression> }
  /** the statement is the brace-less body of if/else/loop: wrap it in a block */
  | { kind: 'wrap-statement'; statement: NodePath<t.Statement> }
  | { kind: 'none'; reason: string };

const STATEMENT_LIST_PARENTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

export function findInsertionPoint(call: NodePath): InsertionPoint {
  // Walk up to the first statement, stopping at a function boundary: `init` must run in
  // the same function (same `this`, same `await` context) as the call.
  let current: NodePath = call;
  let arrow: NodePath<t.ArrowFunctionExpression> | null = null;
  while (current.parentPath) {
    const parent: NodePath = current.parentPath;
    if (parent.isArrowFunctionExpression() && current.key === 'body' && !parent.get('body').isBlockStatement()) {
      arrow = parent;
      break;
    }
    if (parent.isFunction() || parent.isClassProperty() || parent.isClassPrivateProperty()) {
      if (current.listKey === 'params' || current.key === 'value' || current.key === 'key') {
        return { kind: 'none', reason: 'the call is in a parameter default or class field initialiser, where no statement can be added before it' };
      }
    }
    // `for (let t = call(); ...)`: the declaration belongs to the loop; keep climbing.
    if (current.isStatement() && !(current.isVariableDeclaration() && parent.isLoop())) break;
    current = parent;
  }
  if (arrow) return { kind: 'arrow-body', arrow };
  if (!current.isStatement()) return { kind: 'none', reason: 'no statement holds the call' };

  const parent = current.parentPath;
  if (parent && STATEMENT_LIST_PARENTS.has(parent.node.type) && current.listKey !== undefined) {
    return { kind: 'before-statement', statement: current };
  }
  if (
    parent &&
    (parent.isIfStatement() || parent.isLoop() || parent.isWithStatement() || parent.isLabeledStatement()) &&
    (current.key === 'consequent' || current.key === 'alternate' || current.key === 'body') &&
    !parent.isLabeledStatement()
  ) {
    return { kind: 'wrap-statement', statement: current };
  }
  return { kind: 'none', reason: 'the statement that holds the call cannot take another statement before it' };
}
