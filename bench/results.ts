import type { ToolName, ToolRole } from './tools';

/** The benchmark's result model, written as JSON and rendered as the Markdown table. */

export interface CorpusInfo {
  name: 'real' | 'synthetic';
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
    const timeOf = (role: ToolRole) => sameCorpus.find((other) => other.role === role)?.medianWallMs;
    const anchor = timeOf('anchor');
    const reference = timeOf('reference');
    const floor = timeOf('floor');
    result.speedupVsJscodeshift = anchor !== undefined ? anchor / result.medianWallMs : null;
    result.speedupVsPrefilteredJscodeshift = reference !== undefined ? reference / result.medianWallMs : null;
    result.slowdownVsGrep = floor !== undefined ? result.medianWallMs / floor : null;
  }
}

const MB = 1024 * 1024;

/** The targets, measured; the ones against jscodeshift are against the anchor. */
export function evaluateTargets(results: readonly ToolResult[]): TargetResult[] {
  const find = (corpus: string, tool: ToolName) => results.find((result) => result.corpus === corpus && result.tool === tool);
  const targets: TargetResult[] = [];
  const checkReal = find('real', 'check');
  if (checkReal?.speedupVsJscodeshift != null) {
    const measured = checkReal.speedupVsJscodeshift;
    targets.push({ name: 'check, real corpus: times faster than jscodeshift', measured, limit: 30, kind: 'min', met: measured >= 30 });
  }
  if (checkReal?.slowdownVsGrep != null) {
    const measured = checkReal.slowdownVsGrep;
    targets.push({ name: 'check, real corpus: times slower than grep', measured, limit: 10, kind: 'max', met: measured <= 10 });
  }
  const migrateSynthetic = find('synthetic', 'migrate --dry-run');
  if (migrateSynthetic?.speedupVsJscodeshift != null) {
    const measured = migrateSynthetic.speedupVsJscodeshift;
    targets.push({ name: 'migrate --dry-run, synthetic corpus: times faster than jscodeshift', measured, limit: 4, kind: 'min', met: measured >= 4 });
  }
  const ours = results.filter((result) => result.role === 'ours');
  if (ours.length > 0) {
    const measured = Math.max(...ours.map((result) => result.peakRssBytes)) / MB;
    targets.push({ name: 'peak RSS of our runs, MB', measured, limit: 400, kind: 'max', met: measured < 400 });
  }
  return targets;
}
