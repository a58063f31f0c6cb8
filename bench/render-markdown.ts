import { scaledWallMs, type BenchResults, type TargetResult, type ToolResult } from './results';

/** The Markdown table of bench/results/latest.md, also pasted into the README. */

const MB = 1024 * 1024;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function ratio(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  // Below 1 (the anchor against the reference), two significant digits: 0.020x, not 0.0x.
  return `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toPrecision(2)}x`;
}

function row(result: ToolResult): string {
  return [
    result.corpus,
    `\`${result.tool}\``,
    result.sampleEvery && result.sampleEvery > 1 ? `${seconds(result.medianWallMs)} (1 in ${result.sampleEvery}; ≈ ${seconds(scaledWallMs(result))} for all)` : seconds(result.medianWallMs),
    Math.round(result.filesPerSecond).toLocaleString('en-US'),
    `${Math.round(result.peakRssBytes / MB)} MB`,
    result.role === 'anchor' ? '1x' : ratio(result.speedupVsJscodeshift),
    result.role === 'reference' ? '1x' : ratio(result.speedupVsPrefilteredJscodeshift),
    result.role === 'floor' ? '1x' : ratio(result.slowdownVsGrep),
    result.tool === 'check' ? '1x' : ratio(result.checkSpeedup ?? null),
    result.role === 'by-name' ? '1x' : ratio(result.ratioToByName ?? null),
    result.outcome,
  ].join(' | ');
}

export function describeTarget(target: TargetResult): string {
  const sign = target.kind === 'min' ? '≥' : target.name.includes('RSS') ? '<' : '≤';
  const measured = target.name.includes('RSS') ? `${Math.round(target.measured)}` : target.measured.toFixed(1);
  return `${target.met ? 'met' : 'MISSED'}: ${target.name}: ${measured} (target ${sign} ${target.limit})`;
}

function formatMeasured(target: TargetResult): string {
  return target.name.includes('RSS') ? `${Math.round(target.measured)}` : target.measured.toFixed(1);
}

export function renderMarkdown(results: BenchResults): string {
  const lines = [
    `Measured ${results.generatedAt.slice(0, 10)} on ${results.machine.cpus} CPUs (${results.machine.cpuModel}), ` +
      `Node ${results.machine.node}, ${results.workers} worker(s) for every tool, median of ${results.repetitions} runs` +
      (results.machine.loadAverage
        ? `; load average ${results.machine.loadAverage.start.toFixed(1)} at the start, ${results.machine.loadAverage.end.toFixed(1)} at the end.`
        : '.'),
    '',
    ...results.corpora.map(
      (corpus) => `- **${corpus.name}**: ${corpus.files.toLocaleString('en-US')} files, ${(corpus.bytes / MB).toFixed(1)} MB — ${corpus.description}`,
    ),
    '',
    '| corpus | tool | wall (median) | files/s | peak RSS (tree) | faster than jscodeshift | faster than jscodeshift, prefilter | slower than grep | slower than `check` | vs. by name | outcome |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.results.map((result) => `| ${row(result)} |`),
    '',
    'Targets:',
    '',
    '| target | measured | limit | |',
    '| --- | ---: | ---: | --- |',
    ...results.targets.map((target) => `| ${target.name} | ${formatMeasured(target)} | ${target.kind === 'min' ? '≥' : '≤'} ${target.limit} | ${target.met ? 'met' : '**MISSED**'} |`),
    '',
    ...results.notes.map((note) => `- ${note}`),
    '',
  ];
  return lines.join('\n');
}
