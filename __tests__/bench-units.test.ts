import { spawnSync } from 'child_process';
import * as fs from 'fs';
import jscodeshift, { type API, type JSCodeshift } from 'jscodeshift';
import * as os from 'os';
import * as path from 'path';
import parseEveryFile from '../bench/anchor/parse-every-file';
import { sampleEvenly } from '../bench/corpus/real-corpus';
import { loadGrantShapes, SYNTHETIC_GRANT_SHAPES, writeSyntheticCorpus } from '../bench/corpus/synthetic-corpus';
import { readProcessTreeRss } from '../bench/measure/process-tree-rss';
import { addRatios, evaluateTargets, median, type ToolResult } from '../bench/results';
import { ANCHOR_TRANSFORM, JSCODESHIFT_TRANSFORM, readJscodeshiftOutcome, TOOLS } from '../bench/tools';
import { parseSource } from '../src/parse/parse-source';
import { couldHoldPasswordGrant } from '../src/runner/prefilter';
import shippedTransform from '../transforms/password-grant-to-client-credentials';
import { loadTransformFixtures } from './helpers/fixtures';

const REPO_ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(REPO_ROOT, '__testfixtures__', 'transform');

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
    expect(shapes.length).toBe(SYNTHETIC_GRANT_SHAPES.length);
    for (const shape of shapes) {
      expect(shape.name).not.toContain('no-change');
      expect(shape.name.startsWith('http-')).toBe(false);
      expect(fs.existsSync(path.join(FIXTURES, `${shape.name}.options.json`))).toBe(false);
      expect(couldHoldPasswordGrant(shape.source)).toBe(true);
    }
  });

  it('is pinned: a fixture added to the folder does not change the corpus, a pinned one removed is an error', () => {
    const folder = makeDir();
    for (const entry of SYNTHETIC_GRANT_SHAPES) {
      const [, name, extension] = /^(.+)\.(\w+)$/.exec(entry) as RegExpExecArray;
      fs.copyFileSync(path.join(FIXTURES, `${name}.input.${extension}`), path.join(folder, `${name}.input.${extension}`));
    }
    fs.writeFileSync(path.join(folder, 'aaa-new-shape.input.js'), 'client.postOAuthApiToken({ credentials: { username: u, password: p } });\n');
    expect(loadGrantShapes(folder).map((shape) => shape.name)).toEqual(loadGrantShapes(FIXTURES).map((shape) => shape.name));
    fs.rmSync(path.join(folder, 'alias-receiver.input.js'));
    expect(() => loadGrantShapes(folder)).toThrow(/alias-receiver\.js is gone/);
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
    speedupVsPrefilteredJscodeshift: null,
    slowdownVsGrep: null,
  });

  it('takes the median and says which target is missed', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const results = [
      result('check', 'ours', 1000),
      result('jscodeshift --dry', 'anchor', 20_000),
      result('jscodeshift --dry, prefilter', 'reference', 3000),
      result('grep -rl', 'floor', 200),
      result('migrate --dry-run', 'ours', 1000, 'synthetic'),
      result('jscodeshift --dry', 'anchor', 5000, 'synthetic'),
      // The reference is shown, never a target: a run 40x slower than it still meets them.
      result('jscodeshift --dry, prefilter', 'reference', 25, 'synthetic'),
    ];
    addRatios(results);
    expect(results[0].speedupVsJscodeshift).toBe(20);
    expect(results[0].speedupVsPrefilteredJscodeshift).toBe(3);
    expect(results[0].slowdownVsGrep).toBe(5);
    expect(results[4].speedupVsJscodeshift).toBe(5);
    expect(results[4].speedupVsPrefilteredJscodeshift).toBe(0.025);
    expect(results[4].slowdownVsGrep).toBeNull();
    const targets = evaluateTargets(results);
    expect(targets.map((target) => [target.limit, target.met])).toEqual([
      [4, false],
      [8, false],
      [3, false],
      [200, true],
    ]);
  });

  it('scales a sampled peer, compares the peers with check, and changed-since with the files by name', () => {
    const results = [
      result('check', 'ours', 1000),
      result('grep -rl', 'floor', 300),
      result('ast-grep scan', 'peer', 12_000),
      { ...result('eslint no-restricted-syntax', 'peer', 8000), sampleEvery: 6 },
      result('check --changed-since', 'ours', 500, 'changed'),
      result('check FILES (by name)', 'by-name', 400, 'changed'),
    ];
    addRatios(results);
    expect(results[3].checkSpeedup).toBe(48);
    expect(results[3].slowdownVsGrep).toBe(160);
    expect(results[4].ratioToByName).toBe(1.25);
    expect(evaluateTargets(results).map((target) => [target.name.split(':')[0], target.limit, target.met])).toEqual([
      ['check, real corpus', 4, true],
      ['check, real corpus', 10, true],
      ['check, real corpus', 50, false],
      ['check --changed-since, 22 files of 20,000', 2, true],
      ['peak RSS of our runs, every corpus, MB', 200, true],
    ]);
  });
});

