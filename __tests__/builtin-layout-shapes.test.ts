import { formatWithLayout } from '../src/format/format-rewrite';
import { parseSource } from '../src/parse/parse-source';
import { findChangedStatements } from '../src/rewrite/changed-statements';

/**
 * The shapes the built-in layout breaks besides calls, as a table: an added line in, the
 * laid-out lines out (40 columns, two-space indentation, trailing commas where the file has
 * them). The transform fixtures pin the layout on whole files; this pins each shape alone,
 * and the shapes it must leave as they are.
 */

const FILE = 'src/sample.js';
const BEFORE = ['function f() {', '  return 1;', '}', ''].join('\n');

/** `line` added in place of `return 1;`, then laid out. */
function layOut(line: string): string[] {
  const rewritten = BEFORE.replace('  return 1;', line);
  const ranges = findChangedStatements(BEFORE, rewritten, parseSource(rewritten, FILE));
  const out = formatWithLayout(FILE, BEFORE, rewritten, ranges, { maxLineLength: 40, trailingCommas: 'all' });
  return out.split('\n').slice(1, -2);
}

const cases: [string, string, string[]][] = [
  [
    'an object with no call around it: one property per line',
    "  const h = { Accept: 'application/json', Other: 'x' };",
    ['  const h = {', "    Accept: 'application/json',", "    Other: 'x',", '  };'],
  ],
  [
    "'text' + a chained call on an array: the left side stays, the array hugs",
    "  const v = 'Basic ' + Buffer.from([process.env.CLIENT_ID, process.env.SECRET].join(':')).toString('base64');",
    ["  const v = 'Basic ' + Buffer.from([", '    process.env.CLIENT_ID,', '    process.env.SECRET,', "  ].join(':')).toString('base64');"],
  ],
  [
    'a property whose value is an object, inside an object',
    "  const o = { headers: { Authorization: token, Accept: 'json' } };",
    ['  const o = {', '    headers: {', '      Authorization: token,', "      Accept: 'json',", '    },', '  };'],
  ],
  [
    'a chain with a callback is not a literal-argument chain: its own arguments break',
    '  return load(firstArgument, second).then((r) => r.data);',
    ['  return load(firstArgument, second).then(', '    (r) => r.data,', '  );'],
  ],
  [
    'a property with a comment between key and value keeps its text',
    "  const o = { key: /* why */ 'a long value for the key that is long' };",
    ['  const o = {', "    key: /* why */ 'a long value for the key that is long',", '  };'],
  ],
  [
    'another operator than + keeps its text',
    '  const n = { total: firstQuantity * secondQuantity * third };',
    ['  const n = {', '    total: firstQuantity * secondQuantity * third,', '  };'],
  ],
];

describe('the built-in layout, shape by shape', () => {
  it.each(cases)('%s', (_name, line, expected) => {
    expect(layOut(line)).toEqual(expected);
  });

  it('leaves a line that fits as it is', () => {
    expect(layOut("  const h = { a: 'b' };")).toEqual(["  const h = { a: 'b' };"]);
  });
});
