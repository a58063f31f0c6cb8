import type { CheckReport } from './types';

/** Counts and the one-line summary that text, Markdown and GitHub output end with. */

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function countLevels(report: CheckReport): { errors: number; warnings: number; files: number } {
  const errors = report.findings.filter((finding) => finding.level === 'error').length;
  return {
    errors,
    warnings: report.findings.length - errors,
    files: new Set(report.findings.map((finding) => finding.file)).size,
  };
}

export function renderCheckSummaryLine(report: CheckReport): string {
  const { errors, warnings, files } = countLevels(report);
  const { summary } = report;
  const found =
    report.findings.length === 0
      ? 'No password grants found'
      : `${plural(report.findings.length, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}`;
  const parts = [found, `${plural(summary.filesScanned, 'file')} scanned, ${summary.filesParsed} parsed`];
  if (report.errors.length > 0) parts.push(`${plural(report.errors.length, 'file')} could not be read or parsed`);
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} skipped`);
  if (report.baseline) {
    const stale = report.baseline.stale > 0 ? `, ${report.baseline.stale} baseline entries not seen in this run` : '';
    parts.push(`${report.baseline.matched} matched the baseline ${report.baseline.file}${stale}`);
  }
  if (report.baselineUpdated) {
    parts.push(`${plural(report.baselineUpdated.recorded, 'finding')} recorded in ${report.baselineUpdated.file}`);
  }
  const weakened = describeGateWeakening(report);
  if (weakened) parts.push(weakened);
  return parts.join('; ');
}

/** "the configuration file .x.json turns sdk-password-grant off (top level)": null when it turns nothing down. */
export function describeGateWeakening(report: CheckReport): string | null {
  const configuration = report.configuration;
  if (!configuration || configuration.weakened.length === 0) return null;
  const settings = configuration.weakened.map((entry) => `${entry.rule} ${entry.setting === 'off' ? 'off' : 'to warn'} (${entry.where})`);
  return `the configuration file ${configuration.file} turns ${settings.join(', ')}`;
}
