import { VISITOR_KEYS, type File, type Node } from '@babel/types';

/**
 * The nodes of a tree as one flat list, for the habits and ranges the rewrite and the layout
 * read (quotes, trailing commas, statements, calls). A rewritten file's tree is read by three
 * of them (its changed statements, its trailing commas, its calls): one walk serves all
 * three, each then reads the list. Built on first use and kept as long as the tree lives.
 *
 * The walk follows only the keys @babel/types lists as a node type's children: the same
 * nodes as looking at every property of every node (no parsed node holds a node under any
 * other key, `loc` and comments aside), without building a key list per node. Those
 * per-node lists and the look at every property were a tenth of a rewritten file's time.
 *
 * Parents come before their children, children in the order of their type's visitor keys.
 * Nodes deeper than LISTED_DEPTH (the program is at depth 0) are left out: no reader looks
 * further, and it keeps the list of a pathologically nested file short.
 *
 * Beside node-index.ts, not instead of it: the index keeps only the types the detector and
 * the rules ask about, with parent links, and is what `check` builds over a 4 MB bundle; a
 * list of every node with its links costs more there than the second walk saves on the few
 * small trees `migrate` reads both ways (measured: building the index from this list was no
 * faster on the synthetic corpus).
 */

export const LISTED_DEPTH = 200;

export interface NodeList {
  /** the nodes, parents before their children */
  readonly nodes: readonly Node[];
  /**
   * The type of each node in `nodes`. A reader picks the nodes it wants from this list and
   * touches only those: reading `type` off every node costs as much as the walk (the nodes
   * of a tree come in hundreds of shapes, so each property read takes V8's slow path).
   */
  readonly types: readonly string[];
  /** the depth of each node in `nodes` (the program is 0) */
  readonly depths: readonly number[];
}

const lists = new WeakMap<File, NodeList>();

/** The listed nodes of a parsed file's program (see above). */
export function listNodes(ast: File): NodeList {
  let list = lists.get(ast);
  if (!list) {
    list = buildNodeList(ast.program);
    lists.set(ast, list);
  }
  return list;
}

function buildNodeList(root: Node): NodeList {
  const nodes: Node[] = [];
  const types: string[] = [];
  const depths: number[] = [];
  // An explicit stack; children are pushed in reverse, so they are popped in order.
  const stack: Node[] = [root];
  const stackDepths: number[] = [0];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const depth = stackDepths.pop() as number;
    const type = node.type;
    nodes.push(node);
    types.push(type);
    depths.push(depth);
    if (depth >= LISTED_DEPTH) continue;
    const keys = VISITOR_KEYS[type];
    if (keys === undefined) continue;
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = (node as unknown as Record<string, unknown>)[keys[k]];
      if (value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = value[i] as Node | null;
          if (child && typeof child.type === 'string') {
            stack.push(child);
            stackDepths.push(depth + 1);
          }
        }
      } else if (typeof (value as Node).type === 'string') {
        stack.push(value as Node);
        stackDepths.push(depth + 1);
      }
    }
  }
  return { nodes, types, depths };
}
