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

/** How many hidden files the one-line description names before it counts the rest. */
const HIDDEN_NAMED = 5;

/**
 * "the configuration file .x.json turns sdk-password-grant off (top level)", and "its
 * ignore hides 2 files that name what the rules look for: a.js, b.js": null when it turns
 * nothing down and hides nothing.
 */
export function describeGateWeakening(report: CheckReport): string | null {
  const configuration = report.configuration;
  const ignored = configuration?.ignored ?? [];
  if (!configuration || (configuration.weakened.length === 0 && ignored.length === 0)) return null;
  const parts: string[] = [];
  if (configuration.weakened.length > 0) {
    const settings = configuration.weakened.map((entry) => `${entry.rule} ${entry.setting === 'off' ? 'off' : 'to warn'} (${entry.where})`);
    parts.push(`turns ${settings.join(', ')}`);
  }
  if (ignored.length > 0) {
    const named = ignored.slice(0, HIDDEN_NAMED).join(', ');
    const more = ignored.length > HIDDEN_NAMED ? ` and ${ignored.length - HIDDEN_NAMED} more` : '';
    parts.push(`its ignore hides ${plural(ignored.length, 'file')} that name what the rules look for, unchecked: ${named}${more}`);
  }
  return `the configuration file ${configuration.file} ${parts.join('; ')}`;
}

/** What the weakening costs, for the sentence after describeGateWeakening's. */
export function describeGateWeakeningEffect(report: CheckReport): string {
  const configuration = report.configuration;
  const effects: string[] = [];
  if (configuration && configuration.weakened.length > 0) effects.push('findings of these rules are not reported or do not fail the run');
  if (configuration?.ignored && configuration.ignored.length > 0) effects.push('the hidden files are not checked at all');
  return effects.join('; ');
}
