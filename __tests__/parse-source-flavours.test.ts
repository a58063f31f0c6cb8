import type { ExpressionStatement } from '@babel/types';
import { getParserFlavours, parseSource } from '../src/parse/parse-source';

/**
 * Which parser reads which file: JavaScript as JavaScript first (faster, and right where
 * TypeScript would read the same characters differently), then TSX, then Flow.
 */
describe('parseSource flavours', () => {
  it('tries JavaScript, then TSX, then Flow for JavaScript file names', () => {
    for (const name of ['a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'bin/login']) expect(getParserFlavours(name)).toEqual(['jsx', 'tsx', 'flow']);
    expect(getParserFlavours('a.ts')).toEqual(['ts']);
    expect(getParserFlavours('a.tsx')).toEqual(['tsx']);
    expect(getParserFlavours('a.d.ts')).toEqual(['dts']);
  });

  it('reads f < T > (x) in a .js file as two comparisons, and as a generic call in a .ts file', () => {
    const statement = (file: string) => parseSource('f < T > (x);\n', file).program.body[0] as ExpressionStatement;
    expect(statement('a.js').expression.type).toBe('BinaryExpression');
    expect(statement('a.ts').expression.type).toBe('CallExpression');
  });

  it('still reads TypeScript and Flow annotations in a .js file, and JSX', () => {
    expect(parseSource('const f = (x: number): string => String(x);\n', 'a.js').program.body).toHaveLength(1);
    expect(parseSource('type T = {| a: number |};\nconst x: T = { a: 1 };\n', 'a.js').program.body).toHaveLength(2);
    expect(parseSource('const el = <div className="a">{x}</div>;\n', 'a.js').program.body).toHaveLength(1);
  });

  it('reports a .js file that no flavour reads with the JavaScript parser message', () => {
    expect(() => parseSource('const = 1;\n', 'a.js')).toThrow(/Unexpected token/);
  });
});
