import { renderChecklistMarkdown } from '../../checklist/render-checklist';
import { collectScopeInferences, describeScopeSource } from '../../scopes/scope-report';
import { renderSummaryLine } from './text';
import type { ChangedFile, MigratePrinter, MigrateReport } from './types';
import { buildFilePatch, type PatchLine } from './unified-diff';
import { createDiffRedactor, type DiffRedactor } from './redact';
import { htmlText, markdownCode, markdownTableCode, markdownText } from '../escape';

/**
 * A pull-request comment: summary table, files changed, what needs a person, and each
 * file's diff folded in `<details>`. Hard-coded credential values never appear: lines the
 * transform reported as holding one, and Authorization header values, are redacted in the diffs.
 *
 * Repository strings (paths, reasons, scopes, env var names) go through the helpers of
 * src/report/escape/markdown.ts for the place they land: `markdownCode` / `markdownText` in
 * list items and paragraphs, `htmlText` inside HTML elements (`<summary>`, `<sub>`). Diff
 * text sits in a fence longer than any backtick run it holds. Never interpolate one raw.
 */

/** GitHub rejects comments over 65,536 characters; diffs beyond this budget are left out. */
const COMMENT_BUDGET = 60_000;

function renderDiffLine(line: PatchLine, redact: DiffRedactor): string {
  const text = line.text.replace(/\r$/, '');
  return line.marker + (line.oldLine !== null ? redact.oldLine(line.oldLine, text) : redact.addedLine(text));
}

function renderFileDiff(entry: ChangedFile): string {
  const patch = buildFilePatch(entry.file, entry.before, entry.after);
  const redact = createDiffRedactor(entry.before, entry.file, entry.secretLines);
  const body: string[] = [...patch.headers];
  for (const hunk of patch.hunks) {
    body.push(hunk.header, ...hunk.lines.map((line) => renderDiffLine(line, redact)));
  }
  const text = body.join('\n');
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return [
    `<details><summary><code>${htmlText(entry.file)}</code> (${entry.sites} ${entry.sites === 1 ? 'site' : 'sites'})</summary>`,
    '',
    `${fence}diff`,
    text,
    fence,
    '',
    '</details>',
  ].join('\n');
}

function renderSummaryTable(report: MigrateReport): string[] {
  const { summary } = report;
  const rows: [string, number][] = [
    ['Files scanned', summary.filesScanned],
    ['Files parsed', summary.filesParsed],
    [report.dryRun ? 'Files to change' : 'Files changed', summary.filesChanged],
    [report.dryRun ? 'Sites to rewrite' : 'Sites rewritten', summary.sitesRewritten],
    ['Sites for manual review', summary.manual],
    ['Files with errors', summary.errors],
    ['Files skipped', summary.skipped],
  ];
  return ['| | |', '|---|---:|', ...rows.map(([label, value]) => `| ${label} | ${value} |`)];
}

