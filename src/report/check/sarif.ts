import { describeGateWeakening, describeGateWeakeningEffect } from './summary';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULE_IDS, RULES } from '../../check/rules/index';
import type { Finding } from '../../check/types';
import { stringifyReportJson, toSarifUri } from '../escape';
import type { CheckPrinter, CheckReport } from './types';

/**
 * Repository strings: paths go into URIs through `toSarifUri` (src/report/escape/sarif.ts);
 * texts are JSON strings (JSON.stringify escapes them) and plain `message.text`, never Markdown.
 *
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules with their help, one
 * result per finding with a relative path and a region, and `partialFingerprints` so that
 * code scanning tracks an alert across commits the way our baseline does.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'password-grant-codemod';
/** Where people read about the tool (SARIF `tool.driver.informationUri`). */
export const INFORMATION_URI = 'https://www.npmjs.com/package/password-grant-codemod';
export const FINGERPRINT_KEY = 'passwordGrantCodemod/v1';

/** GitHub shows a severity for security results that carry this property (0.0-10.0). */
const SECURITY_SEVERITY: Record<string, string | undefined> = {
  'sdk-password-grant': '7.5',
  'http-password-grant': '7.5',
  'library-password-grant': '7.5',
};

function toRuleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

function describeRules(): ReportingDescriptor[] {
  return RULE_IDS.map((id) => {
    const rule = RULES[id];
    const severity = SECURITY_SEVERITY[id];
    return {
      id,
      name: toRuleName(id),
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.summary },
      help: { text: rule.help, markdown: rule.help },
      defaultConfiguration: { level: rule.level },
      properties: { tags: ['security', 'oauth'], ...(severity ? { 'security-severity': severity } : {}) },
    };
  });
}

function toResult(finding: Finding): Result {
  return {
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: finding.level,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toSarifUri(finding.file) },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { fixable: finding.fixable },
  };
}

export function toSarifLog(report: CheckReport, toolVersion: string): Log {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            informationUri: INFORMATION_URI,
            version: toolVersion,
            semanticVersion: toolVersion,
            rules: describeRules(),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map(toResult),
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'error' as const,
              message: { text: `could not be read or parsed: ${error.message}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: toSarifUri(error.file) } } }],
            })),
            ...(describeGateWeakening(report) !== null && report.configuration
              ? {
                  toolConfigurationNotifications: [
                    {
                      level: 'warning' as const,
                      message: { text: `${describeGateWeakening(report) ?? ''}: ${describeGateWeakeningEffect(report)}` },
                      locations: [{ physicalLocation: { artifactLocation: { uri: toSarifUri(report.configuration.file) } } }],
                    },
                  ],
                }
              : {}),
          },
        ],
      },
    ],
  };
}

export const sarifPrinter: CheckPrinter = {
  render(report, context) {
    return `${stringifyReportJson(toSarifLog(report, context.toolVersion))}\n`;
  },
};
