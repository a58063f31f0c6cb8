import { ts } from 'ts-morph';

/**
 * Expressions that only wrap another without changing its value: `(x)`, `x as T`,
 * `x satisfies T`, `x!`, `<T>x`. Facts about the inner expression hold for the wrapper.
 */
export type TransparentWrapper =
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.SatisfiesExpression
  | ts.NonNullExpression
  | ts.TypeAssertion;

export function isTransparentWrapper(node: ts.Expression): node is TransparentWrapper {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  );
}
