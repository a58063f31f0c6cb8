import traverse from '@babel/traverse';
import type { File } from '@babel/types';
import { listNodes } from './walk-nodes';

/**
 * @babel/traverse keeps every NodePath and scope it makes in two process-wide WeakMaps keyed
 * by the tree's nodes. The entries of a tree nobody uses any more go only when the tree is
 * collected, and until then the collector keeps reaching them: on the synthetic corpus, with
 * one tree after another, half of all young-generation collection time (about 0.4 ms per
 * rewritten file) was spent on the entries of trees already done with. Dropping them when
 * the work on a tree is over halves it.
 *
 * Only for a tree the caller parsed itself and whose NodePaths nobody will use again (a
 * NodePath asked for after this is made anew, so nothing breaks, but identity comparisons
 * between old and new paths would fail). Entries of other trees are left alone. Nodes deeper
 * than the node list goes (see walk-nodes.ts) keep theirs until the tree is collected, as
 * before. If a later @babel/traverse keeps its caches elsewhere, this does nothing.
 */
export function releaseTraversalCache(ast: File): void {
  const cache = (traverse as unknown as { cache?: { path?: unknown; scope?: unknown } }).cache;
  const paths = asWeakMap(cache?.path);
  const scopes = asWeakMap(cache?.scope);
  // NodePaths are cached under their parent node: a traversed tree has an entry for its File.
  if (!paths?.has(ast) && !scopes?.has(ast.program)) return;
  paths?.delete(ast);
  scopes?.delete(ast);
  for (const node of listNodes(ast).nodes) {
    paths?.delete(node);
    scopes?.delete(node);
  }
}

function asWeakMap(value: unknown): WeakMap<object, unknown> | undefined {
  return value instanceof WeakMap ? value : undefined;
}