export const markdownPrinter: MigratePrinter = {
  render(report) {
    const out: string[] = ['## Password grant → client credentials migration', ''];
    if (report.dryRun) out.push('_Dry run: nothing was written._', '');
    out.push(...renderSummaryTable(report));

    if (report.changed.length > 0) {
      out.push('', `### ${report.dryRun ? 'Files to change' : 'Files changed'}`, '');
      for (const entry of report.changed) {
        const source = describeScopeSource(entry.scopeSource);
        const scopes = entry.scopes.length > 0 ? ` — scopes ${entry.scopes.map(markdownCode).join(', ')}${source ? ` (${source})` : ''}` : '';
        out.push(`- ${markdownCode(entry.file)}: ${entry.sites} ${entry.sites === 1 ? 'site' : 'sites'}${scopes}`);
      }
    }
    const inferences = collectScopeInferences(report.changed);
    if (inferences.some((inference) => inference.reasons.length > 0 || inference.unknownOperations.length > 0)) {
      out.push('', '### Scopes inferred', '', 'From the Platform API operations each service calls:', '');
      out.push('| Service | Scope | Needed by |', '|---|---|---|');
      for (const inference of inferences) {
        for (const reason of inference.reasons) {
          const hint = reason.hint ? ' _(not in the published API description: check it)_' : '';
          out.push(`| ${markdownTableCode(inference.service)} | ${markdownTableCode(reason.scope)}${hint} | ${reason.operations.map(markdownTableCode).join(', ')} |`);
        }
        if (inference.unknownOperations.length > 0) {
          out.push(`| ${markdownTableCode(inference.service)} | _no scope data_ | ${inference.unknownOperations.map(markdownTableCode).join(', ')} |`);
        }
      }
    }
    if (report.userContext.length > 0) {
      out.push('', '### Calls that will fail after the switch', '', 'These calls will fail after the switch: a client-credentials token has no user.', '');
      for (const call of report.userContext) {
        const instead = call.alternative ? ` Instead: ${markdownText(call.alternative)}` : '';
        out.push(`- [ ] ${markdownCode(`${call.file}:${call.line}:${call.column}`)} — ${markdownCode(call.operation)} (confidence ${call.confidence}).${instead}`);
      }
    }
    if (report.services.length > 0) {
      out.push('', "### Role permissions", '', 'Genesys authorizes a client-credentials OAuth client by its roles, not its scopes. Least-privilege permissions per service:', '');
      out.push('| Service | Permission | Needed by |', '|---|---|---|');
      for (const service of report.services) {
        for (const reason of service.permissionReasons) {
          out.push(`| ${markdownTableCode(service.service)} | ${markdownTableCode(reason.permission)} | ${reason.operations.map(markdownTableCode).join(', ')} |`);
        }
        if (service.permissions.length === 0) out.push(`| ${markdownTableCode(service.service)} | _none inferred_ | add the permissions it needs by hand |`);
        if (service.unknownOperations.length > 0) {
          out.push(`| ${markdownTableCode(service.service)} | _no data_ | ${service.unknownOperations.map(markdownTableCode).join(', ')} |`);
        }
      }
    }
    const notes = report.changed.flatMap((entry) => (entry.notes ?? []).map((note) => ({ file: entry.file, note })));
    if (notes.length > 0) {
      out.push('', '### Formatting notes', '');
      for (const entry of notes) out.push(`- ${markdownCode(entry.file)} — ${markdownText(entry.note)}`);
    }
    if (report.manual.length > 0) {
      out.push('', '### Manual review', '', 'These sites were left unchanged: the tool could not rewrite them safely.', '');
      for (const site of report.manual) out.push(`- [ ] ${markdownCode(`${site.file}:${site.line}:${site.column}`)} — ${markdownText(site.reason)}`);
    }
    if (report.secrets.length > 0) {
      out.push('', '### Secrets to rotate', '', 'Hard-coded credentials were found on these lines. They remain in git history: rotate them.', '');
      for (const secret of report.secrets) out.push(`- [ ] ${markdownCode(`${secret.file}:${secret.line}`)} — ${markdownText(secret.kind)}`);
    }
    if (report.legacyEnvVars.length > 0) {
      out.push('', '### Environment variables to retire', '', `No longer read after the migration: ${report.legacyEnvVars.map(markdownCode).join(', ')}.`);
    }
    if (report.errors.length > 0) {
      out.push('', '### Errors', '', 'These files could not be read or parsed and were left unchanged.', '');
      for (const error of report.errors) out.push(`- ${markdownCode(error.file)} — ${markdownText(error.message)}`);
    }
    if (report.skipped.length > 0) {
      out.push('', '<details><summary>Skipped files</summary>', '');
      for (const entry of report.skipped) out.push(`- ${markdownCode(entry.file)} — ${markdownText(entry.reason)}`);
      out.push('', '</details>');
    }
    if (report.changed.length > 0) {
      out.push('', '### Diffs', '');
      let used = out.join('\n').length;
      for (const entry of report.changed) {
        const block = renderFileDiff(entry);
        if (used + block.length > COMMENT_BUDGET) {
          out.push(`- ${markdownCode(entry.file)}: diff left out to keep this comment within GitHub's size limit; run \`migrate --dry-run --format diff\` to see it.`);
        } else {
          out.push(block, '');
          used += block.length;
        }
      }
    }
    if (out[out.length - 1] !== '') out.push('');
    out.push(`<sub>${htmlText(renderSummaryLine(report))}</sub>`);
    const checklist = renderChecklistMarkdown(report.checklist);
    if (checklist) out.push('', checklist.trimEnd());
    return `${out.join('\n')}\n`;
  },
};
