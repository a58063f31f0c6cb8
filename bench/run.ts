import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeRealCorpus } from './corpus/real-corpus';
import { writeSyntheticCorpus } from './corpus/synthetic-corpus';
import { canReadProcessTree } from './measure/process-tree-rss';
import { RSS_SAMPLE_MS, runTimed } from './measure/run-timed';
import { describeTarget, renderMarkdown } from './render-markdown';
import { execFileSync } from 'child_process';
import yargs from 'yargs';
import { addRatios, evaluateTargets, median, type BenchResults, type CorpusInfo, type RunSample, type ToolResult } from './results';
import { ANCHOR_TRANSFORM, ESLINT_SAMPLE_EVERY, JSCODESHIFT_TRANSFORM, TOOLS, type CorpusName, type Tool } from './tools';

/**
 * `npm run bench`: builds the two corpora in a temporary folder, times every tool on each
 * (median of N runs, same worker count for all), writes bench/results/latest.{json,md} and
 * says which target is missed. Informational: it exits 0 whatever the numbers are, and it
 * is not part of CI (timings on a shared machine would make a flaky gate).
 *
 *   node dist/bench/run.js [--runs 3] [--workers N] [--corpus real|synthetic] [--real-files N|all] [--keep]
 */

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results');
const SCOPES = 'analytics:readonly';
const SYNTHETIC = { fileCount: 5000, grantShare: 0.05, seed: 20240601 };
/** The changed corpus: a generated git repository, and a pull request's worth of change in it. */
const CHANGED = { fileCount: 20_000, changedFiles: 22, grantShare: 0.05, seed: 20240602 };
/**
 * The real corpus is every file, as the benchmark's definition says (about 6,500; the whole
 * benchmark takes about 10 minutes, most of it the anchor parsing every file). `--real-files N`
 * times an even, deterministic sample instead, for a quicker look.
 */
const DEFAULT_REAL_FILES = Infinity;

interface BenchOptions {
  runs: number;
  workers: number;
  corpora: CorpusName[];
  /** size of the real corpus's sample (Infinity: the whole of node_modules) */
  realFiles: number;
  keep: boolean;
}

/**
 * jscodeshift never starts more than (CPUs - 1) worker processes (its Runner caps --cpus
 * there), so that is the count every tool gets: the same parallelism for everyone.
 */
function defaultWorkers(): number {
  return Math.max(os.cpus().length - 1, 1);
}

/** The command line, through yargs as the CLI's own: `--help`, and an unknown flag is an error, not a full run. */
function parseOptions(argv: readonly string[]): BenchOptions {
  const parsed = yargs([...argv])
    .scriptName('npm run bench --')
    .usage('$0 [options]\n\nTimes check, migrate and their peers on the real, synthetic and changed corpora (README, "Benchmark").')
    .option('runs', { type: 'number', default: 3, describe: 'runs per tool; the table shows the median' })
    .option('workers', { type: 'number', default: defaultWorkers(), describe: 'worker count every tool gets' })
    .option('corpus', { choices: ['real', 'synthetic', 'changed'] as const, describe: 'one corpus instead of all three' })
    .option('real-files', { type: 'string', describe: 'an even sample of N files of the real corpus, or "all" (the default)' })
    .option('keep', { type: 'boolean', default: false, describe: 'keep the temporary folder of corpora and reports' })
    .check((options) => {
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
      if (!Number.isInteger(options.workers) || options.workers < 1) throw new Error('--workers must be a positive integer');
      return true;
    })
    .strict()
    .help()
    .version(false)
    .parseSync();
  const realFilesText = parsed['real-files'];
  const realFiles = realFilesText === undefined || realFilesText === 'all' ? DEFAULT_REAL_FILES : Number(realFilesText);
  if (!(realFiles >= 1)) throw new Error('--real-files is a positive number or "all"');
  return {
    runs: parsed.runs,
    workers: parsed.workers,
    corpora: parsed.corpus ? [parsed.corpus] : ['real', 'synthetic', 'changed'],
    realFiles,
    keep: parsed.keep,
  };
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The corpus's source files, sorted, for a tool timed on a sample of them. */
function listSourceFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== '.git') walk(full);
      else if (entry.isFile() && /\.(?:[cm]?js|ts)$/.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
}

/**
 * The changed corpus: the synthetic generator's services, 20,000 files, committed on
 * `main`, then a branch whose work tree changes 22 files spread over the repository (half
 * committed on the branch, half left unstaged), as a pull request would.
 */
function buildChangedCorpus(dir: string): { corpus: CorpusInfo; changedFiles: string[] } {
  const generated = writeSyntheticCorpus(dir, { fixturesDir: path.join(REPO_ROOT, '__testfixtures__', 'transform'), ...CHANGED });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'services');
  git(dir, 'checkout', '-q', '-b', 'change');
  const all = listSourceFiles(dir).map((file) => path.relative(dir, file).split(path.sep).join('/'));
  const step = Math.floor(all.length / CHANGED.changedFiles);
  const changedFiles = Array.from({ length: CHANGED.changedFiles }, (_, index) => all[index * step]);
  changedFiles.forEach((file, index) => {
    fs.appendFileSync(path.join(dir, file), `\n// changed by the pull request (${index})\n`);
    if (index % 2 === 0) git(dir, 'add', file);
  });
  git(dir, 'commit', '-q', '-m', 'half of the change');
  return {
    corpus: {
      name: 'changed',
      files: generated.files,
      bytes: generated.bytes,
      description: `a git repository of the seeded generator's services (seed ${CHANGED.seed}), ${CHANGED.changedFiles} files changed on a branch (half committed, half not): \`check --changed-since main\` against \`check\` naming those files`,
    },
    changedFiles,
  };
}

