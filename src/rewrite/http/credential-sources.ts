import type { NodePath } from '@babel/traverse';
import { getMemberPropertyName, getProcessEnvName, isMemberLike, unwrapExpression } from '../../detect/ast-utils';
import { getConstantInit, getConstantProperty } from '../../check/http/static-text';
import type { CredentialSources } from './types';

/**
 * Where a username or password value of a token body came from: a string literal of the file
 * (a hard-coded secret to rotate, reported by line and kind, never by value) or an env var
 * (for the checklist: remove it from the deployment). Follows `const` names, `const` object
 * reads and `encodeURIComponent(x)`, as the SDK rewrite's credential resolution does.
 */

const MAX_DEPTH = 10;
const TRANSPARENT_CALLS = new Set(['encodeURIComponent', 'encodeURI', 'String', 'escape']);

export function emptySources(): CredentialSources {
  return { secrets: [], legacyEnvVars: [] };
}

export function mergeSources(into: CredentialSources, from: CredentialSources): void {
  into.secrets.push(...from.secrets);
  for (const name of from.legacyEnvVars) if (!into.legacyEnvVars.includes(name)) into.legacyEnvVars.push(name);
}

/** A literal credential written as text inside a form string (`password=hunter2`). */
export function literalSource(kind: 'username' | 'password', line: number, start: number): CredentialSources {
  return { secrets: [{ kind, line, start }], legacyEnvVars: [] };
}

export function getCredentialSources(path: NodePath, kind: 'username' | 'password', depth = 0): CredentialSources {
  const sources = emptySources();
  if (depth > MAX_DEPTH) return sources;
  const expr = unwrapExpression(path);
  const node = expr.node;
  if (node.type === 'StringLiteral' || (node.type === 'TemplateLiteral' && node.expressions.length === 0)) {
    const value = node.type === 'StringLiteral' ? node.value : (node.quasis[0]?.value.cooked ?? '');
    if (value !== '') sources.secrets.push({ kind, line: node.loc?.start.line ?? 1, start: node.start ?? 0 });
    return sources;
  }
  const env = getProcessEnvName(node);
  if (env !== null) {
    sources.legacyEnvVars.push(env);
    return sources;
  }
  if (expr.isCallExpression()) {
    const callee = expr.node.callee;
    const name = callee.type === 'Identifier' ? callee.name : isMemberLike(callee) ? getMemberPropertyName(callee) : null;
    const [first] = expr.get('arguments') as NodePath[];
    if (name !== null && TRANSPARENT_CALLS.has(name) && first) return getCredentialSources(first, kind, depth + 1);
    return sources;
  }
  // `a || 'fallback'`, `a ?? 'fallback'`: the fallback is hard-coded too.
  if (expr.isLogicalExpression()) {
    mergeSources(sources, getCredentialSources(expr.get('left'), kind, depth + 1));
    mergeSources(sources, getCredentialSources(expr.get('right'), kind, depth + 1));
    return sources;
  }
  const next = getConstantInit(expr) ?? getConstantProperty(expr);
  return next ? getCredentialSources(next, kind, depth + 1) : sources;
}
