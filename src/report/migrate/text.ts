import { createColors } from 'picocolors';
import { renderChecklistText } from '../../checklist/render-checklist';
import { describeUserContextCall, renderPermissionExplanation } from '../../permissions/permission-report';
import { collectScopeInferences, describeScopeSource, renderScopeExplanation } from '../../scopes/scope-report';
import type { AnalysisMode } from '../../typeaware/types';
import { escapeTerminalText, guardWorkflowCommands, mapReportStrings } from '../escape';
import type { MigratePrinter, MigrateReport, PrintContext } from './types';

/**
 * Repository strings: printers pass the report through `escapeForTerminal` (below, built on
 * src/report/escape/terminal.ts) before rendering; a line built from anything else must use
 * `escapeTerminalText` itself.
 *
 * The human report (default when writing): a line per changed file, then what needs a
 * person (manual review, secrets to rotate, errors), then one summary line.
 */

/** The texts a diff must carry byte for byte; everything else in the model is escaped. */
const RAW_TEXT_KEYS = new Set(['before', 'after']);

/** The report with every repository string escaped for a terminal or CI log. */
export function escapeForTerminal(report: MigrateReport): MigrateReport {
  return mapReportStrings(report, escapeTerminalText, RAW_TEXT_KEYS);
}

/** With --project: which analysis the file got. */
function modeNote(mode: AnalysisMode | undefined): string {
  return mode === undefined ? '' : mode === 'project' ? '  [type-aware]' : '  [per file: outside the tsconfig]';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}


export function renderSummaryLine(report: MigrateReport): string {
  const { summary } = report;
  const verb = report.dryRun ? 'would change' : 'changed';
  return (
    `${plural(summary.filesScanned, 'file')} scanned, ${summary.filesParsed} parsed, ` +
    `${summary.filesChanged} ${verb} (${plural(summary.sitesRewritten, 'site')} rewritten), ` +
    `${summary.manual} for manual review, ${plural(summary.errors, 'error')}, ${summary.skipped} skipped` +
    (report.dryRun ? ' (dry run: nothing written)' : '')
  );
}

/** At most `limit` entries, then a line saying how many more the full report has. */
function listed<T>(entries: readonly T[], limit: number, render: (entry: T) => string): string[] {
  const lines = entries.slice(0, limit).map(render);
  if (entries.length > limit) lines.push(`  ... and ${entries.length - limit} more (--format text or json lists them all)`);
  return lines;
}

/**
 * Everything after the list of changed files. The diff printer shows it on stderr with a
 * `limit` per section, so that a large dry run does not bury the diff under its notes.
 */
export function renderFollowUp(report: MigrateReport, context: PrintContext, limit = Infinity): string[] {
  const c = createColors(context.color);
  const lines: string[] = [];
  if (report.userContext.length > 0) {
    lines.push('', c.bold(c.yellow('These calls will fail after the switch (a client-credentials token has no user):')));
    lines.push(...listed(report.userContext, limit, (call) => `  ${describeUserContextCall(call)}`));
  }
  const permissions = renderPermissionExplanation(report.services);
  if (permissions.length > 0) {
    lines.push('', c.bold("Permissions for each service's OAuth client role (permission ← operations; Genesys authorizes client credentials by roles):"));
    lines.push(...permissions);
  }
  if (report.manual.length > 0) {
    lines.push('', c.bold(c.yellow('Manual review (left unchanged):')));
    lines.push(...listed(report.manual, limit, (site) => `  ${site.file}:${site.line}:${site.column}  ${site.reason}${modeNote(site.mode)}`));
  }
  if (report.secrets.length > 0) {
    lines.push('', c.bold(c.red('Hard-coded credentials to rotate (they stay in git history):')));
    lines.push(...listed(report.secrets, limit, (secret) => `  ${secret.file}:${secret.line}  ${secret.kind}`));
  }
  if (report.legacyEnvVars.length > 0) {
    lines.push('', c.bold('Environment variables the old login read (retire them once deployed):'));
    lines.push(`  ${report.legacyEnvVars.join(', ')}`);
  }
  const notes = report.changed.flatMap((entry) => (entry.notes ?? []).map((note) => ({ file: entry.file, note })));
  if (notes.length > 0) {
    lines.push('', c.bold('Formatting notes:'));
    lines.push(...listed(notes, limit, (entry) => `  ${entry.file}  ${entry.note}`));
  }
  if (report.errors.length > 0) {
    lines.push('', c.bold(c.red('Errors (files left unchanged):')));
    lines.push(...listed(report.errors, limit, (error) => `  ${error.file}  ${error.message}`));
  }
  if (report.skipped.length > 0) {
    lines.push('', c.bold('Skipped:'));
    lines.push(...listed(report.skipped, limit, (entry) => `  ${entry.file}  ${entry.reason}`));
  }
  lines.push('', renderSummaryLine(report));
  return lines;
}

export const textPrinter: MigratePrinter = {
  render(unescaped, context) {
    const report = escapeForTerminal(unescaped);
    const c = createColors(context.color);
    const lines: string[] = [];
    const verb = report.dryRun ? 'would change' : 'changed';
    for (const entry of report.changed) {
      const scopes = entry.scopes.length > 0 ? `  scopes: ${entry.scopes.join(', ')}` : '';
      const source = describeScopeSource(entry.scopeSource);
      lines.push(`${c.green(verb)}  ${entry.file}  ${plural(entry.sites, 'site')}${scopes}${scopes && source ? ` (${source})` : ''}${modeNote(entry.mode)}`);
    }
    if (report.changed.length === 0) lines.push('No password grant could be rewritten.');
    const inferred = renderScopeExplanation(collectScopeInferences(report.changed));
    if (inferred.length > 0) lines.push('', c.bold('Scopes inferred from the Platform API operations each service calls (scope ← operations):'), ...inferred);
    lines.push(...renderFollowUp(report, context));
    const checklist = renderChecklistText(report.checklist);
    return guardWorkflowCommands(`${lines.join('\n')}\n${checklist ? `\n${checklist}` : ''}`);
  },
};
