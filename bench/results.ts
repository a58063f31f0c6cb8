import type { CorpusName, ToolName, ToolRole } from './tools';

/** The benchmark's result model, written as JSON and rendered as the Markdown table. */

export interface CorpusInfo {
  name: CorpusName;
  description: string;
  files: number;
  bytes: number;
}

export interface RunSample {
  wallMs: number;
  peakRssBytes: number;
  exitCode: number | null;
}

export interface ToolResult {
  corpus: CorpusInfo['name'];
  tool: ToolName;
  role: ToolRole;
  command: string;
  runs: RunSample[];
  medianWallMs: number;
  filesPerSecond: number;
  /** the highest of the runs' peaks */
  peakRssBytes: number;
  /** what the tool found or would change (last run), to show the tools did the same work */
  outcome: string;
  /** the anchor's median time divided by this one: how many times faster than jscodeshift */
  speedupVsJscodeshift: number | null;
  /** the same against jscodeshift with the shipped, prefiltering transform (the reference) */
  speedupVsPrefilteredJscodeshift: number | null;
  /** this median divided by grep's: how many times slower than the floor */
  slowdownVsGrep: number | null;
  /** timed on every k-th file only (ESLint): the ratios use the median times k */
  sampleEvery?: number;
  /** this tool's (scaled) time divided by `check`'s on the same corpus: how many times faster check is */
  checkSpeedup?: number | null;
  /** the changed corpus: this time divided by checking the same files by name */
  ratioToByName?: number | null;
}

export interface TargetResult {
  name: string;
  measured: number;
  limit: number;
  /** `min`: measured must be at least the limit; `max`: below it */
  kind: 'min' | 'max';
  met: boolean;
}

export interface BenchResults {
  generatedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    /** 1-minute load average when the benchmark started and ended: above 0.5 or so, timings are noisy */
    loadAverage?: { start: number; end: number };
  };
  workers: number;
  repetitions: number;
  rssMethod: string;
  corpora: CorpusInfo[];
  results: ToolResult[];
  targets: TargetResult[];
  notes: string[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Fills in the ratios of each tool to both jscodeshift runs and to grep on the same corpus. */
export function addRatios(results: ToolResult[]): void {
  for (const result of results) {
    const sameCorpus = results.filter((other) => other.corpus === result.corpus);
    const timeOf = (role: ToolRole) => {
      const found = sameCorpus.find((other) => other.role === role);
      return found ? scaledWallMs(found) : undefined;
    };
    const own = scaledWallMs(result);
    const anchor = timeOf('anchor');
    const reference = timeOf('reference');
    const floor = timeOf('floor');
    const byName = timeOf('by-name');
    const check = sameCorpus.find((other) => other.tool === 'check');
    result.speedupVsJscodeshift = anchor !== undefined ? anchor / own : null;
    result.speedupVsPrefilteredJscodeshift = reference !== undefined ? reference / own : null;
    result.slowdownVsGrep = floor !== undefined ? own / floor : null;
    result.checkSpeedup = check ? own / scaledWallMs(check) : null;
    result.ratioToByName = byName !== undefined ? own / byName : null;
  }
}

/** The median, times the sampling factor for a tool timed on a sample. */
export function scaledWallMs(result: Pick<ToolResult, 'medianWallMs' | 'sampleEvery'>): number {
  return result.medianWallMs * (result.sampleEvery ?? 1);
}

const MB = 1024 * 1024;

/**
 * The targets (issue 17), measured; the ones against jscodeshift are against the anchor
 * (every file parsed) and the reference (the shipped, prefiltering transform).
 */
export function evaluateTargets(results: readonly ToolResult[]): TargetResult[] {
  const find = (corpus: string, tool: ToolName) => results.find((result) => result.corpus === corpus && result.tool === tool);
  const targets: TargetResult[] = [];
  const add = (name: string, measured: number | null | undefined, limit: number, kind: TargetResult['kind']) => {
    if (measured == null || !Number.isFinite(measured)) return;
    targets.push({ name, measured, limit, kind, met: kind === 'min' ? measured >= limit : measured <= limit });
  };
  const checkReal = find('real', 'check');
  add('check, real corpus: times slower than grep', checkReal?.slowdownVsGrep, 4, 'max');
  add('check, real corpus: times faster than ast-grep', find('real', 'ast-grep scan')?.checkSpeedup, 10, 'min');
  add('check, real corpus: times faster than ESLint (sample, scaled)', find('real', 'eslint no-restricted-syntax')?.checkSpeedup, 50, 'min');
  const migrateSynthetic = find('synthetic', 'migrate --dry-run');
  add('migrate --dry-run, synthetic corpus: times faster than jscodeshift (every file parsed)', migrateSynthetic?.speedupVsJscodeshift, 8, 'min');
  add('migrate --dry-run, synthetic corpus: times faster than jscodeshift (shipped transform)', migrateSynthetic?.speedupVsPrefilteredJscodeshift, 3, 'min');
  add('check --changed-since, 22 files of 20,000: times the same files by name', find('changed', 'check --changed-since')?.ratioToByName, 2, 'max');
  const ours = results.filter((result) => result.role === 'ours' || result.role === 'by-name');
  if (ours.length > 0) {
    const measured = Math.max(...ours.map((result) => result.peakRssBytes)) / MB;
    targets.push({ name: 'peak RSS of our runs, every corpus, MB', measured, limit: 200, kind: 'max', met: measured < 200 });
  }
  return targets;
}
