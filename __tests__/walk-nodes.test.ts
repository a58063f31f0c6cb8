import type * as t from '@babel/types';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseSource } from '../src/parse/parse-source';
import { LISTED_DEPTH, listNodes } from '../src/parse/walk-nodes';
import { findChangedStatements } from '../src/rewrite/changed-statements';
import { detectLayoutHabits, detectTextStyle, detectTrailingCommas } from '../src/rewrite/text-style';
import { FIXTURE_ROOT, listFixtureSources } from './helpers/fixtures';

/**
 * The flat node list (src/parse/walk-nodes.ts) replaced walks that looked at every property
 * of every node, and the style detection now finds lines without splitting the text. Both
 * must read exactly what the old code read: the rewrite's and the layout's output depends on
 * it byte for byte.
 */


function tryParse(code: string, file: string): t.File | null {
  try {
    return parseSource(code.replace(/^\uFEFF/, ''), file, { attachComment: false });
  } catch {
    return null;
  }
}

const fixtures = listFixtureSources(FIXTURE_ROOT)
  .map((file) => ({ name: path.relative(FIXTURE_ROOT, file), ast: tryParse(fs.readFileSync(file, 'utf8'), file) }))
  .filter((entry): entry is { name: string; ast: t.File } => entry.ast !== null);

const SKIPPED_KEYS = new Set(['loc', 'leadingComments', 'trailingComments', 'innerComments']);

/** The reference: every property of every node that holds a node, as the old walks read them. */
function everyPropertyWalk(node: t.Node, depth: number, out: { node: t.Node; depth: number }[]): void {
  if (depth > LISTED_DEPTH) return;
  out.push({ node, depth });
  for (const key of Object.keys(node)) {
    if (SKIPPED_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof (child as t.Node).type === 'string') everyPropertyWalk(child as t.Node, depth + 1, out);
    }
  }
}

/** A stable order for comparing two lists of the same nodes met in different orders. */
function byPosition(a: { node: t.Node; depth: number }, b: { node: t.Node; depth: number }): number {
  return (a.node.start ?? 0) - (b.node.start ?? 0) || b.depth - a.depth || a.node.type.localeCompare(b.node.type);
}

describe('listNodes', () => {
  it('reads the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(100);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture.ast] as const))('lists the nodes every property holds, at their depths: %s', (_name, ast) => {
    const expected: { node: t.Node; depth: number }[] = [];
    everyPropertyWalk(ast.program, 0, expected);
    const list = listNodes(ast);
    const listed = list.nodes.map((node, index) => ({ node, depth: list.depths[index] }));
    expect(listed.length).toBe(expected.length);
    const sortedListed = [...listed].sort(byPosition);
    const sortedExpected = [...expected].sort(byPosition);
    // Same node objects, same depths (the sort only orders ties the same way for both).
    expect(new Set(listed.map((entry) => entry.node))).toEqual(new Set(expected.map((entry) => entry.node)));
    expect(sortedListed.map((entry) => `${entry.node.type}@${entry.node.start}:${entry.depth}`)).toEqual(
      sortedExpected.map((entry) => `${entry.node.type}@${entry.node.start}:${entry.depth}`),
    );
    expect(list.types).toEqual(list.nodes.map((node) => node.type));
  });

  it('lists parents before their children', () => {
    const ast = parseSource('call(a, { b: [c, d] }, () => e);\n', 'order.js');
    const { nodes, depths } = listNodes(ast);
    expect(nodes[0]).toBe(ast.program);
    for (let index = 1; index < nodes.length; index++) {
      // each node's parent is the last node listed before it one level up
      let parent = index - 1;
      while (depths[parent] >= depths[index]) parent--;
      expect(depths[parent]).toBe(depths[index] - 1);
    }
  });

  it('is built once per tree', () => {
    const ast = parseSource('a(b);\n', 'once.js');
    expect(listNodes(ast)).toBe(listNodes(ast));
  });

  it(`leaves out nodes deeper than ${LISTED_DEPTH}`, () => {
    const ast = parseSource(`x = ${'['.repeat(300)}1${']'.repeat(300)};\n`, 'deep.js');
    const { depths } = listNodes(ast);
    expect(Math.max(...depths)).toBe(LISTED_DEPTH);
  });
});