function buildCorpus(name: CorpusName, dir: string, options: BenchOptions): CorpusInfo {
  fs.mkdirSync(dir, { recursive: true });
  if (name === 'real') {
    const corpus = writeRealCorpus(dir, path.join(REPO_ROOT, 'node_modules'), options.realFiles);
    const which =
      corpus.files === corpus.available
        ? `every .js/.ts/.mjs/.cjs file (${corpus.available.toLocaleString('en-US')})`
        : `an even sample of ${corpus.files.toLocaleString('en-US')} of the ${corpus.available.toLocaleString('en-US')} .js/.ts/.mjs/.cjs files (about 1 in ${(corpus.available / corpus.files).toFixed(1)}, evenly spread in path order; \`--real-files all\` for all)`;
    return {
      name,
      files: corpus.files,
      bytes: corpus.bytes,
      description: `${which} of this project's installed node_modules, copied into a plain folder (no grants)`,
    };
  }
  const corpus = writeSyntheticCorpus(dir, { fixturesDir: path.join(REPO_ROOT, '__testfixtures__', 'transform'), ...SYNTHETIC });
  return {
    name,
    files: corpus.files,
    bytes: corpus.bytes,
    description: `seeded generator (seed ${SYNTHETIC.seed}): ordinary service code, ${corpus.grantFiles} files (${SYNTHETIC.grantShare * 100}%) with password grants in the fixture shapes`,
  };
}

interface CorpusFiles {
  /** sorted source files, listed once per corpus on first use */
  list: () => string[];
  changedFiles?: readonly string[];
}

async function timeTool(tool: Tool, corpus: CorpusInfo, corpusDir: string, workDir: string, workers: number, run: number, files: CorpusFiles) {
  const reportFile = path.join(workDir, `${corpus.name}-${tool.name.replace(/\W+/g, '-')}-${run}.json`);
  const command = tool.build({ repoRoot: REPO_ROOT, corpusDir, workers, scopes: SCOPES, reportFile, workDir, listFiles: files.list, changedFiles: files.changedFiles });
  const timed = await runTimed({
    command: command.command,
    args: command.args,
    // Inside the corpus, as a user runs a tool in their repository. The work folder holds every
    // corpus: run from there, migrate took it for the service's folder (no package.json above
    // the synthetic services) and read the real corpus's 8,669 files for scope inference.
    cwd: command.cwd ?? corpusDir,
    // no colours, no progress bars, no git repository above the corpus
    env: { ...process.env, NO_COLOR: '1', CI: '1', GIT_CEILING_DIRECTORIES: path.dirname(workDir) },
    stdoutFile: `${reportFile}.stdout`,
    stderrFile: `${reportFile}.stderr`,
  });
  if (timed.exitCode === null || !command.okExitCodes.includes(timed.exitCode)) {
    throw new Error(`${tool.name} on ${corpus.name} exited ${timed.exitCode}:\n${timed.stderr.slice(0, 2000)}`);
  }
  const report = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : null;
  return { timed, outcome: command.readOutcome(timed.stdout, report), sampleEvery: command.sampleEvery ?? 1 };
}

