import type { NodePath } from '@babel/traverse';

/** NodePath#get reduced to what these call sites use: a child by its key. */
interface ChildGetter {
  get(key: string): NodePath | NodePath[];
}

/**
 * The child path under `key` (`object`, `callee`, `expression`...), for a caller that goes on
 * with a plain NodePath. The same call as `path.get(key)`; it exists for the type checker:
 * on a `NodePath<Node>` (or a union of node types) `get` is a generic over every node type's
 * keys, and each such call site cost tsc two to five seconds (`tsc --generateTrace`: most of
 * the project's type-check time, paid three times by every CI run).
 */
export function childPath(path: NodePath, key: string): NodePath {
  return (path as unknown as ChildGetter).get(key) as NodePath;
}