describe('style habits read from the node list', () => {
  it('reads trailing commas no deeper than 40 levels, as before', () => {
    // A shallow object with a trailing comma, deep arrays without: only the shallow one counts.
    const shallow = 'o = {\n  a: 1,\n};\n';
    const deep = `x = ${'['.repeat(45)}[\n  1\n]${']'.repeat(45)};\n`.repeat(3);
    const source = shallow + deep;
    const ast = parseSource(source, 'deep-commas.js');
    expect(detectTrailingCommas(ast, source)).toBe('all');
    expect(detectLayoutHabits(ast, source).trailingCommas).toBe('all');
    // The same arrays near the top are read: three lists without against one with.
    const near = shallow + 'x = [[\n  1\n]];\n'.repeat(3);
    expect(detectTrailingCommas(parseSource(near, 'near-commas.js'), near)).toBe('none');
  });

  it('counts the quotes of string literals no deeper than 40 levels', () => {
    const source = `a = '1';\nb = ${'['.repeat(45)}"2", "3"${']'.repeat(45)};\n`;
    expect(detectTextStyle(parseSource(source, 'deep-quotes.js'), source).quote).toBe("'");
  });
});

describe('changed statements read from the node list', () => {
  it('looks for statements no deeper than 200 levels, as before', () => {
    // 120 nested ifs: the statement added innermost is at depth 243; the deepest statement
    // holding it within 200 levels is the if at depth 199.
    const open = 'if (a) {\n'.repeat(120);
    const close = '}\n'.repeat(120);
    const before = `${open}x();\n${close}`;
    const after = `${open}x();\ny();\n${close}`;
    const ast = parseSource(after, 'nested.js');
    const { nodes, types, depths } = listNodes(ast);
    const expected = nodes.find((node, index) => types[index] === 'IfStatement' && depths[index] === 199) as t.Node;
    expect(findChangedStatements(before, after, ast)).toEqual([{ start: expected.start, end: expected.end }]);
  });
});

/** The line-splitting detection the line scan replaced: the reference. */
function referenceIndentUnit(source: string): string {
  const counts = new Map<string, number>();
  let previous = 0;
  for (const line of source.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const match = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (match.startsWith('\t')) {
      counts.set('\t', (counts.get('\t') ?? 0) + 1);
      continue;
    }
    const delta = match.length - previous;
    previous = match.length;
    if (delta > 0 && delta <= 8) counts.set(' '.repeat(delta), (counts.get(' '.repeat(delta)) ?? 0) + 1);
  }
  let best = '  ';
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) {
      best = unit;
      bestCount = count;
    }
  }
  return best;
}

function referenceEol(source: string): '\n' | '\r\n' {
  const crlf = (source.match(/\r\n/g) ?? []).length;
  const lf = (source.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

describe('indentation and line endings read without splitting the text', () => {
  const empty = { type: 'File', program: { type: 'Program', body: [], directives: [] } } as unknown as t.File;
  // Every kind of character the line reading treats apart: spaces and tabs, line breaks,
  // white space that trim() removes but the indentation does not count, and code.
  const piece = fc.constantFrom(' ', '  ', '    ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\u2029', '\f', '\v', '\ufeff', '\u3000', 'x', 'if (a) {', '}');

  it('reads the same unit and line ending as splitting on line breaks', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const source = pieces.join('');
        const style = detectTextStyle(empty, source);
        expect(style.indentUnit).toBe(referenceIndentUnit(source));
        expect(style.eol).toBe(referenceEol(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every fixture as before', () => {
    for (const file of listFixtureSources(FIXTURE_ROOT)) {
      const source = fs.readFileSync(file, 'utf8');
      const style = detectTextStyle(empty, source);
      expect([file, style.indentUnit, style.eol]).toEqual([file, referenceIndentUnit(source), referenceEol(source)]);
    }
  });
});