async function benchCorpus(corpus: CorpusInfo, corpusDir: string, workDir: string, options: BenchOptions, files: CorpusFiles): Promise<ToolResult[]> {
  const tools = TOOLS.filter((tool) => (tool.corpora ?? ['real', 'synthetic']).includes(corpus.name));
  const samples = new Map<Tool, RunSample[]>(tools.map((tool) => [tool, []]));
  const outcomes = new Map<Tool, string>();
  const sampling = new Map<Tool, number>();
  // Round-robin over the tools, so that a slow spell of the machine hits every tool alike.
  for (let run = 1; run <= options.runs; run++) {
    for (const tool of tools) {
      const { timed, outcome, sampleEvery } = await timeTool(tool, corpus, corpusDir, workDir, options.workers, run, files);
      sampling.set(tool, sampleEvery);
      samples.get(tool)?.push({ wallMs: timed.wallMs, peakRssBytes: timed.peakRssBytes, exitCode: timed.exitCode });
      outcomes.set(tool, outcome);
      log(`  ${corpus.name} run ${run}/${options.runs}: ${tool.name.padEnd(29)} ${(timed.wallMs / 1000).toFixed(2)} s, ${Math.round(timed.peakRssBytes / 2 ** 20)} MB, ${outcome}`);
    }
  }
  return tools.map((tool) => {
    const runs = samples.get(tool) ?? [];
    const medianWallMs = median(runs.map((sample) => sample.wallMs));
    const sampleEvery = sampling.get(tool) ?? 1;
    return {
      corpus: corpus.name,
      tool: tool.name,
      role: tool.role,
      command: tool.describe,
      runs,
      medianWallMs,
      filesPerSecond: corpus.files / ((medianWallMs * sampleEvery) / 1000),
      ...(sampleEvery > 1 ? { sampleEvery } : {}),
      peakRssBytes: Math.max(...runs.map((sample) => sample.peakRssBytes)),
      outcome: outcomes.get(tool) ?? '',
      speedupVsJscodeshift: null,
      speedupVsPrefilteredJscodeshift: null,
      slowdownVsGrep: null,
    };
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  if (!canReadProcessTree()) throw new Error('the benchmark reads memory from /proc: run it on Linux');
  const workDir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pgc-bench-'));
  // Other work on the machine skews every timing: the load is recorded next to the numbers.
  const loadAtStart = os.loadavg()[0];
  log(`bench: corpora and reports in ${workDir}; ${options.workers} worker(s) per tool, ${options.runs} run(s) each`);
  try {
    const corpora: CorpusInfo[] = [];
    const results: ToolResult[] = [];
    for (const name of options.corpora) {
      const corpusDir = path.join(workDir, name);
      const started = Date.now();
      fs.mkdirSync(corpusDir, { recursive: true });
      const changed = name === 'changed' ? buildChangedCorpus(corpusDir) : null;
      const corpus = changed ? changed.corpus : buildCorpus(name, corpusDir, options);
      log(`${name}: ${corpus.files} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB (built in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      corpora.push(corpus);
      let listed: string[] | undefined;
      const files: CorpusFiles = { list: () => (listed ??= listSourceFiles(corpusDir)), changedFiles: changed?.changedFiles };
      results.push(...(await benchCorpus(corpus, corpusDir, workDir, options, files)));
    }
    addRatios(results);
    const bench: BenchResults = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
      },
      workers: options.workers,
      repetitions: options.runs,
      rssMethod: `sum of the RSS of the process and all its descendants, read from /proc/*/stat every ${RSS_SAMPLE_MS} ms; the highest sample of any run`,
      corpora,
      results,
      targets: evaluateTargets(results),
      notes: [
        `Workers: jscodeshift starts at most CPUs - 1 worker processes whatever --cpus says, so every tool gets that count (\`--workers\` / \`--cpus\`); grep is one process.`,
        `\`jscodeshift --dry\` is the anchor every target is set against: jscodeshift's runner with our transform written as jscodeshift transforms usually are, every file parsed (\`j(file.source)\`) and searched for the call (\`${ANCHOR_TRANSFORM}\`; a file that names the call goes to the shipped transform, so each file is parsed once).`,
        `\`jscodeshift --dry, prefilter\` runs the transform as shipped (\`${JSCODESHIFT_TRANSFORM}\`), which, like our runner, never parses a file that does not name postOAuthApiToken: both then parse the same few files, and the time between them is runner overhead (process start-up, the transform compiled in each worker, messaging). Shown for honesty; no target is set against it.`,
        'jscodeshift compiles each TypeScript transform with its own babel register in each worker, the way a user runs it.',
        `Peak RSS: ${RSS_SAMPLE_MS} ms samples of /proc for the whole process tree (jscodeshift forks processes; our workers are threads of one process).`,
        '`migrate` skips minified bundles and files over 2 MB (listed as skipped in its report); `check` is a gate and parses every file that passes its prefilter, bundles included (on the real corpus: the Genesys SDK\'s seven bundles and its 2.6 MB index.d.ts, most of its time); jscodeshift and grep read every file.',
        'Wall time is from spawn to exit, Node start-up included.',
        `Peers: ast-grep (\`@ast-grep/cli\`, its own binary, \`--threads N\`) with one rule \`$R.postOAuthApiToken($$$)\` for JavaScript, TypeScript and TSX; ESLint 9 with one \`no-restricted-syntax\` rule on \`CallExpression[callee.property.name='postOAuthApiToken']\` (typescript-eslint's parser for TypeScript), flat config in a folder of its own (\`--no-config-lookup -c\`), on every ${ESLINT_SAMPLE_EVERY}th file of the sorted list; its ratios use its time times ${ESLINT_SAMPLE_EVERY}.`,
        '`check --changed-since` and `check FILES` run in the changed repository (its cwd); the ratio "vs. by name" is their quotient.',
      ],
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(bench, null, 2)}\n`);
    const markdown = renderMarkdown(bench);
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), `# Benchmark: latest results\n\n${markdown}`);
    process.stdout.write(`\n${markdown}\n`);
    const missed = bench.targets.filter((target) => !target.met);
    process.stdout.write(missed.length === 0 ? 'All targets met.\n' : `Targets missed:\n${missed.map((t) => `  ${describeTarget(t)}`).join('\n')}\n`);
    process.stdout.write(`Results: ${path.relative(process.cwd(), RESULTS_DIR) || '.'}/latest.{json,md}\n`);
  } finally {
    if (options.keep) log(`kept ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
