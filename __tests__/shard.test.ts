import { UsageError } from '../src/errors';
import { isInShard, parseShard } from '../src/runner/shard';

const EXPECTED_SHARDS_OF_3 = [3, 3, 2, 3, 3, 2, 1];
const paths = Array.from({ length: 400 }, (_, index) => `services/svc-${index % 7}/src/file-${index}.ts`);

describe('parseShard', () => {
  it('reads i/n, spaces allowed', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard(' 3 / 3 ')).toEqual({ index: 3, count: 3 });
  });

  it.each(['0/3', '4/3', '1/0', '2', 'a/b', 'abc', '1/2/3', '-1/2', '1.5/3', ''])('rejects %p as a usage error', (text) => {
    expect(() => parseShard(text)).toThrow(UsageError);
  });
});

describe('isInShard', () => {
  it('puts every path in exactly one shard of n', () => {
    for (const count of [1, 2, 3, 5, 7]) {
      for (const file of paths) {
        const owners = Array.from({ length: count }, (_, index) => index + 1).filter((index) => isInShard(file, { index, count }));
        expect(owners).toHaveLength(1);
      }
    }
  });

  it('spreads files over the shards', () => {
    const sizes = [1, 2, 3, 4].map((index) => paths.filter((file) => isInShard(file, { index, count: 4 })).length);
    for (const size of sizes) expect(size).toBeGreaterThan(paths.length / 4 / 2);
  });

  it('depends only on the report path: not on the other files, their order, or the run', () => {
    const shard = { index: 2, count: 3 };
    const alone = paths.filter((file) => isInShard(file, shard));
    const reversed = [...paths].reverse().filter((file) => isInShard(file, shard)).reverse();
    const amongOthers = [...paths, 'new/file.js', 'another/new.ts'].filter((file) => isInShard(file, shard));
    expect(reversed).toEqual(alone);
    expect(amongOthers.filter((file) => paths.includes(file))).toEqual(alone);
  });

  it('is the same on every machine: pinned assignments (sha1 of the path)', () => {
    // A change here would reshuffle every CI matrix that uses --shard: change it deliberately only.
    const files = ['src/a.ts', 'src/b.js', 'lib/index.mjs', 'a/b/c/d.cjs', 'index.js', 'test/x.test.ts', 'src/d.ts'];
    const assignment = files.map((file) => [1, 2, 3].find((index) => isInShard(file, { index, count: 3 })));
    expect(assignment).toEqual(EXPECTED_SHARDS_OF_3);
    const shardOf = (file: string, count: number) =>
      Array.from({ length: count }, (_, index) => index + 1).find((index) => isInShard(file, { index, count }));
    expect([shardOf('lib/index.js', 3), shardOf('src/a.ts', 4), shardOf('lib/index.js', 4), shardOf('services/billing/login.mjs', 4)]).toEqual([2, 2, 3, 2]);
  });
});
