import type * as t from '@babel/types';
import type { LineLayout } from './types';

/**
 * The built-in layout of one call (or object) that does not fit its line, the way Prettier
 * lays calls out: everything on one line if it fits; else the last argument "hugged" (an
 * array, an object or an arrow function opened on the call's line, its content indented
 * below) if that line fits; else one argument per line, each argument laid out the same way
 * in turn. Only the shapes the rewrites write are reflowed (calls, arrays, objects and their
 * `key: value` properties, arrow functions with an expression body, `'text' + value`, and a
 * call with literal arguments on one of those, `[a, b].join(':')`); anything else keeps its
 * own text.
 */

type CallNode = t.CallExpression | t.NewExpression | t.OptionalCallExpression;

export function isCallNode(node: t.Node): node is CallNode {
  return node.type === 'CallExpression' || node.type === 'NewExpression' || node.type === 'OptionalCallExpression';
}

/** Columns a piece of text takes, tabs counted as the layout says. */
export function measureWidth(text: string, tabWidth: number): number {
  let width = 0;
  for (const char of text) width += char === '\t' ? tabWidth - (width % tabWidth) : 1;
  return width;
}

class CallPrinter {
  constructor(
    private readonly source: string,
    private readonly layout: LineLayout,
    private readonly eol: string,
  ) {}

  private text(node: t.Node): string {
    return this.source.slice(node.start ?? 0, node.end ?? 0);
  }

  /** The node's text when it is on one line, else null. */
  private flat(node: t.Node): string | null {
    const text = this.text(node);
    return text.includes('\n') ? null : text;
  }

  private fits(column: number, text: string, tail: number): boolean {
    return column + measureWidth(text, this.layout.tabWidth) + tail <= this.layout.maxLineLength;
  }

  private width(text: string): number {
    return measureWidth(text, this.layout.tabWidth);
  }

  /** `node` laid out from `column` on a line indented by `indent`, `tail` columns following it. */
  print(node: t.Node, indent: string, column: number, tail: number, from?: number): string {
    if (from !== undefined && isCallNode(node)) return this.printCall(node, indent, column, tail, from);
    const flat = this.flat(node);
    if (flat !== null && this.fits(column, flat, tail)) return flat;
    const chain = this.chainedCall(node);
    if (chain) return `${this.print(chain.object, indent, column, tail + this.width(chain.rest))}${chain.rest}`;
    if (isCallNode(node)) return this.printCall(node, indent, column, tail);
    if (node.type === 'ObjectProperty') return this.printProperty(node, indent, column, tail);
    if (node.type === 'BinaryExpression') return this.printConcatenation(node, indent, column, tail);
    if (node.type === 'ArrayExpression' && node.elements.every((element) => element !== null)) {
      return this.printBrokenList('[', node.elements as t.Node[], ']', indent);
    }
    if (node.type === 'ObjectExpression' && node.properties.length > 0) {
      return this.printBrokenList('{', node.properties, '}', indent);
    }
    if (node.type === 'ArrowFunctionExpression' && node.body.type !== 'BlockStatement') {
      const head = this.arrowHead(node);
      if (head !== null) {
        const inner = indent + this.layout.indentUnit;
        return `${head}${this.eol}${inner}${this.print(node.body, inner, this.width(inner), tail)}`;
      }
    }
    return this.text(node);
  }

