import type { GateWeakening } from '../../check/gate-weakening';
import type { Finding } from '../../check/types';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** What a `check` run found, after suppressions (and, once the policy ran, the baseline). */
export interface CheckReport {
  findings: Finding[];
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: string }[];
  summary: { filesScanned: number; filesParsed: number; findings: number; errors: number };
  /** set when `--baseline` was applied */
  baseline?: { file: string; matched: number; stale: number };
  /** set when `--update-baseline` recorded the findings */
  baselineUpdated?: { file: string; recorded: number };
  /**
   * Set when the configuration file turns rules down, or its `ignore` hides files that name
   * what the rules look for (see check/gate-weakening.ts): shown in every format.
   * `ignored` is present only when it lists a file.
   */
  configuration?: { file: string; weakened: GateWeakening[]; ignored?: string[] };
}

export interface CheckPrintContext {
  /** ANSI colour (text format on a terminal only) */
  color: boolean;
  /** the tool's version, for SARIF's `tool.driver.version` */
  toolVersion: string;
}

/** One printer per format: the whole report in, one document out (SARIF must be one). */
export interface CheckPrinter {
  render(report: CheckReport, context: CheckPrintContext): string;
}
