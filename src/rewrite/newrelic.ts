import type { NodePath } from '@babel/traverse';
import type * as t from '@babel/types';
import { getMemberPropertyName, isCallLike, isMemberLike } from '../detect/ast-utils';

/**
 * New Relic: keep token latency visible after the migration by wrapping the new login in
 * `newrelic.startSegment(name, true, () => ...)`. Finds the agent's local name in the file
 * and any `startSegment` wrapper already around the old call.
 */

export const DEFAULT_SEGMENT_NAME = 'genesys-cloud/loginClientCredentials';
const AGENT_MODULE = 'newrelic';

/** The local name the file gives the New Relic agent (`require('newrelic')`, `import nr from 'newrelic'`). */
export function findAgentBinding(ast: t.File): string | null {
  for (const statement of ast.program.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === AGENT_MODULE) {
      const specifier = statement.specifiers.find(
        (candidate) => candidate.type === 'ImportDefaultSpecifier' || candidate.type === 'ImportNamespaceSpecifier',
      );
      if (specifier) return specifier.local.name;
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const init = declarator.init;
        if (
          declarator.id.type === 'Identifier' &&
          init &&
          isCallLike(init) &&
          init.callee.type === 'Identifier' &&
          init.callee.name === 'require' &&
          init.arguments[0]?.type === 'StringLiteral' &&
          init.arguments[0].value === AGENT_MODULE
        ) {
          return declarator.id.name;
        }
      }
    }
  }
  return null;
}

/** The `startSegment(name, record, handler)` call whose handler returns `call`, if any. */
export function findEnclosingSegment(call: NodePath): NodePath<t.CallExpression> | null {
  let handler: NodePath | null = call.parentPath;
  if (handler?.isAwaitExpression()) handler = handler.parentPath;
  if (handler?.isReturnStatement()) {
    const block = handler.parentPath;
    if (!block?.isBlockStatement() || block.node.body.length !== 1) return null;
    handler = block.parentPath;
  }
  if (!handler?.isArrowFunctionExpression() && !handler?.isFunctionExpression()) return null;
  const segment = handler.parentPath;
  if (!segment?.isCallExpression()) return null;
  const callee = segment.node.callee;
  if (!isMemberLike(callee) || getMemberPropertyName(callee) !== 'startSegment') return null;
  return segment.node.arguments[segment.node.arguments.length - 1] === handler.node ? segment : null;
}

/** Where to add the agent's `require`/`import` when `--newrelic` asks for it and the file has none. */
export function getAgentImportInsertion(ast: t.File): { offset: number; text: (eol: string, quote: string) => string } {
  const body = ast.program.body;
  const usesImports = body.some((statement) => statement.type === 'ImportDeclaration');
  let anchor: t.Node | null = null;
  for (const statement of body) {
    const isImport = statement.type === 'ImportDeclaration';
    const isRequire =
      statement.type === 'VariableDeclaration' &&
      statement.declarations.every((d) => d.init && isCallLike(d.init) && d.init.callee.type === 'Identifier' && d.init.callee.name === 'require');
    if (isImport || isRequire) anchor = statement;
    else break;
  }
  const directives = ast.program.directives;
  const lastDirective = directives[directives.length - 1];
  const after = anchor ?? lastDirective ?? null;
  const line = (quote: string) =>
    usesImports ? `import newrelic from ${quote}${AGENT_MODULE}${quote};` : `const newrelic = require(${quote}${AGENT_MODULE}${quote});`;
  if (after) return { offset: after.end ?? 0, text: (eol, quote) => `${eol}${line(quote)}` };
  return { offset: 0, text: (eol, quote) => `${line(quote)}${eol}` };
}
