import type { Binding, NodePath } from '@babel/traverse';
import type * as t from '@babel/types';

/**
 * After the credentials argument of a call is rewritten away, the declarations that only
 * fed it (`const password = '...'`, `const creds = {...}`, an import of them) are dead.
 * This finds them, transitively, and returns the text ranges to delete. It never touches
 * parameters, exports, patterns, loop heads or anything still read elsewhere.
 */

export interface TextRange {
  start: number;
  end: number;
}

function isInside(node: t.Node, ranges: readonly TextRange[]): boolean {
  const start = node.start ?? -1;
  const end = node.end ?? -1;
  return ranges.some((range) => start >= range.start && end <= range.end);
}

/** Bindings referenced from inside `path` (the identifiers it reads). */
function collectReferencedBindings(path: NodePath, into: Set<Binding>): void {
  const visit = (identifier: NodePath<t.Identifier>) => {
    if (!identifier.isReferencedIdentifier()) return;
    const binding = identifier.scope.getBinding(identifier.node.name);
    if (binding) into.add(binding);
  };
  if (path.isIdentifier()) visit(path);
  path.traverse({ Identifier: visit });
}

const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

/** The node whose removal takes the binding away, if it is safe to remove at all. */
function getRemovableDeclarator(binding: Binding): NodePath | null {
  const path = binding.path;
  if (path.isVariableDeclarator()) {
    if (!path.get('id').isIdentifier()) return null;
    const declaration = path.parentPath;
    if (!declaration?.isVariableDeclaration() || declaration.node.declare) return null;
    if (!declaration.parentPath || !STATEMENT_LISTS.has(declaration.parentPath.node.type)) return null;
    return path;
  }
  if (path.isImportSpecifier() || path.isImportDefaultSpecifier() || path.isImportNamespaceSpecifier()) {
    return path;
  }
  return null;
}

function isUnusedOutside(binding: Binding, removed: readonly TextRange[]): boolean {
  return (
    binding.referencePaths.every((reference) => isInside(reference.node, removed)) &&
    binding.constantViolations.every((violation) => isInside(violation.node, removed))
  );
}

/**
 * `removedExpressions` are the argument paths that the rewrite replaces. Returns the
 * declarator / specifier paths that become unused, in source order.
 */
export function findDeadDeclarations(removedExpressions: readonly NodePath[]): NodePath[] {
  const removedRanges: TextRange[] = removedExpressions.map((path) => ({
    start: path.node.start ?? 0,
    end: path.node.end ?? 0,
  }));
  const candidates = new Set<Binding>();
  for (const path of removedExpressions) collectReferencedBindings(path, candidates);

  const dead = new Set<NodePath>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const binding of candidates) {
      const declarator = getRemovableDeclarator(binding);
      if (!declarator || dead.has(declarator) || !isUnusedOutside(binding, removedRanges)) continue;
      dead.add(declarator);
      removedRanges.push({ start: declarator.node.start ?? 0, end: declarator.node.end ?? 0 });
      if (declarator.isVariableDeclarator()) {
        const init = declarator.get('init');
        if (init.node) collectReferencedBindings(init as NodePath, candidates);
      }
      changed = true;
    }
  }
  return [...dead].sort((a, b) => (a.node.start ?? 0) - (b.node.start ?? 0));
}

/** Extends a statement's range to its whole line(s) when nothing else stands on them. */
export function wholeLineRange(source: string, start: number, end: number): TextRange {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const before = source.slice(lineStart, start);
  let lineEnd = source.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = source.length;
  const after = source.slice(end, lineEnd).replace(/\r$/, '');
  const ownsLine = /^[ \t]*$/.test(before) && /^[ \t]*(\/\/.*)?$/.test(after);
  if (!ownsLine) {
    const trailingSpaces = /^[ \t]*/.exec(source.slice(end))?.[0].length ?? 0;
    return { start, end: end + trailingSpaces };
  }
  return { start: lineStart, end: Math.min(source.length, lineEnd + 1) };
}

/**
 * Text ranges that delete the dead declarations: a whole statement when all of its
 * declarators / specifiers go, otherwise just the item and its separating comma.
 */
export function getRemovalRanges(source: string, dead: readonly NodePath[]): TextRange[] {
  const byParent = new Map<NodePath, NodePath[]>();
  for (const path of dead) {
    const parent = path.parentPath as NodePath;
    byParent.set(parent, [...(byParent.get(parent) ?? []), path]);
  }
  const ranges: TextRange[] = [];
  for (const [parent, removedItems] of byParent) {
    const items: t.Node[] = parent.isVariableDeclaration()
      ? parent.node.declarations
      : (parent.node as t.ImportDeclaration).specifiers;
    if (removedItems.length === items.length) {
      // Comments above it stay: we cannot know what else they describe, and nothing
      // outside the rewrite may be lost.
      ranges.push(wholeLineRange(source, parent.node.start ?? 0, parent.node.end ?? 0));
      continue;
    }
    for (const item of removedItems) {
      const index = items.indexOf(item.node);
      const next = items[index + 1];
      const previous = items[index - 1];
      if (next) ranges.push({ start: item.node.start ?? 0, end: next.start ?? 0 });
      else if (previous) ranges.push({ start: previous.end ?? 0, end: item.node.end ?? 0 });
    }
  }
  return mergeRanges(ranges).map((range) => collapseBlankLines(source, range));
}

/** Removing lines that stood between two blank lines would leave two: keep just one. */
function collapseBlankLines(source: string, range: TextRange): TextRange {
  const atLineStart = range.start === 0 || source[range.start - 1] === '\n';
  const atLineEnd = range.end === source.length || source[range.end - 1] === '\n';
  if (!atLineStart || !atLineEnd) return range;
  const previousLineStart = source.lastIndexOf('\n', range.start - 2) + 1;
  const previousIsBlank = range.start === 0 || /^[ \t]*\r?\n$/.test(source.slice(previousLineStart, range.start));
  const nextLine = /^[ \t]*\r?\n/.exec(source.slice(range.end));
  return previousIsBlank && nextLine ? { start: range.start, end: range.end + nextLine[0].length } : range;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
