import * as path from 'path';
import type { Rule, SourceCode } from 'eslint';
import type { Finding, RuleId } from '../check/types';
import { UsageError } from '../errors';
import { toReportPath } from '../paths/report-path';
import { claimFileProblem, getFileCheck, getFileFix } from './file-analysis';
import { siteKey, type MigrationFix } from './migration-fix';
import type { PasswordGrantRuleOptions } from './rule-options';
import { resolveFileSettings, type ResolvedFileSettings } from './resolve-file-settings';

/**
 * The body of every rule, for a file that passed the prefilter: resolve the file's
 * settings, take the shared findings, report this rule's own. Loaded on the first such
 * file only, so that linting a repository without grants never loads Babel.
 */

/** ESLint's columns are 0-based in the API (it prints them 1-based); ours are 1-based. */
function toEslintLocation(finding: Finding) {
  return {
    start: { line: finding.line, column: finding.column - 1 },
    end: { line: finding.endLine, column: finding.endColumn - 1 },
  };
}

/** A configuration problem stops the lint with our message, as it stops `check` (exit 2). */
function describeUsageError(error: UsageError): Error {
  return new Error(`password-grant-codemod: ${error.message}${error.hint ? ` (${error.hint})` : ''}`);
}

const settingsByFile = new WeakMap<SourceCode, Map<string, ResolvedFileSettings>>();

/** The configuration is read once per file and set of options, not once per rule. */
function getSettings(sourceCode: SourceCode, absoluteFile: string, ruleName: string, options: PasswordGrantRuleOptions | undefined) {
  let byOptions = settingsByFile.get(sourceCode);
  if (!byOptions) settingsByFile.set(sourceCode, (byOptions = new Map()));
  const key = JSON.stringify(options ?? null);
  let resolved = byOptions.get(key);
  if (!resolved) byOptions.set(key, (resolved = resolveFileSettings(absoluteFile, ruleName, options)));
  return resolved;
}

export function reportFindings(context: Rule.RuleContext, ruleId: RuleId, carriesFix: boolean): void {
  const { sourceCode } = context;
  const absoluteFile = path.resolve(context.cwd, context.physicalFilename);
  const ruleName = `password-grant/${ruleId}`;
  let resolved: ResolvedFileSettings;
  try {
    resolved = getSettings(sourceCode, absoluteFile, ruleName, context.options[0] as PasswordGrantRuleOptions | undefined);
  } catch (error) {
    throw error instanceof UsageError ? describeUsageError(error) : error;
  }
  if (resolved.ignored) return;

  // The report path, as `check` and `migrate` see the file: it picks the parser.
  const file = toReportPath(path.resolve(context.cwd, context.filename), context.cwd);
  const checked = getFileCheck(sourceCode, file, resolved.settings);
  if (checked.parseError) {
    if (!claimFileProblem(sourceCode)) return;
    const { line, column, message } = checked.parseError;
    context.report({
      loc: { line: line ?? 1, column: Math.max(0, (column ?? 1) - 1) },
      messageId: 'unparsable',
      data: { message },
    });
    return;
  }

  const findings = checked.findings.filter((finding) => finding.rule === ruleId);
  let fix: MigrationFix | null = null;
  if (carriesFix && findings.some((finding) => finding.fixable)) {
    fix = getFileFix(sourceCode, { absoluteFile, file, settings: resolved.settings, scopesNamed: resolved.scopesNamed });
  }
  for (const finding of findings) {
    const edit = fix && finding.fixable && fix.sites.has(siteKey(finding)) ? fix.edit : null;
    context.report({
      loc: toEslintLocation(finding),
      messageId: 'finding',
      data: { message: finding.message },
      ...(edit ? { fix: (fixer: Rule.RuleFixer) => fixer.replaceTextRange(edit.range, edit.text) } : {}),
    });
  }
}
