import { VISITOR_KEYS, type File, type Node } from '@babel/types';

/**
 * One walk over a parsed file, shared by every rule that looks at it: the nodes of the types
 * the rules ask about, in source order, each with its parent. A rule reads the list of the
 * type it wants (`index.of('CallExpression')`) instead of walking the tree itself.
 *
 * Why not @babel/traverse for everything: traverse builds a NodePath (and, on first use, the
 * scope tables) for every node it passes. On an ordinary file that is nothing; on a 4 MB
 * bundle (the Genesys SDK's own, vendored in web apps and present in this project's
 * node_modules) it was 80% of check's time and most of its memory. The rules now decide from
 * this index what they can (a literal grant type, a login method's name), and only a file
 * where a real question is left pays for NodePaths (see grant-sites.ts, genesys-region.ts).
 *
 * The walk uses an explicit stack: a file can nest deeper than the thread's call stack.
 */

/** The node types kept; other nodes are walked through, not listed. */
export const INDEXED_TYPES = [
  'CallExpression',
  'OptionalCallExpression',
  'NewExpression',
  'MemberExpression',
  'OptionalMemberExpression',
  'ObjectProperty',
  'AssignmentExpression',
  'StringLiteral',
  'TemplateElement',
  'TSTypeAnnotation',
  'TSParameterProperty',
] as const;

export type IndexedType = (typeof INDEXED_TYPES)[number];
export type NodeOfType<K extends IndexedType> = Extract<Node, { type: K }>;

export interface IndexedNode<T extends Node = Node> {
  node: T;
  /** null for the program's own children's parent, the Program */
  parent: Node | null;
  /** the parent's property holding the node (`arguments`, `value`, ...) */
  key: string;
  /** the position in that property when it is a list, else null */
  listIndex: number | null;
}

export interface NodeIndex {
  of<K extends IndexedType>(type: K): readonly IndexedNode<NodeOfType<K>>[];
}

const indexes = new WeakMap<File, NodeIndex>();

/** The index of a parsed file, built on first use and kept as long as the tree lives. */
export function getNodeIndex(ast: File): NodeIndex {
  let index = indexes.get(ast);
  if (!index) {
    index = buildNodeIndex(ast);
    indexes.set(ast, index);
  }
  return index;
}

function buildNodeIndex(ast: File): NodeIndex {
  const lists = new Map<string, IndexedNode[]>(INDEXED_TYPES.map((type) => [type, []]));
  // Parallel stacks (node, parent, key, list position), so that only the indexed nodes cost
  // an object. Children are pushed in reverse, so they are popped in source order.
  const nodes: Node[] = [ast.program];
  const parents: (Node | null)[] = [null];
  const keys: string[] = ['program'];
  const positions: (number | null)[] = [null];
  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const parent = parents.pop() as Node | null;
    const key = keys.pop() as string;
    const listIndex = positions.pop() as number | null;
    const list = lists.get(node.type);
    if (list) list.push({ node, parent, key, listIndex });
    const childKeys = VISITOR_KEYS[node.type];
    if (!childKeys) continue;
    for (let k = childKeys.length - 1; k >= 0; k--) {
      const childKey = childKeys[k];
      const child = (node as unknown as Record<string, unknown>)[childKey];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as Node | null;
          if (isNode(item)) {
            nodes.push(item);
            parents.push(node);
            keys.push(childKey);
            positions.push(i);
          }
        }
      } else if (isNode(child)) {
        nodes.push(child);
        parents.push(node);
        keys.push(childKey);
        positions.push(null);
      }
    }
  }
  return {
    of: <K extends IndexedType>(type: K) => lists.get(type) as unknown as readonly IndexedNode<NodeOfType<K>>[],
  };
}

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}
