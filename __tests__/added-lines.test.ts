import { findAddedLines } from '../src/rewrite/changed-statements';

/**
 * findAddedLines keeps its last answer (a migrated file's rewrite and its layout ask for the
 * same two texts): the kept answer must be the one for the texts asked about.
 */
describe('findAddedLines', () => {
  const before = 'a();\nb();\n';
  const after = 'a();\ninit();\nb();\n';
  const other = 'a();\nb();\nc();\n';

  it('finds the added lines', () => {
    expect(findAddedLines(before, after)).toEqual([{ start: 5, end: 12 }]);
    expect(findAddedLines(before, other)).toEqual([{ start: 10, end: 14 }]);
  });

  it('answers a repeated question with the same answer, and a new one afresh', () => {
    const first = findAddedLines(before, after);
    expect(findAddedLines(before, after)).toBe(first);
    expect(findAddedLines(other, after)).toEqual([{ start: 5, end: 12 }]);
    expect(findAddedLines(after, before)).toEqual([]);
    expect(findAddedLines(before, other)).toEqual([{ start: 10, end: 14 }]);
    // equal texts built apart are the same question
    expect(findAddedLines(`${'a();\n'}b();\n`, ['a();', 'init();', 'b();', ''].join('\n'))).toEqual([{ start: 5, end: 12 }]);
  });
});
