import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sampleEvenly } from '../bench/corpus/real-corpus';
import { loadGrantShapes, writeSyntheticCorpus } from '../bench/corpus/synthetic-corpus';
import { readProcessTreeRss } from '../bench/measure/process-tree-rss';
import { addRatios, evaluateTargets, median, type ToolResult } from '../bench/results';
import { parseSource } from '../src/parse/parse-source';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'transform');

function listFiles(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .sort();
}

describe('synthetic corpus', () => {
  const dirs: string[] = [];
  const makeDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgc-bench-test-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('is the same for the same seed, holds grants in the share asked for, and parses', () => {
    const options = { fixturesDir: FIXTURES, fileCount: 200, grantShare: 0.05, seed: 7 };
    const first = makeDir();
    const second = makeDir();
    const summary = writeSyntheticCorpus(first, options);
    writeSyntheticCorpus(second, options);
    expect(summary.grantFiles).toBe(10);

    const files = listFiles(first);
    expect(files).toHaveLength(200);
    expect(files.map((file) => path.relative(first, file))).toEqual(listFiles(second).map((file) => path.relative(second, file)));
    let withGrant = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toBe(fs.readFileSync(path.join(second, path.relative(first, file)), 'utf8'));
      expect(() => parseSource(text, file)).not.toThrow();
      if (text.includes('postOAuthApiToken')) withGrant++;
    }
    expect(withGrant).toBe(10);
  });

  it('takes only fixtures that the default options rewrite', () => {
    const shapes = loadGrantShapes(FIXTURES);
    expect(shapes.length).toBeGreaterThan(10);
    for (const shape of shapes) {
      expect(shape.name).not.toContain('no-change');
      expect(couldHoldPasswordGrant(shape.source)).toBe(true);
    }
  });
});

describe('sampleEvenly', () => {
  it('spreads the sample over the whole list, deterministically', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(sampleEvenly(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(sampleEvenly(items, 3)).toEqual([0, 3, 6]);
    expect(sampleEvenly(items, 20)).toEqual(items);
  });
});

describe('results', () => {
  const result = (tool: ToolResult['tool'], role: ToolResult['role'], medianWallMs: number, corpus: ToolResult['corpus'] = 'real'): ToolResult => ({
    corpus,
    tool,
    role,
    command: '',
    runs: [],
    medianWallMs,
    filesPerSecond: 0,
    peakRssBytes: 100 * 1024 * 1024,
    outcome: '',
    speedupVsJscodeshift: null,
    slowdownVsGrep: null,
  });

  it('takes the median and says which target is missed', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const results = [
      result('check', 'ours', 1000),
      result('jscodeshift --dry', 'anchor', 20_000),
      result('grep -rl', 'floor', 200),
      result('migrate --dry-run', 'ours', 1000, 'synthetic'),
      result('jscodeshift --dry', 'anchor', 5000, 'synthetic'),
    ];
    addRatios(results);
    expect(results[0].speedupVsJscodeshift).toBe(20);
    expect(results[0].slowdownVsGrep).toBe(5);
    const targets = evaluateTargets(results);
    expect(targets.map((target) => [target.limit, target.met])).toEqual([
      [30, false],
      [10, true],
      [4, true],
      [400, true],
    ]);
  });
});

describe('readProcessTreeRss', () => {
  (fs.existsSync('/proc/self/stat') ? it : it.skip)('reads this process, and nothing for a process that is gone', () => {
    expect(readProcessTreeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(readProcessTreeRss(2 ** 22 + 12345)).toBe(0);
  });
});