  /** Text between two nodes that a layout may keep on one line: no line break, no comment. */
  private plainBetween(start: number, end: number): string | null {
    const text = this.source.slice(start, end);
    return text.includes('\n') || /\/[/*]/.test(text) ? null : text;
  }

  /**
   * `X.name('literal', ...)` where X is a call, an array or an object: X is laid out and the
   * rest follows its last line (`Buffer.from(...).toString('base64')`, `[a, b].join(':')`).
   * Only literal arguments, so that a chain with callbacks (`.then(...)`) keeps its shape.
   */
  private chainedCall(node: t.Node): { object: t.Node; rest: string } | null {
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
    const callee = node.callee;
    if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) return null;
    const object = callee.object;
    if (!isCallNode(object) && object.type !== 'ArrayExpression' && object.type !== 'ObjectExpression') return null;
    if ((object.extra as { parenthesized?: boolean } | undefined)?.parenthesized) return null;
    if (!node.arguments.every((arg) => arg.type === 'StringLiteral' || arg.type === 'NumericLiteral')) return null;
    const rest = this.plainBetween(object.end ?? 0, node.end ?? 0);
    return rest === null ? null : { object, rest };
  }

  /** `key: value`: the key stays, the value is laid out after it. */
  private printProperty(node: t.ObjectProperty, indent: string, column: number, tail: number): string {
    const value = node.value;
    if (node.computed || node.shorthand || value.end !== node.end) return this.text(node);
    const head = this.plainBetween(node.start ?? 0, value.start ?? 0);
    if (head === null) return this.text(node);
    return `${head}${this.print(value, indent, column + this.width(head), tail)}`;
  }

  /** `'Basic ' + value`: the left side and the operator stay, the right side is laid out after them. */
  private printConcatenation(node: t.BinaryExpression, indent: string, column: number, tail: number): string {
    const { left, right } = node;
    const parenthesized = [left, right].some((side) => (side.extra as { parenthesized?: boolean } | undefined)?.parenthesized);
    if (node.operator !== '+' || parenthesized || left.type === 'PrivateName') return this.text(node);
    const leftText = this.flat(left);
    const between = this.plainBetween(left.end ?? 0, right.start ?? 0);
    if (leftText === null || between === null) return this.text(node);
    const head = `${leftText}${between}`;
    return `${head}${this.print(right, indent, column + this.width(head), tail)}`;
  }

  /** `() =>`, `async (x) =>`: the arrow's text up to its body, when it is on one line. */
  private arrowHead(node: t.ArrowFunctionExpression): string | null {
    const head = this.source.slice(node.start ?? 0, node.body.start ?? 0).trimEnd();
    return head.endsWith('=>') && !head.includes('\n') && !/\/[/*]/.test(head) ? head : null;
  }

  private listComma(kind: 'arguments' | 'literal'): string {
    const commas = this.layout.trailingCommas;
    return commas === 'all' || (commas === 'es5' && kind === 'literal') ? ',' : '';
  }

  /** One item per line, one level deeper than `indent`. */
  private printBrokenList(open: string, items: readonly t.Node[], close: string, indent: string): string {
    const inner = indent + this.layout.indentUnit;
    const kind = open === '(' ? 'arguments' : 'literal';
    const lines = items.map((item, index) => {
      const comma = index < items.length - 1 ? ',' : this.listComma(kind);
      return `${inner}${this.print(item, inner, this.width(inner), comma.length)}${comma}`;
    });
    return `${open}${this.eol}${lines.join(this.eol)}${this.eol}${indent}${close}`;
  }

  /** Prettier's test for an argument that may open on the call's line (`couldExpandArg`). */
  private couldHug(node: t.Node): boolean {
    const chain = this.chainedCall(node);
    if (chain) return (chain.object.type === 'ArrayExpression' || chain.object.type === 'ObjectExpression') && this.couldHug(chain.object);
    if (node.type === 'ObjectExpression') return node.properties.length > 0;
    if (node.type === 'ArrayExpression') {
      return node.elements.length > 0 && !node.elements.every((element) => element?.type === 'NumericLiteral');
    }
    if (node.type === 'FunctionExpression') return true;
    if (node.type === 'ArrowFunctionExpression') {
      return ['BlockStatement', 'ArrowFunctionExpression', 'ObjectExpression', 'ArrayExpression', 'TSAsExpression', 'CallExpression', 'OptionalCallExpression', 'ConditionalExpression'].includes(node.body.type);
    }
    return false;
  }

  /** The hugged last argument: opened on the call's line, closed on a line of its own. */
  private printHugged(node: t.Node, indent: string): string | null {
    const chain = this.chainedCall(node);
    if (chain) {
      const object = this.printHugged(chain.object, indent);
      return object === null ? null : `${object}${chain.rest}`;
    }
    if (node.type === 'ArrayExpression' || node.type === 'ObjectExpression') {
      const items = node.type === 'ArrayExpression' ? node.elements : node.properties;
      if (items.some((item) => item === null)) return null;
      return this.printBrokenList(node.type === 'ArrayExpression' ? '[' : '{', items as t.Node[], node.type === 'ArrayExpression' ? ']' : '}', indent);
    }
    if (node.type === 'ArrowFunctionExpression' && node.body.type !== 'BlockStatement') {
      const head = this.arrowHead(node);
      if (head === null) return null;
      const inner = indent + this.layout.indentUnit;
      const comma = this.listComma('arguments');
      return `${head}${this.eol}${inner}${this.print(node.body, inner, this.width(inner), comma.length)}${comma}${this.eol}${indent}`;
    }
    // A function with a block body keeps its own lines.
    return this.flat(node) === null ? this.text(node) : null;
  }

  /** `from`: where the printed text starts, when the callee begins on an earlier line (`.method(` of a chain) */
  private printCall(node: CallNode, indent: string, column: number, tail: number, from = node.start ?? 0): string {
    const args = node.arguments as t.Node[];
    const first = args[0];
    if (!first) return this.source.slice(from, node.end ?? 0);
    const flatFrom = this.source.slice(from, node.end ?? 0);
    if (from !== node.start && !flatFrom.includes('\n') && this.fits(column, flatFrom, tail)) return flatFrom;
    const head = this.source.slice(from, first.start ?? 0);
    // Only `callee(` on one line, without comments, is ours to reflow.
    if (!head.endsWith('(') || head.includes('\n') || /\/[/*]/.test(head)) return flatFrom;
    const tailText = this.source.slice(args[args.length - 1].end ?? 0, node.end ?? 0);
    if (!/^\s*,?\s*\)$/.test(tailText)) return flatFrom;

    const last = args[args.length - 1];
    const others = args.slice(0, -1).map((arg) => this.flat(arg));
    const penultimate = args[args.length - 2];
    if (this.couldHug(last) && (!penultimate || penultimate.type !== last.type) && others.every((text) => text !== null)) {
      const hugHead = `${head}${others.map((text) => `${text}, `).join('')}`;
      const hugged = this.printHugged(last, indent);
      if (hugged !== null && hugged.includes('\n')) {
        const firstLine = `${hugHead}${hugged.slice(0, hugged.indexOf('\n')).replace(/\r$/, '')}`;
        if (this.fits(column, firstLine, 0)) return `${hugHead}${hugged})`;
      }
    }
    return `${head.slice(0, -1)}${this.printBrokenList('(', args, ')', indent)}`;
  }
}

/**
 * `call` (a call, an object or a property) laid out to fit `layout`, starting at `column`
 * of a line indented by `indent`, with `tail` columns of the line after it. Returns the
 * node's own text when nothing fits better (a callee too long for any line, comments in
 * the way).
 */
export function breakLongCall(
  source: string,
  call: t.Node,
  position: { indent: string; column: number; tail: number; from?: number },
  layout: LineLayout,
  eol: string,
): string {
  return new CallPrinter(source, layout, eol).print(call, position.indent, position.column, position.tail, position.from);
}