describe('readProcessTreeRss', () => {
  (fs.existsSync('/proc/self/stat') ? it : it.skip)('reads this process, and nothing for a process that is gone', () => {
    expect(readProcessTreeRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(readProcessTreeRss(2 ** 22 + 12345)).toBe(0);
  });
});

const anchor = TOOLS.find((tool) => tool.role === 'anchor');
const reference = TOOLS.find((tool) => tool.role === 'reference');
const context = { repoRoot: REPO_ROOT, corpusDir: '/corpus', workers: 3, scopes: 'a:b', reportFile: '/r.json' };

describe('the jscodeshift rows', () => {
  it('time the anchor transform and the shipped one, with the same flags', () => {
    const anchorArgs = anchor?.build(context).args ?? [];
    const referenceArgs = reference?.build(context).args ?? [];
    expect(anchorArgs[anchorArgs.indexOf('-t') + 1]).toBe(path.join(REPO_ROOT, ANCHOR_TRANSFORM));
    expect(referenceArgs[referenceArgs.indexOf('-t') + 1]).toBe(path.join(REPO_ROOT, JSCODESHIFT_TRANSFORM));
    const flags = (args: string[]) => args.filter((_, index) => index !== args.indexOf('-t') + 1);
    expect(flags(anchorArgs)).toEqual(flags(referenceArgs));
    expect(anchorArgs).toEqual(expect.arrayContaining(['--dry', '--cpus=3', '--scopes=a:b', '/corpus']));
    expect(fs.existsSync(path.join(REPO_ROOT, ANCHOR_TRANSFORM))).toBe(true);
  });

  it('read jscodeshift’s closing summary', () => {
    const stdout = 'Results: \n2 errors\n40 unmodified\n1 skipped\n7 ok\nTime elapsed: 1.2seconds \n';
    expect(readJscodeshiftOutcome(stdout)).toBe('7 changed, 2 errors');
    expect(readJscodeshiftOutcome('nothing')).toBe('? changed, ? errors');
  });
});

describe('the anchor transform', () => {
  const j = jscodeshift.withParser('tsx');
  const api = (parser = j) => ({ j: parser, jscodeshift: parser, stats: () => undefined, report: () => undefined }) as unknown as API;
  const options = { scopes: 'analytics:readonly' };

  it('parses a file that never names the method, where the shipped transform does not', async () => {
    const broken = { path: 'src/broken.js', source: 'export const = ;\n' };
    expect(await shippedTransform(broken, api(), options)).toBe(broken.source);
    await expect(parseEveryFile(broken, api(), options)).rejects.toThrow();

    const plain = { path: 'src/plain.ts', source: 'export const answer: number = compute(42);\n' };
    const parser = jest.fn(j) as unknown as JSCodeshift;
    Object.assign(parser, j);
    expect(await parseEveryFile(plain, api(parser), options)).toBe(plain.source);
    expect(parser).toHaveBeenCalledTimes(1);
    expect(parser).toHaveBeenCalledWith(plain.source);
  });

  it('hands a file that names the method to the shipped transform, parsed once', async () => {
    const fixture = loadTransformFixtures().find((candidate) => candidate.name === 'alias-receiver');
    if (!fixture?.expected) throw new Error('fixture alias-receiver is missing');
    // A folder without Prettier or .editorconfig: the built-in layout, as in the fixture.
    const file = { path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pgc-anchor-')), fixture.inputFile), source: fixture.input };
    const parser = jest.fn(j) as unknown as JSCodeshift;
    expect(await parseEveryFile(file, api(parser), options)).toBe(fixture.expected);
    expect(parser).not.toHaveBeenCalled();
  });

  it('runs under jscodeshift’s own runner, which compiles it from TypeScript', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgc-anchor-'));
    try {
      const fixture = loadTransformFixtures().find((candidate) => candidate.name === 'alias-receiver');
      fs.writeFileSync(path.join(dir, 'grant.js'), fixture?.input ?? '');
      fs.writeFileSync(path.join(dir, 'plain.js'), 'module.exports = { ok: true };\n');
      fs.writeFileSync(path.join(dir, 'broken.js'), 'export const = ;\n');
      const command = anchor?.build({ ...context, corpusDir: dir, workers: 1 });
      if (!command) throw new Error('no anchor tool');
      const run = spawnSync(command.command, command.args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(command.okExitCodes).toContain(run.status);
      // The broken file is an error only because the anchor parses every file.
      expect(command.readOutcome(run.stdout, null)).toBe('1 changed, 1 errors');
      expect(fs.readFileSync(path.join(dir, 'grant.js'), 'utf8')).toBe(fixture?.input);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
